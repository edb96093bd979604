from datetime import timedelta

import pytest
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import timezone

from peerhaven.errors import ActionRefused
from peerhaven.meetings.models import Occurrence
from peerhaven.testing import add_member, make_person
from peerhaven.wellbeing import selectors, services

pytestmark = pytest.mark.django_db


def move(occurrence, start):
    Occurrence.objects.filter(pk=occurrence.pk).update(start=start, end=start + timedelta(hours=1))
    occurrence.refresh_from_db()


def test_before_and_after_give_the_members_own_average_change(client, cast):
    move(cast.occurrence, timezone.now() + timedelta(minutes=30))
    client.force_login(cast.member)
    url = f"/me/meetings/{cast.occurrence.pk}/check-in/"
    assert "Before the meeting" in client.get(url + "?phase=before").content.decode()
    response = client.post(url, {"phase": "before", "mood": "2"})
    assert response.status_code == 302
    move(cast.occurrence, timezone.now() - timedelta(minutes=70))
    client.post(url, {"phase": "after", "mood": "4", "shared": "on"})
    changes = selectors.meeting_changes(cast.member)
    assert changes.count == 1 and changes.average == 2
    html = client.get("/me/mood/charts/").content.decode()
    assert "+2" in html and "Tuesday circle" in html


def test_check_ins_are_for_the_groups_members_in_their_window(client, cast):
    move(cast.occurrence, timezone.now() + timedelta(days=2))
    with pytest.raises(ActionRefused, match="opens two hours before"):
        services.check_in_for_meeting(
            actor=cast.member, occurrence=cast.occurrence, phase="before", mood=3
        )
    move(cast.occurrence, timezone.now() - timedelta(days=2))
    with pytest.raises(ActionRefused, match="closed"):
        services.check_in_for_meeting(
            actor=cast.member, occurrence=cast.occurrence, phase="after", mood=3
        )
    client.force_login(cast.outsider)
    assert client.post(
        f"/me/meetings/{cast.occurrence.pk}/check-in/", {"phase": "before", "mood": "3"}
    ).status_code in (403, 404)
    client.force_login(cast.member)
    bad = client.post(f"/me/meetings/{cast.occurrence.pk}/check-in/", {"phase": "x", "mood": "9"})
    assert bad.status_code == 200


def _group_with_sharers(cast, sharing: int, not_sharing: int = 2):
    move(cast.occurrence, timezone.now() - timedelta(minutes=30))
    people = []
    for number in range(sharing + not_sharing):
        person = make_person(f"sharer{number}", display_name=f"Sharer Number {number}")
        add_member(cast.group, person)
        services.check_in_for_meeting(
            actor=person, occurrence=cast.occurrence, phase="before", mood=2
        )
        services.check_in_for_meeting(
            actor=person,
            occurrence=cast.occurrence,
            phase="after",
            mood=4 if number < sharing else 1,
            shared=number < sharing,
        )
        people.append(person)
    # The after-meeting check-ins close six hours after the end.
    move(cast.occurrence, timezone.now() - timedelta(hours=8))
    return people


def test_the_group_trend_shows_nothing_with_four_sharers(client, cast):
    _group_with_sharers(cast, sharing=4)
    trend = selectors.group_trend(cast.occurrence)
    assert not trend.visible and trend.reason == "few" and trend.before is None
    client.force_login(cast.facilitator)
    html = client.get(f"/wellbeing/meetings/{cast.occurrence.pk}/trend/").content.decode()
    assert "fewer than 5 members chose to share" in html
    assert "Average change" not in html
    assert "4 members" not in html


def test_the_group_trend_shows_the_average_with_five_sharers(client, cast):
    _group_with_sharers(cast, sharing=5)
    trend = selectors.group_trend(cast.occurrence)
    assert trend.visible and trend.members == 5
    assert (trend.before, trend.after, trend.change) == (2.0, 4.0, 2.0)
    client.force_login(cast.facilitator)
    html = client.get(f"/wellbeing/meetings/{cast.occurrence.pk}/trend/").content.decode()
    assert "Average change: +2" in html and "From 5 members who chose to share" in html
    # No name of anyone who shared (a CSRF token may contain any short string).
    assert "Sharer Number" not in html and "sharer0" not in html


def test_the_group_trend_waits_until_check_ins_close(cast):
    _group_with_sharers(cast, sharing=6)
    move(cast.occurrence, timezone.now() - timedelta(hours=2))
    trend = selectors.group_trend(cast.occurrence)
    assert not trend.visible and trend.reason == "open"


def test_the_include_for_the_meeting_page(cast):
    move(cast.occurrence, timezone.now() + timedelta(minutes=30))
    template = Template('{% include "wellbeing/_meeting_checkin.html" %}')
    request = RequestFactory().get("/")
    for person, expect in ((cast.member, "Check in before"), (cast.outsider, None)):
        request.user = person
        html = template.render(Context({"occurrence": cast.occurrence, "request": request}))
        if expect:
            assert expect in html
            assert f"/me/meetings/{cast.occurrence.pk}/check-in/?phase=before" in html
        else:
            assert html.strip() == ""
    request.user = cast.facilitator
    html = template.render(Context({"occurrence": cast.occurrence, "request": request}))
    assert f"/wellbeing/meetings/{cast.occurrence.pk}/trend/" in html


def test_the_meeting_page_prompts_members_before_and_after(client, cast):
    move(cast.occurrence, timezone.now() + timedelta(minutes=30))
    page = f"/meetings/{cast.occurrence.pk}/"
    client.force_login(cast.member)
    html = client.get(page).content.decode()
    assert "Check in before" in html
    client.post(f"/me/meetings/{cast.occurrence.pk}/check-in/", {"phase": "before", "mood": "2"})
    move(cast.occurrence, timezone.now() - timedelta(minutes=70))
    html = client.get(page).content.decode()
    assert "Before the meeting you said 2 out of 5. How about now?" in html
    assert "Check in after" in html
    client.force_login(cast.outsider)
    assert "Check in before" not in client.get(page).content.decode()


def test_bad_meeting_check_ins_get_a_message_and_save_nothing(client, cast):
    from peerhaven.wellbeing.models import MeetingCheckIn

    move(cast.occurrence, timezone.now() + timedelta(minutes=30))
    client.force_login(cast.member)
    url = f"/me/meetings/{cast.occurrence.pk}/check-in/"
    for data in ({"phase": "before", "mood": "9"}, {"phase": "before"}, {"phase": "x"}):
        response = client.post(url, data)
        assert response.status_code == 200
        html = response.content.decode()
        assert "Choose how you feel from 1 (very low) to 5 (very good)." in html or (
            "Choose before or after the meeting." in html
        )
    # The after-meeting check-in is not open yet.
    response = client.post(url, {"phase": "after", "mood": "3"})
    assert response.status_code == 200
    assert "The after-meeting check-in opens when the meeting starts." in response.content.decode()
    assert not MeetingCheckIn.objects.exists()
