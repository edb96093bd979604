import pytest
from django.test import Client
from django.urls import reverse

from peerhaven.errors import ActionRefused
from peerhaven.groups import services
from peerhaven.groups.models import Group, Membership
from peerhaven.notifications.models import Notification
from peerhaven.testing import add_member, make_group, make_person

pytestmark = pytest.mark.django_db


def join_via_page(client, group, **extra):
    data = {"accept": "on", "guidelines_version": group.guidelines_version, **extra}
    return client.post(reverse("groups:join", args=[group.slug]), data)


def test_joining_an_open_group_shows_the_guidelines_and_records_acceptance(client):
    facilitator = make_person("fern")
    group = make_group(facilitator, join_policy="open")
    newcomer = make_person("nia")
    client.force_login(newcomer)

    page = client.get(reverse("groups:join", args=[group.slug])).content.decode()
    assert "What is said here stays here." in page  # the group's guidelines
    assert "Code of conduct" in page  # and the platform's

    response = join_via_page(client, group)
    assert response.status_code == 302
    membership = Membership.objects.get(group=group, user=newcomer)
    assert membership.state == "active"
    assert membership.guidelines_version == group.guidelines_version
    assert membership.coc_version == 1 and membership.accepted_at is not None
    group.refresh_from_db()
    assert group.active_member_count == 2
    assert (
        "Members only: we meet on Tuesdays."
        in client.get(group.get_absolute_url()).content.decode()
    )


def test_joining_without_accepting_changes_nothing(client):
    group = make_group(make_person("fern"))
    client.force_login(make_person("nia"))
    response = client.post(reverse("groups:join", args=[group.slug]), {"guidelines_version": 1})
    assert response.status_code == 200
    assert (
        "Please accept the code of conduct and the guidelines to join." in response.content.decode()
    )
    assert not Membership.objects.filter(user__username="nia").exists()


def test_a_request_waits_for_a_facilitator_who_is_notified_and_the_requester_hears_back(client):
    facilitator = make_person("fern")
    group = make_group(facilitator, listing="private")
    requester = make_person("nia")
    client.force_login(requester)
    join_via_page(client, group, message="I lost my brother last spring.")
    membership = Membership.objects.get(group=group, user=requester)
    assert membership.state == "requested"
    assert membership.request_message == "I lost my brother last spring."
    assert Notification.objects.filter(user=facilitator, kind="join_requested").exists()

    client.force_login(facilitator)
    requests_page = client.get(reverse("groups:requests", args=[group.slug])).content.decode()
    assert "I lost my brother last spring." in requests_page
    client.post(
        reverse("groups:decide", args=[group.slug, membership.pk]),
        {"decision": "decline", "reason": "This group is for parents only."},
    )
    membership.refresh_from_db()
    assert membership.state == "declined" and membership.reason == "This group is for parents only."
    assert Notification.objects.filter(user=requester, kind="join_declined").exists()


def test_approving_a_request_makes_an_active_member(cast):
    services.decide_request(
        actor=cast.cofacilitator, membership=cast.requested_membership, approve=True
    )
    cast.requested_membership.refresh_from_db()
    assert cast.requested_membership.state == "active"
    assert Notification.objects.filter(user=cast.requested, kind="join_approved").exists()
    with pytest.raises(ActionRefused, match="already been answered"):
        services.decide_request(
            actor=cast.cofacilitator, membership=cast.requested_membership, approve=True
        )


def test_a_full_group_says_it_is_full(client):
    facilitator = make_person("fern")
    group = make_group(facilitator, member_cap=2)
    add_member(group, make_person("ann"))
    client.force_login(make_person("nia"))
    response = join_via_page(client, group)
    assert response.status_code == 200
    assert "This group is full" in response.content.decode()
    assert not Membership.objects.filter(user__username="nia").exists()


