import zoneinfo
from datetime import datetime, time, timedelta

import icalendar
import pytest
from django.urls import reverse
from django.utils import timezone

from peerhaven.groups.models import Group
from peerhaven.meetings import services
from peerhaven.meetings.models import CalendarFeed
from peerhaven.testing import build_cast, schedule

pytestmark = pytest.mark.django_db


def events(payload: bytes) -> list:
    calendar = icalendar.Calendar.from_ical(payload)
    return list(calendar.walk("VEVENT"))


def weekly(cast, zone: str, hour: int, count: int = 8):
    Group.objects.filter(pk=cast.group.pk).update(time_zone=zone)
    cast.group.refresh_from_db()
    day = (timezone.now() + timedelta(days=1)).date()
    meeting = services.schedule_meeting(
        actor=cast.facilitator,
        group=cast.group,
        data={
            "title": "Weekly circle",
            "description": "",
            "format": "online",
            "local_start": datetime.combine(day, time(hour, 0)),
            "duration_minutes": 60,
            "repeat": "weekly",
            "repeat_count": count,
        },
    )
    return meeting, list(meeting.occurrences.order_by("start"))


@pytest.mark.parametrize(("zone", "hour"), [("Europe/London", 19), ("America/New_York", 8)])
def test_the_personal_feed_is_a_series_in_the_group_zone(client, cast, zone, hour):
    meeting, occurrences = weekly(cast, zone, hour)
    for occurrence in occurrences:
        if occurrence != occurrences[2]:
            services.rsvp(actor=cast.member, occurrence=occurrence, going=True)
    services.cancel_meeting(actor=cast.facilitator, occurrence=occurrences[4])
    feed = services.renew_calendar_feed(actor=cast.member)

    response = client.get(reverse("meetings:personal_feed", args=[feed.token]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.content)
    assert any(
        component.name == "VTIMEZONE" and str(component["TZID"]) == zone
        for component in calendar.walk()
    )
    (master,) = events(response.content)
    start = master.decoded("DTSTART")
    assert str(start.tzinfo) == zone and start.hour == hour
    assert master["RRULE"]["FREQ"] == ["WEEKLY"]
    excluded = (
        {moment.dt for moment in master["EXDATE"].dts}
        if not isinstance(master["EXDATE"], list)
        else {moment.dt for exdate in master["EXDATE"] for moment in exdate.dts}
    )
    expected = {occurrences[2].original_start, occurrences[4].original_start}
    assert {moment.astimezone(zoneinfo.ZoneInfo("UTC")) for moment in excluded} == expected
    # Every date the rule gives, outside the exclusions, is at the same wall-clock hour.
    from dateutil.rrule import rrulestr

    rule = rrulestr(master["RRULE"].to_ical().decode(), dtstart=start)
    assert {moment.hour for moment in rule} == {hour}
    assert "12 Secret Street" not in response.content.decode()


def test_a_moved_date_is_an_override_with_recurrence_id(client, cast):
    meeting, occurrences = weekly(cast, "Europe/Madrid", 18, count=3)
    for occurrence in occurrences:
        services.rsvp(actor=cast.member, occurrence=occurrence, going=True)
    moved_local = datetime.combine(
        occurrences[1].start.astimezone(zoneinfo.ZoneInfo("Europe/Madrid")).date(), time(20, 0)
    )
    services.update_meeting(
        actor=cast.facilitator,
        occurrence=occurrences[1],
        data={"local_start": moved_local},
        scope="one",
    )
    feed = services.renew_calendar_feed(actor=cast.member)
    found = events(client.get(reverse("meetings:personal_feed", args=[feed.token])).content)
    overrides = [event for event in found if "RECURRENCE-ID" in event]
    assert len(overrides) == 1
    assert overrides[0].decoded("DTSTART").hour == 20
    assert overrides[0].decoded("RECURRENCE-ID").hour == 18


def test_a_revoked_or_renewed_token_gives_404(client, cast):
    old = services.renew_calendar_feed(actor=cast.member)
    new = services.renew_calendar_feed(actor=cast.member)
    assert client.get(reverse("meetings:personal_feed", args=[old.token])).status_code == 404
    assert client.get(reverse("meetings:personal_feed", args=[new.token])).status_code == 200
    services.revoke_calendar_feed(actor=cast.member)
    assert client.get(reverse("meetings:personal_feed", args=[new.token])).status_code == 404
    assert not CalendarFeed.objects.filter(user=cast.member).exists()


def test_the_calendar_page_creates_and_revokes(client, cast):
    client.force_login(cast.member)
    client.post(reverse("meetings:calendar_settings"), {"action": "renew"})
    feed = CalendarFeed.objects.get(user=cast.member)
    assert feed.token in client.get(reverse("meetings:calendar_settings")).content.decode()
    client.post(reverse("meetings:calendar_settings"), {"action": "revoke"})
    assert not CalendarFeed.objects.filter(user=cast.member).exists()


def test_public_groups_have_a_feed_without_addresses(client, cast):
    schedule(cast.facilitator, cast.group, title="Friday circle", days_ahead=4)
    payload = client.get(reverse("meetings:group_feed", args=[cast.group.slug])).content
    assert {str(event["SUMMARY"]) for event in events(payload)} == {
        "Tuesday circle",
        "Friday circle",
    }
    assert "Secret Street" not in payload.decode() and "video.example.org" not in payload.decode()


def test_private_and_hidden_groups_have_no_public_feed(client, db):
    for listing in ("private", "hidden"):
        cast = build_cast(listing)
        schedule(cast.facilitator, cast.group)
        assert client.get(reverse("meetings:group_feed", args=[cast.group.slug])).status_code == 404
        cast.group.delete()
        from peerhaven.accounts.models import User

        User.objects.all().delete()


def test_each_meeting_page_offers_an_ics_download(client, cast):
    occurrence = schedule(cast.facilitator, cast.group)
    response = client.get(reverse("meetings:ics", args=[occurrence.pk]))
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    (event,) = events(response.content)
    assert event.decoded("DTSTART").astimezone(zoneinfo.ZoneInfo("UTC")) == occurrence.start
