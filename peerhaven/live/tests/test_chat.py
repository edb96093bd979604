"""Chat: numbered, in order, resumable without gaps or duplicates; bad input answered privately."""

import json
from unittest import mock

import pytest
from channels.db import database_sync_to_async
from channels.layers import get_channel_layer

from peerhaven.live import frames, services
from peerhaven.live.models import Entry
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
from peerhaven.testing import add_member, make_person

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


async def enter(cast, *people):
    await database_sync_to_async(open_room)(cast.occurrence)
    sockets = []
    for someone in people:
        socket = await connect(someone, cast.occurrence.pk)
        await until(socket, "welcome")
        sockets.append(socket)
    for socket in sockets:
        await drain(socket)
    return sockets


@asynchronous
async def test_everyone_gets_every_message_once_in_the_same_numbered_order(room_cast):
    cast = room_cast
    member, facilitator, cofacilitator = await enter(
        cast, cast.member, cast.facilitator, cast.cofacilitator
    )
    for number in range(4):
        await say(member, f"member {number}")
        await say(facilitator, f"facilitator {number}")
        await say(cofacilitator, f"cofacilitator {number}")
    seen = {}
    for name, socket in (("m", member), ("f", facilitator), ("c", cofacilitator)):
        got = entries(await drain(socket, 0.6))
        seen[name] = [(frame["seq"], frame["body"]) for frame in got]
    assert len(seen["m"]) == 12
    assert [seq for seq, _body in seen["m"]] == list(range(1, 13))
    assert seen["m"] == seen["f"] == seen["c"]
    await close(member, facilitator, cofacilitator)


@asynchronous
async def test_a_client_that_comes_back_gets_exactly_what_it_missed(room_cast):
    cast = room_cast
    member, facilitator, cofacilitator = await enter(
        cast, cast.member, cast.facilitator, cast.cofacilitator
    )
    for number in range(3):
        await say(facilitator, f"before {number}")
    got = entries(await drain(member, 0.5))
    last_seen = got[-1]["seq"]
    await close(member)
    for number in range(3):
        await say(cofacilitator, f"while away {number}")
    await drain(facilitator, 0.5)

    back = await connect(cast.member, cast.occurrence.pk, since=last_seen)
    welcome = await until(back, "welcome")
    assert welcome["after"] == last_seen and welcome["reset"] is False
    await say(facilitator, "after coming back")
    got = entries(await drain(back, 0.6))
    assert [frame["body"] for frame in got] == [
        "while away 0",
        "while away 1",
        "while away 2",
        "after coming back",
    ]
    assert [frame["seq"] for frame in got] == list(range(last_seen + 1, last_seen + 5))
    await close(back, facilitator, cofacilitator)


@asynchronous
async def test_a_new_client_gets_recent_history_then_the_live_log(room_cast):
    cast = room_cast
    (facilitator,) = await enter(cast, cast.facilitator)
    await say(facilitator, "said before anyone came")
    await drain(facilitator)
    member = await connect(cast.member, cast.occurrence.pk)
    welcome = await until(member, "welcome")
    assert welcome["reset"] is True and welcome["after"] == 0
    history = entries(await drain(member))
    assert [frame["body"] for frame in history] == ["said before anyone came"]
    await close(member, facilitator)


@asynchronous
async def test_entries_published_out_of_order_or_twice_reach_clients_in_order_once(room_cast):
    """Two server processes may publish numbers 5 and 6 in either order, or a
    client may read one from the database and then get it from the layer:
    each client still sees 1, 2, 3 … exactly once."""
    cast = room_cast
    member, facilitator = await enter(cast, cast.member, cast.facilitator)
    held = []

    def write_three():
        with mock.patch.object(services, "send_event_on_commit", lambda g, e: held.append((g, e))):
            for number in range(3):
                services.send_message(
                    actor=cast.facilitator, occurrence_id=cast.occurrence.pk, body=f"n{number}"
                )

    await database_sync_to_async(write_three)()
    layer = get_channel_layer()
    # Published as 3, 1, 3, 2: the consumer reads 1 and 2 from the database on
    # seeing 3, then drops the late and repeated copies.
    for index in (2, 0, 2, 1):
        await layer.group_send(*held[index])
    for socket in (member, facilitator):
        got = entries(await drain(socket, 0.5))
        assert [(frame["seq"], frame["body"]) for frame in got] == [
            (1, "n0"),
            (2, "n1"),
            (3, "n2"),
        ]
    await close(member, facilitator)


