"""The waiting room, structured sharing and the facilitator controls, with their record."""

from datetime import timedelta

import pytest
from channels.db import database_sync_to_async
from django.utils import timezone

from peerhaven.live.models import ControlRecord, Room
from peerhaven.live.tests.helpers import (
    asynchronous,
    close,
    connect,
    drain,
    entries,
    open_room,
    output,
    person,
    say,
    until,
)
from peerhaven.meetings import services as meeting_services
from peerhaven.meetings.models import Meeting
from peerhaven.testing import add_member, make_person

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def records(cast) -> list[tuple]:
    return [
        (record.action, record.actor_id, record.subject_id, record.reason, record.details)
        for record in ControlRecord.objects.filter(room__occurrence=cast.occurrence)
    ]


@asynchronous
async def test_members_wait_until_a_facilitator_opens_the_room_then_enter_together(room_cast):
    cast = room_cast

    def second_member():
        person = make_person("nia", display_name="Nia")
        add_member(cast.group, person)
        meeting_services.rsvp(actor=person, occurrence=cast.occurrence, going=True)
        return person

    nia = await database_sync_to_async(second_member)()
    member = await connect(cast.member, cast.occurrence.pk)
    waiting = await output(member)
    assert waiting["type"] == "waiting" and waiting["reason"] == "not_open"
    assert waiting["opens_in"] > 0
    other = await connect(nia, cast.occurrence.pk)
    assert (await output(other))["type"] == "waiting"
    # A member in the waiting room can't take part yet.
    await say(member, "hello?")
    assert (await output(member))["code"] == "waiting"

    facilitator = await connect(cast.facilitator, cast.occurrence.pk)
    welcome = await until(facilitator, "welcome")
    waiting_people = [p for p in welcome["participants"] if p["waiting"]]
    assert len(waiting_people) == 2
    await facilitator.send_json_to({"action": "open"})
    for socket in (member, other):
        entered = await until(socket, "welcome")
        assert entered["stage"]["state"] == "open"
    action, actor_id, *_rest = (await database_sync_to_async(records)(cast))[0]
    assert (action, actor_id) == ("open", cast.facilitator.pk)
    await close(member, other, facilitator)


