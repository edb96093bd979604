"""Named people for tests, shared by every app's tests, and the groups and
meetings they meet in."""

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from pathlib import Path

from django.utils import timezone

from peerhaven.accounts.models import User

PASSWORD = "a calm river at dawn 42"

# Where browser tests leave their screenshots (ignored by git).
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"


def log_in(page, base: str, username: str) -> None:
    """Sign in through the real login form in a Playwright page (password PASSWORD)."""
    page.goto(base + "/account/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password:", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(base + "/")


def assert_checkbox_beside_its_label(page, label: str) -> None:
    """The checkbox labelled ``label`` sits on its own label's line, in a block of its own
    (not beside the next field's label, or beside the form's button)."""
    box = page.get_by_label(label)
    assert box.evaluate("b => b.parentElement.querySelectorAll('label').length") == 1
    text = page.locator(f"label[for='{box.get_attribute('id')}']").bounding_box()
    middle = box.bounding_box()["y"] + box.bounding_box()["height"] / 2
    assert text["y"] <= middle <= text["y"] + text["height"]


def make_person(username: str, **fields) -> User:
    fields.setdefault("coc_version", 1)
    # People in tests have been members for a while, unless a test says otherwise
    # (new accounts have their own limits).
    fields.setdefault("date_joined", timezone.now() - timedelta(days=30))
    fields.setdefault("coc_accepted_at", timezone.now())
    user = User(username=username, **fields)
    user.set_password(PASSWORD)
    user.save()
    return user


def all_url_paths(junk: str = "junk") -> list[str]:
    """Every URL pattern of the project, with each argument filled by junk.

    Integer converters get a large id that exists nowhere; other converters get
    `junk`. Used by the test that no URL answers 500.
    """
    import re

    from django.urls import URLPattern, URLResolver, get_resolver

    paths: list[str] = []

    def fill(pattern: str) -> str:
        pattern = pattern.lstrip("^").rstrip("$").replace("\\Z", "").replace("\\", "")
        pattern = re.sub(r"<int:\w+>", "987654321", pattern)
        pattern = re.sub(r"<(?:\w+:)?\w+>", junk, pattern)
        pattern = re.sub(r"\(\?P<\w+>[^)]*\)", junk, pattern)
        return pattern

    def walk(patterns, prefix: str) -> None:
        for entry in patterns:
            text = fill(str(entry.pattern))
            if isinstance(entry, URLResolver):
                walk(entry.url_patterns, prefix + text)
            elif isinstance(entry, URLPattern):
                paths.append("/" + (prefix + text).lstrip("/"))

    walk(get_resolver().url_patterns, "")
    return sorted(set(paths))


# --- Groups and meetings with people in them --------------------------------
# A facilitator, a co-facilitator, a member, a pending member, a removed
# member, a member of another group, an outsider and staff.


def make_group(
    facilitator, *, name="Evening Anxiety Circle", listing="public", join_policy="open", **extra
):
    from peerhaven.groups import cities, services
    from peerhaven.groups.models import Language, Topic

    data = {
        "name": name,
        "description": "A calm place to talk about anxiety.",
        "topics": list(Topic.objects.filter(slug__in=["anxiety"])),
        "audiences": [],
        "language": Language.objects.get(code="en"),
        "format": "online",
        "city": None,
        "time_zone": "Europe/London",
        "listing": listing,
        "join_policy": join_policy,
        "member_cap": None,
        "guidelines": "Be kind. What is said here stays here.",
        "members_note": "Members only: we meet on Tuesdays.",
    }
    data.update(extra)
    if isinstance(data.get("city"), str):
        data["city"] = cities.resolve(data["city"])
    return services.create_group(actor=facilitator, data=data)


def add_member(group, user, *, role=1, state="active"):
    from peerhaven.groups.models import Group, Membership

    membership = Membership.objects.create(
        group=group,
        user=user,
        role=role,
        state=state,
        guidelines_version=group.guidelines_version,
        coc_version=1,
        accepted_at=timezone.now() if state == "active" else None,
    )
    if state == "active":
        Group.objects.filter(pk=group.pk).update(active_member_count=group.active_member_count + 1)
        group.refresh_from_db()
    return membership


@dataclass
class Cast:
    group: object
    facilitator: object
    cofacilitator: object
    member: object
    requested: object
    removed: object
    other_group_member: object
    outsider: object
    staff: object
    member_membership: object
    requested_membership: object
    invite: object
    occurrence: object
    post: object
    reply: object


def build_cast(listing: str = "public") -> Cast:
    from allauth.mfa.models import Authenticator

    from peerhaven.groups import services
    from peerhaven.groups.models import Membership

    facilitator = make_person("fern", display_name="Fern")
    group = make_group(facilitator, listing=listing)
    cofacilitator = make_person("cole", display_name="Cole")
    add_member(group, cofacilitator, role=Membership.Role.COFACILITATOR)
    member = make_person("mia", display_name="Mia")
    member_membership = add_member(group, member)
    requested = make_person("reed", display_name="Reed")
    requested_membership = add_member(group, requested, state=Membership.State.REQUESTED)
    removed = make_person("rory", display_name="Rory")
    add_member(group, removed, state=Membership.State.REMOVED)
    other_facilitator = make_person("olga", display_name="Olga")
    other_group = make_group(other_facilitator, name="Other Group")
    other_group_member = make_person("otto", display_name="Otto")
    add_member(other_group, other_group_member)
    outsider = make_person("ozzy", display_name="Ozzy")
    staff = make_person("stella", display_name="Stella", is_staff=True)
    Authenticator.objects.create(
        user=staff, type=Authenticator.Type.TOTP, data={"secret": "JBSWY3DPEHPK3PXP"}
    )
    group.refresh_from_db()
    invite = services.create_invite(actor=facilitator, group=group, days=7)
    occurrence = schedule(facilitator, group)
    from peerhaven.sharing import services as sharing_services

    post = sharing_services.create_post(
        actor=member, group=group, kind="question", body="How do you sleep before a hard day?"
    )
    reply = sharing_services.create_reply(
        actor=cofacilitator, post=post, body="A warm shower helps me."
    )
    return Cast(
        group=group,
        facilitator=facilitator,
        cofacilitator=cofacilitator,
        member=member,
        requested=requested,
        removed=removed,
        other_group_member=other_group_member,
        outsider=outsider,
        staff=staff,
        member_membership=member_membership,
        requested_membership=requested_membership,
        invite=invite,
        occurrence=occurrence,
        post=post,
        reply=reply,
    )


def schedule(facilitator, group, *, days_ahead: int = 3, **extra):
    """Schedule a meeting `days_ahead` days from now at 19:00 group time; returns its first occurrence."""
    from peerhaven.meetings import services as meeting_services

    day = (timezone.now() + timedelta(days=days_ahead)).date()
    data = {
        "title": "Tuesday circle",
        "description": "",
        "format": "online" if group.format == "online" else group.format,
        "local_start": datetime.combine(day, time(19, 0)),
        "duration_minutes": 90,
        "repeat": "none",
        "venue_name": "Community Centre",
        "area": "Old Town",
        "address": "12 Secret Street, Flat 3",
        "directions": "Ring the blue bell.",
        "video_url": "https://video.example.org/room-42",
        "capacity_in_person": None,
        "capacity_online": None,
    }
    data.update(extra)
    meeting = meeting_services.schedule_meeting(actor=facilitator, group=group, data=data)
    return meeting.occurrences.order_by("start").first()
