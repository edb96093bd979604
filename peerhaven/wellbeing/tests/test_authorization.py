"""Wellbeing in the authorization matrix: everything belongs to the member alone.

Every wellbeing URL, for: anonymous (sent to sign in), another member of the
same group, a facilitator of the member's group, staff (404 for each of the
member's records, and never a trace of them on any page), and the owner (200).
"""

import re
from datetime import timedelta

import pytest
from django.contrib import admin
from django.test import Client
from django.utils import timezone

from peerhaven.meetings.models import Occurrence
from peerhaven.testing import add_member, make_person
from peerhaven.wellbeing import services
from peerhaven.wellbeing.models import (
    JournalEntry,
    Milestone,
    MoodCheckIn,
    SelfCareActivity,
    SelfCheck,
)

pytestmark = pytest.mark.django_db

SECRETS = (
    "SENTINEL-NOTE",
    "SENTINEL-JOURNAL",
    "SENTINEL-ACTIVITY",
    "SENTINEL-MILESTONE",
)


@pytest.fixture
def world(cast):
    owner = cast.member
    owner.country = "GB"
    owner.save()
    services.record_mood(actor=owner, mood=2, emotions=["lonely"], note="SENTINEL-NOTE")
    entry = services.write_journal_entry(actor=owner, title="Mine", body="SENTINEL-JOURNAL text")
    check = services.take_self_check(actor=owner, kind="phq9", answers=[1, 1, 1, 1, 1, 1, 1, 1, 1])
    activity = services.save_activity(
        actor=owner,
        data={"name": "SENTINEL-ACTIVITY", "weekdays": [], "times": ["08:00"], "remind": True},
    )
    milestone = services.save_milestone(
        actor=owner,
        data={
            "kind": "custom",
            "label": "SENTINEL-MILESTONE",
            "since": timezone.now().date() - timedelta(days=7),
        },
    )
    # The meeting is under way, so before/after check-ins are open.
    start = timezone.now() - timedelta(minutes=30)
    Occurrence.objects.filter(pk=cast.occurrence.pk).update(
        start=start, end=start + timedelta(hours=1)
    )
    cast.occurrence.refresh_from_db()
    services.check_in_for_meeting(actor=owner, occurrence=cast.occurrence, phase="before", mood=2)
    peer = make_person("nora", display_name="Nora")
    add_member(cast.group, peer)
    cast.staff.is_superuser = True
    cast.staff.save()
    ids = {
        "checkin": MoodCheckIn.objects.get(user=owner).pk,
        "entry": entry.pk,
        "check": check.pk,
        "activity": activity.pk,
        "milestone": milestone.pk,
        "occurrence": cast.occurrence.pk,
    }
    people = {
        "owner": owner,
        "other member": peer,
        "facilitator": cast.facilitator,
        "staff": cast.staff,
    }
    return ids, people


# The member's own pages: everyone signed in gets their own (empty) page.
OWN_PAGES = [
    "/me/wellbeing/",
    "/me/wellbeing/settings/",
    "/me/mood/",
    "/me/mood/history/",
    "/me/mood/charts/?days=90",
    "/me/journal/",
    "/me/journal/?q=SENTINEL",
    "/me/journal/new/",
    "/me/self-checks/",
    "/me/self-checks/phq9/",
    "/me/self-checks/gad7/",
    "/me/self-care/",
    "/me/self-care/new/",
    "/me/milestones/",
    "/me/milestones/new/",
    "/",
]
# One record of the owner's: the same 404 as a record that does not exist, for anyone else.
RECORD_PAGES = [
    ("get", "/me/journal/{entry}/", None),
    ("get", "/me/journal/{entry}/edit/", None),
    ("post", "/me/journal/{entry}/edit/", {"body": "overwritten"}),
    ("post", "/me/journal/{entry}/delete/", {}),
    ("post", "/me/mood/{checkin}/delete/", {}),
    ("get", "/me/self-checks/{check}/", None),
    ("post", "/me/self-checks/{check}/safety/", {"choice": "safe"}),
    ("post", "/me/self-checks/{check}/delete/", {}),
    ("get", "/me/self-care/{activity}/edit/", None),
    ("post", "/me/self-care/{activity}/edit/", {"name": "mine now"}),
    ("post", "/me/self-care/{activity}/done/", {"done": "yes"}),
    ("post", "/me/self-care/{activity}/delete/", {}),
    ("get", "/me/milestones/{milestone}/edit/", None),
    ("post", "/me/milestones/{milestone}/reset/", {}),
    ("post", "/me/milestones/{milestone}/celebrated/", {}),
    ("post", "/me/milestones/{milestone}/delete/", {}),
    ("get", "/me/milestones/{milestone}/share/", None),
    ("post", "/me/milestones/{milestone}/share/", {"group": "1", "action": "share"}),
]
POST_ONLY = [
    "/me/wellbeing/reminders/dismiss/",
    "/me/self-checks/safety/",
]


def client_for(person) -> Client:
    client = Client()
    if person is not None:
        client.force_login(person)
    return client


def assert_no_secrets(response, where):
    body = response.content.decode(errors="replace")
    for secret in SECRETS:
        assert secret not in body, (where, secret)