@asynchronous
async def test_a_message_is_serialised_once_whatever_the_number_of_members(room_cast):
    cast = room_cast

    def more_people():
        from peerhaven.meetings import services as meeting_services

        people = []
        for number in range(5):
            person = make_person(f"listener{number}")
            add_member(cast.group, person)
            meeting_services.rsvp(actor=person, occurrence=cast.occurrence, going=True)
            people.append(person)
        return people

    people = await database_sync_to_async(more_people)()
    sockets = await enter(cast, cast.facilitator, *people)
    real = frames.dumps
    with mock.patch.object(frames, "dumps", side_effect=real) as dumps:
        await say(sockets[0], "one serialisation")
        for socket in sockets:
            await until(socket, "entry", body="one serialisation")
    assert dumps.call_count == 1
    await close(*sockets)


@asynchronous
async def test_bad_input_gets_an_error_frame_for_that_client_only_and_the_socket_stays(room_cast):
    cast = room_cast
    member, facilitator = await enter(cast, cast.member, cast.facilitator)

    async def error_for(raw):
        await member.send_to(raw)
        frame = await output(member)
        assert frame["type"] == "error", frame
        return frame["code"]

    assert await error_for("this is not JSON") == "bad_frame"
    assert await error_for("[1, 2, 3]") == "bad_frame"
    assert await error_for('{"no": "action"}') == "bad_frame"
    assert await error_for('{"action": "dance"}') == "unknown_action"
    assert await error_for('{"action": "say", "body": 42}') == "bad_frame"
    assert await error_for('{"action": "say", "body": "   "}') == "empty"
    assert await error_for('{"action": "say", "body": "' + "x" * 4001 + '"}') == "too_long"
    for control in ("open", "lock", "close", "mute", "remove", "delete", "slow_mode", "floor"):
        assert await error_for(json.dumps({"action": control})) == "not_facilitator"
    # Exactly 4,000 characters is fine.
    await say(member, "y" * 4000)
    assert (await until(member, "entry"))["body"] == "y" * 4000
    for number in range(4):
        await say(member, f"quick {number}")
    for _number in range(4):
        await until(member, "entry")
    assert await error_for('{"action": "say", "body": "the sixth in five seconds"}') == "too_fast"
    # Nothing of that reached anyone else, and nothing changed for them.
    others = await drain(facilitator, 0.5)
    assert {frame["type"] for frame in others} == {"entry"}
    assert len(others) == 5
    assert not await database_sync_to_async(
        Entry.objects.filter(body="the sixth in five seconds").exists
    )()
    # The socket is still open and still works.
    await member.send_json_to({"action": "hand", "up": True})
    assert (await until(member, "stage"))["stage"]["queue"]
    await close(member, facilitator)


@asynchronous
async def test_empathy_reactions_toggle_and_carry_the_counts(room_cast):
    cast = room_cast
    member, facilitator = await enter(cast, cast.member, cast.facilitator)
    await say(member, "It was a hard week.")
    message = await until(facilitator, "entry", kind="message")
    await facilitator.send_json_to({"action": "react", "seq": message["seq"], "kind": "i_hear_you"})
    reaction = await until(member, "entry", kind="reaction")
    assert reaction["target"] == message["seq"]
    assert reaction["reaction"]["counts"]["i_hear_you"] == 1
    assert reaction["reaction"]["on"] is True
    await facilitator.send_json_to({"action": "react", "seq": message["seq"], "kind": "i_hear_you"})
    reaction = await until(member, "entry", kind="reaction")
    assert reaction["reaction"]["counts"]["i_hear_you"] == 0
    await facilitator.send_json_to({"action": "react", "seq": message["seq"], "kind": "like"})
    assert (await until(facilitator, "error"))["code"] == "bad_reaction"
    await close(member, facilitator)


@asynchronous
async def test_a_removed_message_reads_removed_by_facilitator_now_and_on_replay(room_cast):
    cast = room_cast
    member, facilitator = await enter(cast, cast.member, cast.facilitator)
    await say(member, "a dosage I should not share")
    message = await until(facilitator, "entry", kind="message")
    await facilitator.send_json_to(
        {"action": "delete", "seq": message["seq"], "reason": "Medication doses."}
    )
    removal = await until(member, "entry", kind="removal")
    assert removal["target"] == message["seq"]
    later = await connect(cast.cofacilitator, cast.occurrence.pk)
    await until(later, "welcome")
    replay = entries(await drain(later))
    assert replay[0]["removed"] is True and replay[0]["body"] == ""
    assert "dosage" not in str(replay)
    await close(member, facilitator, later)


