"""The room page and the way to it from the meeting page."""

import re

import pytest
from django.urls import reverse

from peerhaven.accounts import data_rights
from peerhaven.live import services
from peerhaven.live.models import Entry, Participant
from peerhaven.live.tests.helpers import open_room
from peerhaven.meetings import services as meeting_services

pytestmark = pytest.mark.django_db


@pytest.fixture
def going(cast):
    meeting_services.rsvp(actor=cast.member, occurrence=cast.occurrence, going=True)
    return cast


def room_url(cast) -> str:
    return reverse("live:room", args=[cast.occurrence.pk])


def test_outsider_404_for_hidden_403_for_public_and_login_for_anonymous(client, going):
    cast = going
    assert client.get(room_url(cast))["Location"].startswith("/account/login/")
    client.force_login(cast.outsider)
    assert client.get(room_url(cast)).status_code == 403
    assert client.get(reverse("live:room", args=[987654321])).status_code == 404
    assert client.post(room_url(cast)).status_code in (403, 405)


def test_wrong_method_is_405(client, going):
    client.force_login(going.member)
    assert client.post(room_url(going)).status_code == 405


def test_a_member_not_going_is_told_how_to_get_in(client, cast):
    client.force_login(cast.member)
    response = client.get(room_url(cast))
    assert response.status_code == 403
    html = response.content.decode()
    assert "Say you're going" in html or "Say you&#x27;re going" in html
    assert cast.occurrence.get_absolute_url() in html


def test_the_room_page_for_a_member_going(client, going):
    cast = going
    client.force_login(cast.member)
    response = client.get(room_url(cast))
    assert response.status_code == 200
    html = response.content.decode()
    assert f'data-socket="/ws/rooms/{cast.occurrence.pk}/"' in html
    assert 'data-ping="/ws/ping/"' in html
    assert 'data-choose="1"' in html  # first time: choose how to appear
    assert 'role="log"' in html and 'aria-live="polite"' in html
    assert "Live connections are blocked" in html
    assert "Let everyone in" not in html  # no controls for members
    # No inline script: only the page's own file and a JSON data block (CSP is 'self').
    for tag in re.findall(r"<script\b[^>]*>", html):
        assert 'src="/static/' in tag or 'type="application/json"' in tag, tag
    assert "Anonymous member" in html


def test_the_room_page_for_a_facilitator_has_the_controls(client, going):
    client.force_login(going.cofacilitator)
    html = client.get(room_url(going)).content.decode()
    assert "Let everyone in" in html and "Slow mode" in html
    assert 'data-facilitator="1"' in html and 'data-choose="0"' in html


def test_someone_removed_from_the_room_sees_why(client, going):
    cast = going
    room = open_room(cast.occurrence)
    Participant.objects.create(room=room, user=cast.member, removed_at=cast.occurrence.start)
    client.force_login(cast.member)
    response = client.get(room_url(cast))
    assert response.status_code == 403
    assert "removed you from this meeting" in response.content.decode()


def test_the_meeting_page_links_to_the_room_for_people_who_may_enter(client, going):
    cast = going
    link = f'href="{room_url(cast)}"'
    for person, sees in [
        (cast.member, True),
        (cast.cofacilitator, True),
        (cast.facilitator, True),
        (cast.outsider, False),
        (cast.requested, False),
    ]:
        client.force_login(person)
        html = client.get(cast.occurrence.get_absolute_url()).content.decode()
        assert (link in html) == sees, person


def test_data_rights_export_and_erase_room_data(going):
    cast = going
    open_room(cast.occurrence)
    services.join_room(
        actor=cast.member, occurrence_id=cast.occurrence.pk, channel_name="c1", server="t"
    )
    services.join_room(
        actor=cast.facilitator, occurrence_id=cast.occurrence.pk, channel_name="c2", server="t"
    )
    services.send_message(actor=cast.member, occurrence_id=cast.occurrence.pk, body="My words.")
    member_id = Participant.objects.get(user=cast.member).pk
    services.mute(
        actor=cast.facilitator,
        occurrence_id=cast.occurrence.pk,
        participant_id=member_id,
        minutes=5,
        reason="Cooling off.",
    )
    section = {s.name: s for s in data_rights.sections()}["live"]
    exported = section.export(cast.member)
    assert exported["messages"][0]["body"] == "My words."
    assert exported["room_controls_about_me"][0]["reason"] == "Cooling off."
    section.erase(cast.member)
    assert not Participant.objects.filter(user=cast.member).exists()
    # The message stays in the room's log; the writer is no longer linked to a presence.
    assert Entry.objects.get(body="My words.").participant is None


def test_the_room_prompts_the_before_and_after_check_in(client, going):
    from datetime import timedelta

    from django.utils import timezone

    from peerhaven.meetings.models import Occurrence

    cast = going

    def start_in(minutes: int) -> None:
        start = timezone.now() + timedelta(minutes=minutes)
        Occurrence.objects.filter(pk=cast.occurrence.pk).update(
            start=start, end=start + timedelta(hours=1)
        )

    client.force_login(cast.member)
    start_in(20)
    assert "Check in before" in client.get(room_url(cast)).content.decode()
    client.post(f"/me/meetings/{cast.occurrence.pk}/check-in/", {"phase": "before", "mood": "3"})
    start_in(-65)
    page = client.get(room_url(cast)).content.decode()
    assert "Before the meeting you said 3 out of 5. How about now?" in page