def counts():
    return (
        MoodCheckIn.objects.count(),
        JournalEntry.objects.count(),
        SelfCheck.objects.filter(safety_response="").count(),
        SelfCareActivity.objects.filter(name="SENTINEL-ACTIVITY").count(),
        Milestone.objects.filter(celebrated_days=0).count(),
    )


def test_anonymous_visitors_are_sent_to_sign_in_everywhere(world):
    ids, _people = world
    client = Client()
    paths = [("get", path, None) for path in OWN_PAGES if path != "/"]
    paths += [(method, path.format(**ids), data) for method, path, data in RECORD_PAGES]
    paths += [("post", path, {}) for path in POST_ONLY]
    paths += [
        ("get", "/me/meetings/{occurrence}/check-in/".format(**ids), None),
        ("get", "/wellbeing/meetings/{occurrence}/trend/".format(**ids), None),
    ]
    for method, path, data in paths:
        response = getattr(client, method)(path, data or {})
        assert response.status_code == 302, (method, path)
        assert response["Location"].startswith("/account/login/"), (method, path)


@pytest.mark.parametrize("viewer", ["other member", "facilitator", "staff"])
def test_nobody_else_reaches_the_members_records(world, viewer):
    ids, people = world
    client = client_for(people[viewer])
    before = counts()
    for method, template, data in RECORD_PAGES:
        path = template.format(**ids)
        response = getattr(client, method)(path, data or {})
        assert response.status_code == 404, (viewer, method, path)
        assert_no_secrets(response, path)
    assert counts() == before
    assert JournalEntry.objects.get(pk=ids["entry"]).key_id  # untouched


@pytest.mark.parametrize("viewer", ["other member", "facilitator", "staff"])
def test_nobody_else_sees_a_trace_on_their_own_pages(world, viewer):
    _ids, people = world
    client = client_for(people[viewer])
    for path in OWN_PAGES:
        response = client.get(path)
        assert response.status_code == 200, (viewer, path)
        assert_no_secrets(response, path)
        assert "Lonely" not in response.content.decode() or path == "/me/mood/"


def test_the_owner_reaches_everything(world):
    ids, people = world
    client = client_for(people["owner"])
    for path in OWN_PAGES:
        assert client.get(path).status_code == 200, path
    for method, template, _data in RECORD_PAGES:
        if method == "get":
            assert client.get(template.format(**ids)).status_code == 200, template
    assert "SENTINEL-JOURNAL" in client.get(f"/me/journal/{ids['entry']}/").content.decode()
    assert "<mark>SENTINEL</mark>-JOURNAL" in client.get("/me/journal/?q=sentinel").content.decode()
    assert "SENTINEL-NOTE" in client.get("/me/mood/").content.decode()
    assert "SENTINEL-ACTIVITY" in client.get("/me/self-care/").content.decode()
    assert "SENTINEL-MILESTONE" in client.get("/me/milestones/").content.decode()
    page = client.get(f"/me/meetings/{ids['occurrence']}/check-in/")
    assert page.status_code == 200
    # Every POST of the owner's works on their own record.
    assert client.post(f"/me/self-care/{ids['activity']}/done/", {"done": "yes"}).status_code == 302
    assert client.post(f"/me/journal/{ids['entry']}/delete/").status_code == 302
    assert not JournalEntry.objects.filter(pk=ids["entry"]).exists()


def test_meeting_checkins_are_for_members_and_show_only_ones_own(world):
    ids, people = world
    path = f"/me/meetings/{ids['occurrence']}/check-in/"
    chosen = re.compile(r'name="mood" value="\d"[^>]*checked')
    # The owner checked in before the meeting: their own page shows their answer ...
    assert chosen.search(client_for(people["owner"]).get(path).content.decode())
    # ... nobody else's does.
    for viewer in ("other member", "facilitator"):
        response = client_for(people[viewer]).get(path)
        assert response.status_code == 200
        assert not chosen.search(response.content.decode())
    # Staff are not members of the group.
    assert client_for(people["staff"]).get(path).status_code in (403, 404)


def test_the_group_trend_is_for_the_groups_facilitators_only(world):
    ids, people = world
    path = f"/wellbeing/meetings/{ids['occurrence']}/trend/"
    assert client_for(people["facilitator"]).get(path).status_code == 200
    assert client_for(people["other member"]).get(path).status_code == 403
    assert client_for(people["owner"]).get(path).status_code == 403
    assert client_for(people["staff"]).get(path).status_code in (403, 404)


def test_the_admin_does_not_expose_wellbeing(world):
    _ids, people = world
    registered = {model._meta.app_label for model in admin.site._registry}
    assert "wellbeing" not in registered
    client = client_for(people["staff"])
    index = client.get("/admin/")
    assert index.status_code == 200
    assert "wellbeing" not in index.content.decode().lower()
    for model in ("journalentry", "moodcheckin", "selfcheck", "milestone", "preferences"):
        assert client.get(f"/admin/wellbeing/{model}/").status_code == 404
    assert client.get("/admin/wellbeing/").status_code == 404
