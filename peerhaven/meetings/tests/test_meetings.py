import zoneinfo
from datetime import datetime, time, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from peerhaven.errors import ActionRefused
from peerhaven.groups.models import Group
from peerhaven.meetings import services
from peerhaven.meetings.models import RSVP, Meeting, Occurrence
from peerhaven.notifications.models import Notification
from peerhaven.testing import add_member, make_person, schedule

pytestmark = pytest.mark.django_db

MADRID = zoneinfo.ZoneInfo("Europe/Madrid")


def local_hhmm(moment) -> str:
    return moment.astimezone(MADRID).strftime("%H:%M")


def form_data(**overrides):
    day = (timezone.now() + timedelta(days=5)).date()
    data = {
        "title": "Thursday circle",
        "description": "We check in, then share.",
        "format": "in_person",
        "local_start": f"{day.isoformat()}T18:30",
        "duration_minutes": "90",
        "repeat": "weekly",
        "repeat_count": "6",
        "venue_name": "Library",
        "area": "Centre",
        "address": "1 Hidden Lane",
        "room_opens_minutes_before": "10",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


@pytest.fixture
def in_person_group(cast):
    from peerhaven.groups import cities

    madrid = cities.resolve("Madrid, ES")
    Group.objects.filter(pk=cast.group.pk).update(
        format="hybrid",
        time_zone="Europe/Madrid",
        city_geonameid=madrid.geonameid,
        city_name=madrid.name,
        country=madrid.country,
        latitude=madrid.latitude,
        longitude=madrid.longitude,
    )
    cast.group.refresh_from_db()
    return cast


def test_a_facilitator_schedules_a_weekly_series(client, in_person_group):
    cast = in_person_group
    client.force_login(cast.facilitator)
    response = client.post(reverse("meetings:schedule", args=[cast.group.slug]), form_data())
    assert response.status_code == 302
    meeting = Meeting.objects.get(title="Thursday circle")
    occurrences = list(meeting.occurrences.order_by("start"))
    assert len(occurrences) == 6
    assert {
        occurrence.start.astimezone(
            meeting.group.time_zone and __import__("zoneinfo").ZoneInfo("Europe/Madrid")
        ).strftime("%H:%M")
        for occurrence in occurrences
    } == {"18:30"}
    cast.group.refresh_from_db()
    assert cast.group.next_meeting_at is not None
    page = client.get(cast.group.get_absolute_url()).content.decode()
    assert "Thursday circle" in page


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"local_start": "2020-01-01T10:00"}, "The start is in the past"),
        (
            {"repeat_until": "2020-01-01", "repeat_count": None},
            "The end date is before the first meeting",
        ),
        ({"repeat_count": "3", "repeat_until": "2099-01-01"}, "not both"),
        ({"duration_minutes": "0"}, "greater than or equal to 5"),
        ({"format": "telepathy"}, "Select a valid choice"),
        ({"local_start": "not a date"}, "Enter a valid date/time"),
    ],
)
def test_bad_schedules_get_a_clear_message_and_change_nothing(
    client, in_person_group, overrides, message
):
    client.force_login(in_person_group.facilitator)
    before = Meeting.objects.count()
    response = client.post(
        reverse("meetings:schedule", args=[in_person_group.group.slug]), form_data(**overrides)
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert Meeting.objects.count() == before


def test_a_time_in_a_dst_gap_or_twice_gets_a_clear_message(client, in_person_group):
    client.force_login(in_person_group.facilitator)
    year = timezone.now().year + 1
    # Europe/Madrid: clocks go forward at 02:00 on the last Sunday of March, back at 03:00 in October.
    import calendar

    def last_sunday(month):
        days = calendar.monthcalendar(year, month)
        return max(week[6] for week in days)

    gap = f"{year}-03-{last_sunday(3):02d}T02:30"
    twice = f"{year}-10-{last_sunday(10):02d}T02:30"
    url = reverse("meetings:schedule", args=[in_person_group.group.slug])
    for value, words in ((gap, "does not exist"), (twice, "happens twice")):
        response = client.post(url, form_data(local_start=value, repeat="none", repeat_count=None))
        assert response.status_code == 200
        assert words in response.content.decode()
    assert not Meeting.objects.filter(title="Thursday circle").exists()


def test_the_address_is_only_for_members_who_are_going(client, in_person_group):
    cast = in_person_group
    occurrence = schedule(cast.facilitator, cast.group, format="hybrid")
    url = occurrence.get_absolute_url()
    for person in (None, cast.outsider, cast.member):
        client.logout()
        if person:
            client.force_login(person)
        html = client.get(url).content.decode()
        assert "Community Centre" in html and "Old Town" in html  # the public area
        assert "12 Secret Street" not in html
        assert "video.example.org" not in html
        ics = client.get(reverse("meetings:ics", args=[occurrence.pk])).content.decode()
        assert "Secret Street" not in ics
    client.force_login(cast.member)
    client.post(
        reverse("meetings:rsvp", args=[occurrence.pk]), {"going": "yes", "mode": "in_person"}
    )
    html = client.get(url).content.decode()
    assert "12 Secret Street" in html and "Ring the blue bell." in html
    assert "video.example.org/room-42" in html
    assert (
        "Secret Street"
        in client.get(reverse("meetings:ics", args=[occurrence.pk])).content.decode()
    )


def test_capacity_waitlist_and_promotion_in_order(in_person_group):
    cast = in_person_group
    occurrence = schedule(cast.facilitator, cast.group, format="in_person", capacity_in_person=2)
    people = [cast.member, cast.cofacilitator]
    for number in range(3):
        person = make_person(f"late{number}")
        add_member(cast.group, person)
        people.append(person)
    statuses = [
        services.rsvp(actor=person, occurrence=occurrence, going=True).status for person in people
    ]
    assert statuses == ["going", "going", "waitlisted", "waitlisted", "waitlisted"]
    services.rsvp(actor=cast.member, occurrence=occurrence, going=False)
    promoted = RSVP.objects.get(occurrence=occurrence, user=people[2])
    assert promoted.status == "going"
    assert Notification.objects.filter(user=people[2], kind="waitlist_promoted").exists()
    assert RSVP.objects.get(occurrence=occurrence, user=people[3]).status == "waitlisted"
    assert RSVP.objects.filter(occurrence=occurrence, status="going").count() == 2


def test_hybrid_meetings_have_separate_capacities(in_person_group):
    cast = in_person_group
    occurrence = schedule(
        cast.facilitator, cast.group, format="hybrid", capacity_in_person=1, capacity_online=1
    )
    assert (
        services.rsvp(actor=cast.member, occurrence=occurrence, going=True, mode="in_person").status
        == "going"
    )
    assert (
        services.rsvp(
            actor=cast.cofacilitator, occurrence=occurrence, going=True, mode="online"
        ).status
        == "going"
    )
    third = make_person("third")
    add_member(cast.group, third)
    assert (
        services.rsvp(actor=third, occurrence=occurrence, going=True, mode="online").status
        == "waitlisted"
    )


def test_non_members_cannot_rsvp_and_a_cancelled_meeting_refuses(client, in_person_group):
    cast = in_person_group
    occurrence = schedule(cast.facilitator, cast.group)
    client.force_login(cast.outsider)
    assert (
        client.post(reverse("meetings:rsvp", args=[occurrence.pk]), {"going": "yes"}).status_code
        == 403
    )
    services.cancel_meeting(actor=cast.facilitator, occurrence=occurrence)
    with pytest.raises(ActionRefused, match="cancelled"):
        services.rsvp(actor=cast.member, occurrence=occurrence, going=True)


def test_a_capacity_below_the_number_going_is_refused(in_person_group):
    cast = in_person_group
    occurrence = schedule(cast.facilitator, cast.group, format="in_person", capacity_in_person=5)
    services.rsvp(actor=cast.member, occurrence=occurrence, going=True)
    services.rsvp(actor=cast.cofacilitator, occurrence=occurrence, going=True)
    with pytest.raises(ActionRefused, match="already going"):
        services.update_meeting(
            actor=cast.facilitator,
            occurrence=occurrence,
            data={"capacity_in_person": 1},
            scope="one",
        )


def _series(cast, count=4):
    day = (timezone.now() + timedelta(days=2)).date()
    meeting = services.schedule_meeting(
        actor=cast.facilitator,
        group=cast.group,
        data={
            "title": "Weekly",
            "description": "",
            "format": "online",
            "local_start": datetime.combine(day, time(19, 0)),
            "duration_minutes": 60,
            "repeat": "weekly",
            "repeat_count": count,
        },
    )
    return meeting, list(meeting.occurrences.order_by("start"))


def test_moving_only_one_occurrence_leaves_the_series(in_person_group):
    cast = in_person_group
    meeting, occurrences = _series(cast)
    services.rsvp(actor=cast.member, occurrence=occurrences[1], going=True)
    new_local = datetime.combine(
        occurrences[1].start.astimezone(__import__("zoneinfo").ZoneInfo("Europe/Madrid")).date(),
        time(20, 0),
    )
    services.update_meeting(
        actor=cast.facilitator,
        occurrence=occurrences[1],
        data={"local_start": new_local},
        scope="one",
    )
    rows = list(meeting.occurrences.order_by("original_start"))
    assert rows[1].moved and rows[1].start != rows[1].original_start
    assert [row.moved for row in rows] == [False, True, False, False]
    assert Notification.objects.filter(user=cast.member, kind="meeting_changed").count() == 1


def test_changing_this_and_following_splits_the_series_and_keeps_rsvps(in_person_group):
    cast = in_person_group
    meeting, occurrences = _series(cast)
    services.rsvp(actor=cast.member, occurrence=occurrences[3], going=True)
    new_local = datetime.combine(
        occurrences[2].start.astimezone(__import__("zoneinfo").ZoneInfo("Europe/Madrid")).date(),
        time(17, 0),
    )
    new_meeting = services.update_meeting(
        actor=cast.facilitator,
        occurrence=occurrences[2],
        data={"local_start": new_local, "title": "Earlier"},
        scope="following",
    )
    assert new_meeting.pk != meeting.pk and new_meeting.title == "Earlier"
    meeting.refresh_from_db()
    assert meeting.occurrences.count() == 2
    later = list(new_meeting.occurrences.order_by("start"))
    assert len(later) == 2
    assert {
        row.start.astimezone(__import__("zoneinfo").ZoneInfo("Europe/Madrid")).strftime("%H:%M")
        for row in later
    } == {"17:00"}
    assert (
        RSVP.objects.get(user=cast.member).occurrence_id == later[1].pk
    )  # the RSVP moved with its date
    assert Notification.objects.filter(user=cast.member, kind="meeting_changed").exists()


def test_cancelling_this_and_following(in_person_group):
    cast = in_person_group
    meeting, occurrences = _series(cast)
    services.rsvp(actor=cast.member, occurrence=occurrences[3], going=True)
    services.cancel_meeting(actor=cast.facilitator, occurrence=occurrences[1], scope="following")
    assert [row.cancelled for row in meeting.occurrences.order_by("start")] == [
        False,
        True,
        True,
        True,
    ]
    assert Notification.objects.filter(user=cast.member, kind="meeting_cancelled").exists()


def test_attendance_and_history(client, in_person_group):
    cast = in_person_group
    occurrence = schedule(cast.facilitator, cast.group)
    services.rsvp(actor=cast.member, occurrence=occurrence, going=True)
    with pytest.raises(ActionRefused, match="once the meeting has started"):
        services.mark_attendance(
            actor=cast.facilitator, occurrence=occurrence, present_user_ids={cast.member.pk}
        )
    Occurrence.objects.filter(pk=occurrence.pk).update(
        start=timezone.now() - timedelta(hours=2), end=timezone.now() - timedelta(hours=1)
    )
    client.force_login(cast.facilitator)
    client.post(
        reverse("meetings:attendees", args=[occurrence.pk]), {"present": [str(cast.member.pk)]}
    )
    assert RSVP.objects.get(user=cast.member).attended is True
    client.force_login(cast.member)
    history = client.get(reverse("meetings:attendance")).content.decode()
    assert "Tuesday circle" in history and "Yes" in history


def test_messages_to_attendees_are_in_app(client, in_person_group):
    cast = in_person_group
    occurrence = schedule(cast.facilitator, cast.group)
    services.rsvp(actor=cast.member, occurrence=occurrence, going=True)
    client.force_login(cast.facilitator)
    client.post(
        reverse("meetings:attendees", args=[occurrence.pk]),
        {"body": "Bring a warm jumper tonight."},
    )
    assert Notification.objects.filter(user=cast.member, kind="meeting_message").exists()
    client.force_login(cast.member)
    assert (
        "Bring a warm jumper tonight." in client.get(occurrence.get_absolute_url()).content.decode()
    )
    client.force_login(cast.outsider)
    assert "Bring a warm jumper" not in client.get(occurrence.get_absolute_url()).content.decode()


def test_upcoming_page_sections_and_filters(client, in_person_group, django_assert_max_num_queries):
    cast = in_person_group
    occurrence = schedule(cast.facilitator, cast.group, days_ahead=1)
    services.rsvp(actor=cast.member, occurrence=occurrence, going=True)
    client.force_login(cast.member)
    with django_assert_max_num_queries(14):
        html = client.get(reverse("meetings:upcoming")).content.decode()
    assert "Your meetings" in html and "Tuesday circle" in html
    filtered = client.get(
        reverse("meetings:upcoming"), {"format": "in_person", "time": "bogus"}
    ).content.decode()
    assert "Ignored the value given" in filtered
    assert '<option value="in_person" selected>' in filtered


def test_upcoming_rows_show_times_in_the_members_zone(client, in_person_group):
    from django.utils import timezone

    cast = in_person_group
    occurrence = schedule(cast.facilitator, cast.group, days_ahead=2)
    services.rsvp(actor=cast.member, occurrence=occurrence, going=True)
    cast.member.time_zone = "America/Mexico_City"
    cast.member.save(update_fields=["time_zone"])
    client.force_login(cast.member)
    html = client.get(reverse("meetings:upcoming")).content.decode()
    local = timezone.localtime(occurrence.start, cast.member.zone)
    assert f'<time datetime="{local.isoformat()}">' in html
    assert local.strftime("%H:%M") in html
    assert f'href="{occurrence.get_absolute_url()}"' in html