@asynchronous
async def test_an_anonymous_member_is_anonymous_member_to_everyone_for_the_whole_meeting(
    room_cast,
):
    cast = room_cast
    await database_sync_to_async(open_room)(cast.occurrence)
    facilitator = await connect(cast.facilitator, cast.occurrence.pk, anonymous=True)
    assert (await until(facilitator, "welcome"))["participants"][0]["anonymous"] is False
    member = await connect(cast.member, cast.occurrence.pk, anonymous=True)
    me = (await until(member, "welcome"))["you"]
    joined = await person(facilitator, me)
    assert joined["anonymous"] is True and joined["name"] is None and joined["here"] is True
    await say(member, "It helps to hear this.")
    message = await until(facilitator, "entry", kind="message")
    assert message["anonymous"] is True and message["name"] is None
    # Coming back without asking keeps the choice made for this meeting.
    await close(member)
    left = await person(facilitator, me)
    assert left["here"] is False and left["name"] is None
    again = await connect(cast.member, cast.occurrence.pk)
    welcome = await until(again, "welcome")
    mine = next(row for row in welcome["participants"] if row["id"] == me)
    assert mine["anonymous"] is True and mine["name"] is None
    seen = json.dumps(await drain(facilitator)) + json.dumps(welcome)
    assert "Mia" not in seen and "mia" not in seen
    await close(again, facilitator)


@asynchronous
async def test_urgent_crisis_language_is_held_for_care_with_the_crisis_panel(room_cast):
    cast = room_cast
    cast.member.country = "ES"
    await database_sync_to_async(cast.member.save)(update_fields=["country"])
    member, facilitator, cofacilitator = await enter(
        cast, cast.member, cast.facilitator, cast.cofacilitator
    )
    await say(member, "I want to end my life tonight")
    care = await until(member, "care")
    assert care["level"] == "urgent" and care["held"] is True
    # The crisis panel itself, with the lines of the writer's country and two answers.
    assert "We're here with you" in care["html"]
    assert "In Spain" in care["html"]
    assert f"/safety/care/{care['flag']}/" in care["html"]
    assert "end my life" not in care["html"]
    # The room never sees the message; each facilitator gets an alert without the text.
    for socket in (facilitator, cofacilitator):
        others = await drain(socket, 0.5)
        assert entries(others) == []
        alerts = [frame for frame in others if frame["type"] == "care_alert"]
        assert len(alerts) == 1
        assert alerts[0]["flag"] == f"/moderation/flags/{care['flag']}/"
        assert alerts[0]["held"] is True
        assert "end my life" not in json.dumps(others)
    assert [frame["type"] for frame in await drain(member, 0.3)] == []

    def stored():
        from peerhaven.notifications.models import Notification
        from peerhaven.safety.models import Flag

        item = Entry.objects.get(body="I want to end my life tonight")
        flag = Flag.objects.get(pk=care["flag"])
        alerted = set(
            Notification.objects.filter(
                kind=Notification.Kind.CRISIS_ALERT, url=f"/moderation/flags/{flag.pk}/"
            ).values_list("user_id", flat=True)
        )
        return item, flag, alerted

    item, flag, alerted = await database_sync_to_async(stored)()
    # Kept, not deleted: held without a number, linked to its care flag.
    assert item.held is True and item.seq is None and item.care_flag_id == flag.pk
    assert flag.kind == "held_for_care" and flag.subject_id == cast.member.pk
    assert {cast.facilitator.pk, cast.cofacilitator.pk} <= alerted
    assert cast.member.pk not in alerted
    # Someone arriving later does not get it on replay either.
    replay = await connect(cast.facilitator, cast.occurrence.pk, since=0)
    await until(replay, "welcome")
    assert "end my life" not in json.dumps(await drain(replay))
    await close(member, facilitator, cofacilitator, replay)