def test_the_last_facilitator_cannot_leave_or_step_down(cast):
    with pytest.raises(ActionRefused, match="always needs a facilitator"):
        services.leave_group(actor=cast.facilitator, group=cast.group)
    facilitator_membership = Membership.objects.get(group=cast.group, user=cast.facilitator)
    with pytest.raises(ActionRefused, match="always needs a facilitator"):
        services.change_role(
            actor=cast.facilitator,
            group=cast.group,
            membership_id=facilitator_membership.pk,
            role=1,
        )
    # With a second facilitator, the first may go.
    co = Membership.objects.get(group=cast.group, user=cast.cofacilitator)
    services.change_role(actor=cast.facilitator, group=cast.group, membership_id=co.pk, role=3)
    services.leave_group(actor=cast.facilitator, group=cast.group)
    assert Membership.objects.get(group=cast.group, user=cast.facilitator).state == "left"


def test_members_can_leave_at_any_time(client, cast):
    client.force_login(cast.member)
    client.post(reverse("groups:leave", args=[cast.group.slug]))
    cast.member_membership.refresh_from_db()
    assert cast.member_membership.state == "left"
    assert client.get(reverse("groups:space", args=[cast.group.slug])).status_code == 403


def test_removing_a_member_needs_a_reason_and_is_recorded(client, cast):
    client.force_login(cast.cofacilitator)
    url = reverse("groups:remove", args=[cast.group.slug, cast.member_membership.pk])
    client.post(url, {"reason": "   "})
    cast.member_membership.refresh_from_db()
    assert cast.member_membership.state == "active"
    client.post(url, {"reason": "Shared another member's story outside the group."})
    cast.member_membership.refresh_from_db()
    assert cast.member_membership.state == "removed"
    assert cast.member_membership.decided_by == cast.cofacilitator
    assert cast.member_membership.reason == "Shared another member's story outside the group."
    assert Notification.objects.filter(user=cast.member, kind="removed").exists()
    # A removed member cannot simply join again.
    with pytest.raises(ActionRefused, match="removed you"):
        services.join_group(
            actor=cast.member, group=cast.group, guidelines_version=cast.group.guidelines_version
        )


def test_a_cofacilitator_cannot_remove_a_facilitator(cast):
    facilitator_membership = Membership.objects.get(group=cast.group, user=cast.facilitator)
    with pytest.raises(ActionRefused):
        services.remove_member(
            actor=cast.cofacilitator,
            group=cast.group,
            membership_id=facilitator_membership.pk,
            reason="x",
        )


def test_hidden_groups_are_joined_through_an_invite_link(client):
    facilitator = make_person("fern")
    group = make_group(facilitator, listing="hidden")
    link = services.create_invite(actor=facilitator, group=group, days=7)
    guest = make_person("nia")
    client.force_login(guest)
    assert client.get(group.get_absolute_url()).status_code == 404
    page = client.get(link.get_absolute_url())
    assert page.status_code == 200 and group.name in page.content.decode()
    client.post(
        link.get_absolute_url(), {"accept": "on", "guidelines_version": group.guidelines_version}
    )
    assert Membership.objects.get(group=group, user=guest).state == "active"
    assert client.get(group.get_absolute_url()).status_code == 200


def test_a_revoked_or_expired_invite_says_so(client):
    from datetime import timedelta

    from django.utils import timezone

    facilitator = make_person("fern")
    group = make_group(facilitator, listing="hidden")
    revoked = services.create_invite(actor=facilitator, group=group, days=1)
    services.revoke_invite(actor=facilitator, group=group, invite_id=revoked.pk)
    expired = services.create_invite(actor=facilitator, group=group, days=1)
    type(expired).objects.filter(pk=expired.pk).update(
        expires_at=timezone.now() - timedelta(minutes=1)
    )
    client.force_login(make_person("nia"))
    for link, words in ((revoked, "withdrew it"), (expired, "has expired")):
        response = client.get(link.get_absolute_url())
        assert response.status_code == 410
        assert words in response.content.decode()
        client.post(link.get_absolute_url(), {"accept": "on", "guidelines_version": 1})
    assert not Membership.objects.filter(user__username="nia").exists()
    assert client.get("/groups/invite/not-a-token/").status_code == 404


