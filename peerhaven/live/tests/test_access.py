"""Who may enter a room, and what happens the moment someone may no longer be there."""

import pytest
from channels.db import database_sync_to_async

from peerhaven.groups import services as group_services
from peerhaven.live import services
from peerhaven.live.models import Participant
from peerhaven.live.tests.helpers import (
    asynchronous,
    close,
    connect,
    drain,
    open_room,
    output,
    say,
    until,
)
from peerhaven.meetings import services as meeting_services
from peerhaven.testing import build_cast, make_person, schedule

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

REFUSED = {"type": "closed", "code": 4403}


@pytest.mark.parametrize(
    "actor", ["anonymous", "outsider", "requested", "removed", "other_group_member", "staff"]
)
@asynchronous
async def test_anyone_else_is_closed_with_4403_before_any_frame(room_cast, actor):
    cast = room_cast
    await database_sync_to_async(open_room)(cast.occurrence)
    user = None if actor == "anonymous" else getattr(cast, actor)
    socket = await connect(user, cast.occurrence.pk)
    assert await output(socket) == REFUSED


@asynchronous
async def test_a_member_who_is_not_going_is_refused(room_cast):
    cast = room_cast
    await database_sync_to_async(open_room)(cast.occurrence)
    await database_sync_to_async(meeting_services.rsvp)(
        actor=cast.member, occurrence=cast.occurrence, going=False
    )
    socket = await connect(cast.member, cast.occurrence.pk)
    assert await output(socket) == REFUSED


@asynchronous
async def test_a_room_that_does_not_exist_or_a_hidden_group_answers_the_same():
    def hidden_cast():
        return build_cast("hidden")

    cast = await database_sync_to_async(hidden_cast)()
    for occurrence_id in (cast.occurrence.pk, 987654321):
        socket = await connect(cast.outsider, occurrence_id)
        assert await output(socket) == REFUSED


@asynchronous
async def test_an_in_person_meeting_has_no_room(room_cast):
    cast = room_cast

    def in_person():
        from peerhaven.groups import cities
        from peerhaven.groups.models import Group

        madrid = cities.resolve("Madrid, ES")
        Group.objects.filter(pk=cast.group.pk).update(
            format="hybrid", city_geonameid=madrid.geonameid, city_name=madrid.name
        )
        cast.group.refresh_from_db()
        return schedule(cast.facilitator, cast.group, days_ahead=4, format="in_person")

    occurrence = await database_sync_to_async(in_person)()
    socket = await connect(cast.facilitator, occurrence.pk)
    assert await output(socket) == REFUSED


@asynchronous
async def test_a_session_ended_by_log_out_everywhere_is_refused(room_cast):
    cast = room_cast
    await database_sync_to_async(open_room)(cast.occurrence)
    from peerhaven.live.tests.helpers import session_cookie

    cookie = await database_sync_to_async(session_cookie)(cast.member)

    def log_out_everywhere():
        from peerhaven.accounts.models import new_session_epoch

        cast.member.session_epoch = new_session_epoch()
        cast.member.save(update_fields=["session_epoch"])

    await database_sync_to_async(log_out_everywhere)()
    socket = await connect(occurrence_id=cast.occurrence.pk, cookie=cookie)
    assert await output(socket) == REFUSED


@asynchronous
async def test_members_going_and_facilitators_enter(room_cast):
    cast = room_cast
    await database_sync_to_async(open_room)(cast.occurrence)
    sockets = []
    for person in (cast.member, cast.cofacilitator, cast.facilitator):
        socket = await connect(person, cast.occurrence.pk)
        welcome = await output(socket)
        assert welcome["type"] == "welcome"
        assert welcome["facilitator"] == (person != cast.member)
        sockets.append(socket)
    await close(*sockets)