@asynchronous
async def test_the_room_opens_by_itself_n_minutes_before_the_start(room_cast):
    cast = room_cast

    def opens_early():
        minutes = int((cast.occurrence.start - timezone.now()).total_seconds() // 60) + 5
        Meeting.objects.filter(pk=cast.occurrence.meeting_id).update(
            room_opens_minutes_before=minutes
        )

    await database_sync_to_async(opens_early)()
    member = await connect(cast.member, cast.occurrence.pk)
    assert (await output(member))["type"] == "welcome"
    await close(member)


@asynchronous
async def test_a_locked_room_lets_people_in_one_by_one(room_cast):
    cast = room_cast
    await database_sync_to_async(open_room)(cast.occurrence)
    facilitator = await connect(cast.facilitator, cast.occurrence.pk)
    await until(facilitator, "welcome")
    await facilitator.send_json_to({"action": "lock", "reason": "We have started."})
    assert (await until(facilitator, "stage"))["stage"]["state"] == "locked"
    member = await connect(cast.member, cast.occurrence.pk)
    assert (await output(member))["reason"] == "locked"
    joined = await until(facilitator, "participant")
    assert joined["participant"]["waiting"] is True
    await facilitator.send_json_to({"action": "admit", "participant": joined["participant"]["id"]})
    assert (await until(member, "welcome"))["stage"]["state"] == "locked"
    got = await database_sync_to_async(records)(cast)
    assert [row[0] for row in got] == ["lock", "admit"]
    assert got[0][3] == "We have started."
    assert got[1][2] == cast.member.pk
    await close(member, facilitator)


@asynchronous
async def test_closing_sends_members_back_to_the_waiting_room(room_cast):
    cast = room_cast
    await database_sync_to_async(open_room)(cast.occurrence)
    member = await connect(cast.member, cast.occurrence.pk)
    facilitator = await connect(cast.facilitator, cast.occurrence.pk)
    await until(member, "welcome")
    await until(facilitator, "welcome")
    await facilitator.send_json_to({"action": "close", "reason": "Time is up for today."})
    assert (await until(member, "waiting"))["reason"] == "closed"
    await say(facilitator, "Facilitators stay to tidy up.")
    await until(facilitator, "entry")
    assert entries(await drain(member)) == []
    await facilitator.send_json_to({"action": "open"})
    welcome = await until(member, "welcome")
    assert welcome["reset"] is False  # it continues from where it was
    assert [frame["body"] for frame in entries(await drain(member))] == [
        "Facilitators stay to tidy up."
    ]
    await close(member, facilitator)


@asynchronous
async def test_hands_queue_the_floor_and_the_share_timer(room_cast):
    cast = room_cast
    await database_sync_to_async(open_room)(cast.occurrence)
    member = await connect(cast.member, cast.occurrence.pk)
    cofacilitator = await connect(cast.cofacilitator, cast.occurrence.pk)
    facilitator = await connect(cast.facilitator, cast.occurrence.pk)
    me = (await until(member, "welcome"))["you"]
    co = (await until(cofacilitator, "welcome"))["you"]
    await until(facilitator, "welcome")
    await facilitator.send_json_to({"action": "timer", "seconds": 180})
    await until(member, "stage")
    await member.send_json_to({"action": "hand", "up": True})
    await cofacilitator.send_json_to({"action": "hand", "up": True})
    stage = (await until(facilitator, "stage"))["stage"]
    while stage["queue"] != [me, co]:
        stage = (await until(facilitator, "stage"))["stage"]
    # Co-facilitators share the controls: the co-facilitator gives the floor to the next.
    await cofacilitator.send_json_to({"action": "floor"})
    stage = (await until(member, "stage", timeout=3))["stage"]
    while stage["floor"] is None:
        stage = (await until(member, "stage"))["stage"]
    assert stage["floor"]["id"] == me
    assert stage["queue"] == [co]
    assert 170 <= stage["timer"]["left"] <= 180
    await member.send_json_to({"action": "done"})
    stage = (await until(facilitator, "stage"))["stage"]
    while stage["floor"] is not None:
        stage = (await until(facilitator, "stage"))["stage"]
    await close(member, cofacilitator, facilitator)


@asynchronous
async def test_a_check_in_round_where_passing_is_always_possible(room_cast):
    cast = room_cast
    await database_sync_to_async(open_room)(cast.occurrence)
    facilitator = await connect(cast.facilitator, cast.occurrence.pk)
    fac = (await until(facilitator, "welcome"))["you"]
    member = await connect(cast.member, cast.occurrence.pk)
    me = (await until(member, "welcome"))["you"]
    await facilitator.send_json_to({"action": "round_start"})
    stage = (await until(member, "stage"))["stage"]
    assert stage["round"] == {"order": [fac, me], "position": 0}
    await member.send_json_to({"action": "check_in", "word": "tired"})
    assert (await until(member, "error"))["code"] == "not_your_turn"
    await facilitator.send_json_to({"action": "check_in", "word": "hopeful 🌱"})
    await until(member, "entry", kind="check_in", body="hopeful 🌱")
    # Muted members can still pass.
    await facilitator.send_json_to(
        {"action": "mute", "participant": me, "minutes": 5, "reason": "Cooling off."}
    )
    await person(member, me)
    await member.send_json_to({"action": "check_in", "word": "fine"})
    assert (await until(member, "error"))["code"] == "muted"
    await member.send_json_to({"action": "pass"})
    passed = await until(facilitator, "entry", kind="pass")
    assert passed["by"] == me
    stage = (await until(facilitator, "stage"))["stage"]
    while stage["round"] is not None:
        stage = (await until(facilitator, "stage"))["stage"]
    await close(member, facilitator)


@asynchronous
async def test_mute_for_a_time_then_unmute(room_cast):
    cast = room_cast
    await database_sync_to_async(open_room)(cast.occurrence)
    member = await connect(cast.member, cast.occurrence.pk)
    facilitator = await connect(cast.facilitator, cast.occurrence.pk)
    me = (await until(member, "welcome"))["you"]
    fac = (await until(facilitator, "welcome"))["you"]
    await facilitator.send_json_to({"action": "mute", "participant": me, "minutes": 10})
    assert (await until(facilitator, "error"))["code"] == "reason_required"
    await facilitator.send_json_to(
        {"action": "mute", "participant": me, "minutes": 0, "reason": "x"}
    )
    assert (await until(facilitator, "error"))["code"] == "bad_minutes"
    await facilitator.send_json_to(
        {"action": "mute", "participant": fac, "minutes": 10, "reason": "x"}
    )
    assert (await until(facilitator, "error"))["code"] == "facilitator"
    await facilitator.send_json_to(
        {"action": "mute", "participant": me, "minutes": 10, "reason": "Repeated interruptions."}
    )
    muted = await person(member, me)
    assert muted["id"] == me and 590 <= muted["muted_for"] <= 600
    await say(member, "can I talk?")
    assert (await until(member, "error"))["code"] == "muted"
    await member.send_json_to({"action": "hand", "up": True})  # they can still ask to speak
    await until(member, "stage")
    await facilitator.send_json_to({"action": "unmute", "participant": me, "reason": ""})
    assert (await person(member, me))["muted_for"] is None
    await say(member, "thank you")
    await until(member, "entry", body="thank you")
    got = await database_sync_to_async(records)(cast)
    assert [row[0] for row in got] == ["mute", "unmute"]
    assert got[0][1:] == (
        cast.facilitator.pk,
        cast.member.pk,
        "Repeated interruptions.",
        {"minutes": 10},
    )
    await close(member, facilitator)


@asynchronous
async def test_slow_mode_allows_one_message_per_n_seconds_except_for_facilitators(room_cast):
    cast = room_cast
    await database_sync_to_async(open_room)(cast.occurrence)
    member = await connect(cast.member, cast.occurrence.pk)
    facilitator = await connect(cast.facilitator, cast.occurrence.pk)
    await until(member, "welcome")
    await until(facilitator, "welcome")
    await facilitator.send_json_to({"action": "slow_mode", "seconds": 7, "reason": ""})
    assert (await until(facilitator, "error"))["code"] == "bad_slow_mode"
    await facilitator.send_json_to({"action": "slow_mode", "seconds": 30, "reason": "Busy room."})
    assert (await until(member, "stage"))["stage"]["slow_mode"] == 30
    await say(member, "first")
    await until(member, "entry", body="first")
    await say(member, "second")
    error = await until(member, "error")
    assert error["code"] == "slow_mode" and "30" in error["message"]
    await say(facilitator, "facilitators are not slowed")
    await say(facilitator, "really")
    await until(member, "entry", body="really")
    got = await database_sync_to_async(records)(cast)
    assert got == [("slow_mode", cast.facilitator.pk, None, "Busy room.", {"seconds": 30})]
    await close(member, facilitator)


def test_the_control_log_is_append_only(room_cast):
    cast = room_cast
    room = open_room(cast.occurrence)
    record = ControlRecord.objects.create(room=room, actor=cast.facilitator, action="lock")
    record.reason = "rewritten"
    with pytest.raises(ValueError):
        record.save()
    with pytest.raises(ValueError):
        record.delete()
    assert ControlRecord.objects.get(pk=record.pk).reason == ""


def test_a_room_counts_as_closed_after_the_meeting(room_cast):
    cast = room_cast
    room = open_room(cast.occurrence)
    assert room.effective_state() == Room.State.OPEN
    assert room.effective_state(cast.occurrence.end + timedelta(hours=2)) == Room.State.CLOSED


def test_every_control_goes_into_the_moderation_log_with_who_what_when_and_why(room_cast):
    """Co-facilitators share the controls; the moderation log reads what they did."""
    from peerhaven.live import services
    from peerhaven.safety.models import LogEntry, ModerationAction

    cast = room_cast
    occurrence = cast.occurrence.pk
    cofacilitator = cast.cofacilitator
    services.join_room(
        actor=cofacilitator, occurrence_id=occurrence, channel_name="c1", server="test"
    )
    services.lock_room(actor=cofacilitator, occurrence_id=occurrence, reason="Everyone is here.")
    member = services.join_room(
        actor=cast.member, occurrence_id=occurrence, channel_name="m1", server="test"
    )
    assert not member.admitted
    services.admit(
        actor=cofacilitator, occurrence_id=occurrence, participant_id=member.participant_id
    )
    services.open_room(actor=cofacilitator, occurrence_id=occurrence)
    message = services.send_message(actor=cast.member, occurrence_id=occurrence, body="Hello.")
    services.delete_message(
        actor=cofacilitator, occurrence_id=occurrence, seq=message.seq, reason="Off topic."
    )
    services.mute(
        actor=cofacilitator,
        occurrence_id=occurrence,
        participant_id=member.participant_id,
        minutes=5,
        reason="Interrupting.",
    )
    services.unmute(
        actor=cofacilitator, occurrence_id=occurrence, participant_id=member.participant_id
    )
    services.set_slow_mode(actor=cofacilitator, occurrence_id=occurrence, seconds=30)
    services.remove_from_room(
        actor=cofacilitator,
        occurrence_id=occurrence,
        participant_id=member.participant_id,
        reason="Harassing others.",
    )
    services.close_room(actor=cofacilitator, occurrence_id=occurrence, reason="Time is up.")

    log = list(
        LogEntry.objects.filter(action=ModerationAction.ROOM_CONTROL).order_by("created_at", "id")
    )
    assert [entry.detail["control"] for entry in log] == [
        "lock",
        "admit",
        "open",
        "delete_message",
        "mute",
        "unmute",
        "slow_mode",
        "remove",
        "close",
    ]
    assert {entry.actor_id for entry in log} == {cofacilitator.pk}
    assert {entry.group_id for entry in log} == {cast.group.pk}
    assert {entry.detail["occurrence"] for entry in log} == {occurrence}
    by_control = {entry.detail["control"]: entry for entry in log}
    assert by_control["mute"].subject_id == cast.member.pk
    assert by_control["mute"].reason == "Interrupting."
    assert by_control["mute"].detail["minutes"] == 5
    assert by_control["delete_message"].detail["seq"] == message.seq
    assert by_control["remove"].reason == "Harassing others."
    assert by_control["slow_mode"].detail["seconds"] == 30
    assert all(entry.created_at for entry in log)
    # The room's own record says the same, and neither holds what was written.
    assert [row[0] for row in records(cast)] == [entry.detail["control"] for entry in log]
    assert "Hello." not in str([(entry.reason, entry.detail) for entry in log])


def test_a_member_cannot_use_the_controls(room_cast):
    from peerhaven.errors import ActionRefused
    from peerhaven.live import services
    from peerhaven.safety.models import LogEntry

    cast = room_cast
    open_room(cast.occurrence)
    services.join_room(
        actor=cast.member, occurrence_id=cast.occurrence.pk, channel_name="m1", server="test"
    )
    with pytest.raises(ActionRefused):
        services.lock_room(actor=cast.member, occurrence_id=cast.occurrence.pk, reason="")
    assert not LogEntry.objects.exists()
    assert Room.objects.get(occurrence=cast.occurrence).state == Room.State.OPEN
