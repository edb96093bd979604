"""A facilitator schedules a meeting; a member says they're going and sees where it is."""

from datetime import timedelta

import pytest
from django.utils import timezone

from peerhaven.groups.models import Group
from peerhaven.meetings.models import RSVP, Meeting
from peerhaven.testing import ARTIFACTS, add_member, log_in, make_group, make_person

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_schedule_rsvp_and_see_the_address(live_server, browser):
    fern = make_person("fern", display_name="Fern", time_zone="Europe/Madrid")
    group = make_group(fern, name="Madrid Grief Circle", format="in_person", city="Madrid, ES")
    Group.objects.filter(pk=group.pk).update(time_zone="Europe/Madrid")
    nia = make_person("nia", display_name="Nia", time_zone="America/New_York")
    add_member(group, nia)

    context = browser.new_context(viewport={"width": 1100, "height": 900})
    page = context.new_page()
    log_in(page, live_server.url, "fern")
    page.goto(f"{live_server.url}/groups/{group.slug}/")
    page.get_by_role("link", name="Schedule a meeting").click()
    day = (timezone.now() + timedelta(days=6)).date().isoformat()
    page.get_by_label("Title").fill("Thursday remembrance")
    page.get_by_label("Starts").fill(f"{day}T18:30")
    page.get_by_label("Repeats").select_option("weekly")
    page.get_by_label("Number of meetings").fill("4")
    page.get_by_label("Venue").fill("Biblioteca Central")
    page.get_by_label("Area (neighbourhood, city)").fill("Centro, Madrid")
    page.get_by_label("Exact address").fill("Calle Ejemplo 7, 2º")
    page.get_by_label("In-person seats").fill("8")
    page.get_by_role("button", name="Schedule").click()
    assert "The meeting is scheduled." in page.content()
    assert Meeting.objects.get(title="Thursday remembrance").occurrences.count() == 4
    page.screenshot(path=str(ARTIFACTS / "20-meeting-facilitator.png"), full_page=True)
    meeting_url = page.url
    context.close()

    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    log_in(page, live_server.url, "nia")
    page.goto(meeting_url)
    assert "Biblioteca Central" in page.content()
    assert "Calle Ejemplo 7" not in page.content()
    assert "18:30" in page.content()  # the group's time
    assert "in your time zone (America/New_York)" in page.content()
    page.get_by_role("button", name="I'm going").click()
    assert "You are going. See you there." in page.content()
    assert "Calle Ejemplo 7" in page.content()
    page.screenshot(path=str(ARTIFACTS / "21-meeting-member-going.png"), full_page=True)
    assert RSVP.objects.get(user=nia).status == "going"
    context.close()