@asynchronous
async def test_removed_from_the_group_means_no_further_frame(room_cast):
    cast = room_cast
    await database_sync_to_async(open_room)(cast.occurrence)
    member = await connect(cast.member, cast.occurrence.pk)
    facilitator = await connect(cast.facilitator, cast.occurrence.pk)
    await until(member, "welcome")
    await until(facilitator, "welcome")
    await say(facilitator, "Welcome, everyone.")
    await until(member, "entry", body="Welcome, everyone.")
    await drain(member)

    await database_sync_to_async(group_services.remove_member)(
        actor=cast.facilitator,
        group=cast.group,
        membership_id=cast.member_membership.pk,
        reason="Harassment after a warning.",
    )
    await say(facilitator, "Something the removed member must not see.")
    await until(facilitator, "entry", body="Something the removed member must not see.")
    # The only thing the removed member's socket gets is its close.
    assert await output(member) == REFUSED
    assert await member.receive_nothing(0.5)
    await close(facilitator)


@asynchronous
async def test_no_longer_going_means_no_further_frame(room_cast):
    cast = room_cast
    await database_sync_to_async(open_room)(cast.occurrence)
    member = await connect(cast.member, cast.occurrence.pk)
    facilitator = await connect(cast.facilitator, cast.occurrence.pk)
    await until(member, "welcome")
    await until(facilitator, "welcome")
    await drain(member)
    await database_sync_to_async(meeting_services.rsvp)(
        actor=cast.member, occurrence=cast.occurrence, going=False
    )
    await say(facilitator, "After the change.")
    await until(facilitator, "entry", body="After the change.")
    assert await output(member) == REFUSED
    assert await member.receive_nothing(0.5)
    await close(facilitator)


@asynchronous
async def test_removed_from_the_room_means_no_further_frame_and_no_way_back(room_cast):
    cast = room_cast
    await database_sync_to_async(open_room)(cast.occurrence)
    member = await connect(cast.member, cast.occurrence.pk)
    second_tab = await connect(cast.member, cast.occurrence.pk)
    facilitator = await connect(cast.facilitator, cast.occurrence.pk)
    welcome = await until(member, "welcome")
    await until(second_tab, "welcome")
    await until(facilitator, "welcome")
    await drain(member)
    await drain(second_tab)
    await facilitator.send_json_to(
        {"action": "remove", "participant": welcome["you"], "reason": "Kept interrupting."}
    )
    await say(facilitator, "Carrying on.")
    await until(facilitator, "entry", body="Carrying on.")
    for socket in (member, second_tab):
        assert await output(socket) == {"type": "closed", "code": 4001}
        assert await socket.receive_nothing(0.3)
    again = await connect(cast.member, cast.occurrence.pk)
    assert await output(again) == REFUSED

    def removed():
        return Participant.objects.get(user=cast.member).removed_at is not None

    assert await database_sync_to_async(removed)()
    await close(facilitator)


@asynchronous
async def test_a_new_facilitator_gets_the_controls_at_once(room_cast):
    cast = room_cast
    await database_sync_to_async(open_room)(cast.occurrence)
    member = await connect(cast.member, cast.occurrence.pk)
    await until(member, "welcome")
    await member.send_json_to({"action": "lock"})
    assert (await until(member, "error"))["code"] == "not_facilitator"
    await database_sync_to_async(group_services.change_role)(
        actor=cast.facilitator, group=cast.group, membership_id=cast.member_membership.pk, role=2
    )
    assert (await until(member, "you"))["facilitator"] is True
    await member.send_json_to({"action": "lock"})
    stage = await until(member, "stage")
    assert stage["stage"]["state"] == "locked"
    await close(member)


def test_join_room_refuses_through_the_one_access_rule(room_cast):
    from django.core.exceptions import PermissionDenied

    cast = room_cast
    someone = make_person("newcomer")
    with pytest.raises(PermissionDenied):
        services.join_room(
            actor=someone, occurrence_id=cast.occurrence.pk, channel_name="x", server="test"
        )