@asynchronous
async def test_an_answer_on_the_crisis_panel_reaches_the_facilitators(room_cast):
    from django.test import Client

    cast = room_cast
    member, facilitator = await enter(cast, cast.member, cast.facilitator)
    await say(member, "I want to end my life tonight")
    care = await until(member, "care")

    def answer():
        from peerhaven.safety.models import Flag

        client = Client()
        client.force_login(cast.member)
        response = client.post(f"/safety/care/{care['flag']}/", {"choice": "outreach"})
        # The facilitator's alert links to the flag, which opens for them.
        facilitator_client = Client()
        facilitator_client.force_login(cast.facilitator)
        page = facilitator_client.get(f"/moderation/flags/{care['flag']}/")
        return (
            response.status_code,
            Flag.objects.get(pk=care["flag"]).wants_outreach,
            page.status_code,
        )

    status, wants_outreach, flag_page = await database_sync_to_async(answer)()
    assert status == 302 and wants_outreach is True
    assert flag_page == 200
    await close(member, facilitator)


@asynchronous
async def test_moderators_read_a_held_message_on_the_flag_page_and_release_it(room_cast):
    from django.test import Client

    cast = room_cast
    member, facilitator = await enter(cast, cast.member, cast.facilitator)
    await say(member, "I want to end my life tonight")
    care = await until(member, "care")
    await drain(facilitator, 0.3)

    def moderate(action: str, flag_id: int):
        client = Client()
        client.force_login(cast.facilitator)
        page = client.get(f"/moderation/flags/{flag_id}/").content.decode()
        acted = client.post(
            f"/moderation/flags/{flag_id}/", {"action": action, "reason": "Checked in with them."}
        )
        return page, acted.status_code

    page, status = await database_sync_to_async(moderate)("release", care["flag"])
    # The flag page shows the message that the room has not seen, to its moderators.
    assert "A message in the live room of" in page
    assert "I want to end my life tonight" in page
    assert "Held for care: the room has not seen it" in page
    assert status == 302
    # Released: it joins the room's numbered log, live and on replay.
    released = entries(await drain(facilitator, 0.5))
    assert [frame["body"] for frame in released] == ["I want to end my life tonight"]
    replay = await connect(cast.facilitator, cast.occurrence.pk, since=0)
    await until(replay, "welcome")
    assert "I want to end my life tonight" in json.dumps(await drain(replay))

    # Another held message, kept hidden: marked removed, never numbered.
    await say(member, "I have the pills in front of me and I'm taking them tonight")
    second = await until(member, "care")
    _page, status = await database_sync_to_async(moderate)("keep_hidden", second["flag"])
    assert status == 302

    def stored():
        return Entry.objects.get(care_flag_id=second["flag"])

    hidden = await database_sync_to_async(stored)()
    assert hidden.seq is None and hidden.removed_at is not None
    assert hidden.removed_by_id == cast.facilitator.pk
    assert entries(await drain(facilitator, 0.5)) == []
    await close(member, facilitator, replay)


@asynchronous
async def test_concern_is_shown_and_the_writer_alone_gets_resources(room_cast):
    cast = room_cast
    member, facilitator = await enter(cast, cast.member, cast.facilitator)
    await say(member, "honestly dont want to be here anymore")
    frames_for_member = [await output(member), await output(member)]
    by_type = {frame["type"]: frame for frame in frames_for_member}
    # The writer gets a private card with where to find help, and sees their message shown.
    assert by_type["care"]["level"] == "concern" and by_type["care"]["held"] is False
    assert "/help/crisis/" in by_type["care"]["html"]
    assert by_type["entry"]["body"] == "honestly dont want to be here anymore"
    others = await drain(facilitator, 0.5)
    assert [frame["body"] for frame in entries(others)] == ["honestly dont want to be here anymore"]
    assert not [frame for frame in others if frame["type"] in ("care", "care_alert")]

    def flag_kinds():
        from peerhaven.safety.models import Flag

        return list(Flag.objects.filter(subject=cast.member).values_list("kind", flat=True))

    assert await database_sync_to_async(flag_kinds)() == ["concern"]
    await close(member, facilitator)


@asynchronous
async def test_an_ordinary_message_raises_nothing(room_cast):
    cast = room_cast
    member, facilitator = await enter(cast, cast.member, cast.facilitator)
    await say(member, "I slept better this week.")
    assert (await output(member))["type"] == "entry"
    assert [frame["type"] for frame in await drain(facilitator, 0.3)] == ["entry"]
    assert [frame["type"] for frame in await drain(member, 0.3)] == []
    await close(member, facilitator)