def test_changed_guidelines_must_be_read_again(cast):
    newcomer = make_person("nia")
    old_version = cast.group.guidelines_version
    services.update_group(
        actor=cast.facilitator, group=cast.group, data={"guidelines": "New: no photos."}
    )
    cast.group.refresh_from_db()
    assert cast.group.guidelines_version == old_version + 1
    with pytest.raises(ActionRefused, match="changed while you were reading"):
        services.join_group(actor=newcomer, group=cast.group, guidelines_version=old_version)


def test_a_slug_collision_gets_a_new_slug():
    facilitator = make_person("fern")
    first = make_group(facilitator, name="Grief Circle")
    second = make_group(facilitator, name="Grief Circle")
    assert first.slug == "grief-circle" and second.slug == "grief-circle-2"


def test_script_in_a_description_is_rendered_inert(client):
    facilitator = make_person("fern")
    group = make_group(
        facilitator,
        description="<script>alert(1)</script> [x](javascript:alert(2)) <img src=x onerror=alert(3)> **ok**",
    )
    html = client.get(group.get_absolute_url()).content.decode()
    assert "<script>alert(1)" not in html
    assert 'href="javascript:' not in html
    assert "<img src=x" not in html and '<img src="x"' not in html
    assert "<strong>ok</strong>" in html


def test_an_in_person_group_needs_a_known_city_and_gets_close_matches(client):
    client.force_login(make_person("fern"))
    from peerhaven.groups.models import Language, Topic

    data = {
        "name": "Walk and Talk",
        "description": "We walk.",
        "topics": [Topic.objects.get(slug="depression").pk],
        "language": Language.objects.get(code="en").pk,
        "format": "in_person",
        "city": "Manchestr",
        "listing": "public",
        "join_policy": "open",
        "guidelines": "Be kind.",
    }
    response = client.post(reverse("groups:create"), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "We don&#x27;t know a city called" in html or "We don't know a city called" in html
    assert "Manchester" in html
    assert not Group.objects.filter(name="Walk and Talk").exists()

    response = client.post(reverse("groups:create"), {**data, "city": "Manchester, GB"})
    assert response.status_code == 302
    group = Group.objects.get(name="Walk and Talk")
    assert (group.city_name, group.country, group.time_zone) == (
        "Manchester",
        "GB",
        "Europe/London",
    )
    assert group.latitude == pytest.approx(53.48, abs=0.1)
    # The page names the country in the reader's language.
    page = client.get(group.get_absolute_url()).content.decode()
    assert "Manchester, United Kingdom" in page
    reader = Client()
    reader.force_login(make_person("lucia", language="es"))
    assert "Manchester, Reino Unido" in reader.get(group.get_absolute_url()).content.decode()


def test_a_member_cap_below_the_current_members_is_refused(cast):
    with pytest.raises(ActionRefused, match="cannot be below"):
        services.update_group(actor=cast.facilitator, group=cast.group, data={"member_cap": 2})


def test_the_header_menu_follows_joins_leaves_removals_and_renames_at_once(client):
    import re

    def menu(html: str) -> str:
        found = re.search(r"<summary>My groups</summary>(.*?)</ul>", html, re.S)
        return found.group(1) if found else ""

    fern = make_person("fern")
    mia = make_person("mia")
    circle = make_group(fern, name="Evening Circle", join_policy="open")
    walkers = make_group(fern, name="Morning Walkers", join_policy="open")
    client.force_login(mia)
    assert "Evening Circle" not in menu(client.get("/groups/").content.decode())
    join_via_page(client, circle)
    assert "Evening Circle" in menu(client.get("/groups/").content.decode())
    join_via_page(client, walkers)
    shown = menu(client.get("/groups/").content.decode())
    assert "Evening Circle" in shown and "Morning Walkers" in shown
    services.update_group(actor=fern, group=walkers, data={"name": "Dawn Walkers"})
    shown = menu(client.get("/groups/").content.decode())
    assert "Dawn Walkers" in shown and "Morning Walkers" not in shown
    services.leave_group(actor=mia, group=circle)
    assert "Evening Circle" not in menu(client.get("/groups/").content.decode())
    membership = Membership.objects.get(group=walkers, user=mia)
    services.remove_member(actor=fern, group=walkers, membership_id=membership.pk, reason="Spam")
    assert menu(client.get("/groups/").content.decode()) == ""
