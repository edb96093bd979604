"""`peerhaven bench-seed`: the synthetic data set the benchmarks run on, small here."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection
from django.db.models import Count, Q
from django.utils import timezone

from peerhaven.accounts.models import User
from peerhaven.groups import search
from peerhaven.groups.management.commands import bench_seed
from peerhaven.groups.models import Group, Membership

pytestmark = pytest.mark.django_db

GROUPS = 50
MEMBERS = 200


def seed(**options) -> str:
    out = StringIO()
    call_command("bench_seed", groups=GROUPS, members=MEMBERS, seed=7, stdout=out, **options)
    return out.getvalue()


def indexed_ids() -> set[int]:
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT rowid FROM groups_search")
        else:
            cursor.execute("SELECT id FROM groups_search_entry")
        return {row[0] for row in cursor.fetchall()}


def test_makes_the_members_groups_and_memberships_asked_for():
    output = seed()

    assert "bench-seed: 200 members, 50 groups" in output
    members = User.objects.filter(username__startswith="bench_")
    assert members.count() == MEMBERS
    assert set(members.values_list("username", flat=True)) >= {"bench_000001", "bench_000200"}
    # One password hash for everyone, and it is a working one.
    assert members.values("password").distinct().count() == 1
    assert members.get(username="bench_000042").check_password(bench_seed.BENCH_PASSWORD)
    assert not members.filter(coc_accepted_at__isnull=True).exists()

    groups = Group.objects.all()
    assert groups.count() == GROUPS
    assert {group.listing for group in groups} == {"public", "private", "hidden"}
    assert {group.format for group in groups} == {"online", "in_person", "hybrid"}
    assert not groups.filter(topics__isnull=True).exists()
    # In-person and hybrid groups have a city with coordinates; online ones have none.
    for group in groups:
        if group.format == "online":
            assert group.city_geonameid is None and group.latitude is None
        else:
            assert group.city_name and group.latitude is not None and group.longitude is not None
        assert group.description_html.startswith("<p>") and group.guidelines_html
        assert group.created_by.username.startswith("bench_")

    now = timezone.now()
    assert not groups.filter(created_at__lt=now - timedelta(days=731)).exists()
    soon = groups.filter(next_meeting_at__isnull=False)
    assert 0 < soon.count() < GROUPS
    assert not soon.filter(next_meeting_at__gt=now + timedelta(days=14, minutes=1)).exists()
    assert not soon.filter(next_meeting_at__lt=now - timedelta(minutes=1)).exists()


def test_active_member_count_is_the_real_count_with_one_facilitator_each():
    seed()

    groups = Group.objects.annotate(
        active=Count("memberships", filter=Q(memberships__state=Membership.State.ACTIVE)),
        facilitators=Count(
            "memberships",
            filter=Q(
                memberships__state=Membership.State.ACTIVE,
                memberships__role=Membership.Role.FACILITATOR,
            ),
        ),
    )
    for group in groups:
        assert group.active_member_count == group.active, group.slug
        assert group.facilitators == 1, group.slug
        assert group.active >= 3  # a facilitator and a few members at least
        if group.member_cap is not None:
            assert group.member_cap >= max(2, group.active_member_count)
        facilitator = group.memberships.get(role=Membership.Role.FACILITATOR)
        assert facilitator.user_id == group.created_by_id
    states = set(Membership.objects.values_list("state", flat=True))
    assert {"active", "requested", "left"} <= states
    assert not Membership.objects.filter(state="active", accepted_at__isnull=True).exists()


def test_hidden_groups_are_not_in_the_search_index():
    seed()

    hidden = list(Group.objects.filter(listing=Group.Listing.HIDDEN))
    listed = list(Group.objects.exclude(listing=Group.Listing.HIDDEN))
    assert hidden, "the seed should make some hidden groups"
    assert indexed_ids() == {group.pk for group in listed}
    for group in hidden:
        assert group.pk not in search.scores(group.name)
    # The listed ones are found by their own name, and common and selective terms both work.
    for group in listed[:10]:
        assert group.pk in search.scores(group.name)
    assert len(search.scores("support")) > len(listed) / 3


def test_pages_work_on_the_seeded_data(client):
    seed()

    group = Group.objects.filter(listing=Group.Listing.PUBLIC).order_by("pk").first()
    active = group.memberships.filter(state=Membership.State.ACTIVE, role=1, user__language="en")
    member = active.first().user
    client.force_login(member)
    response = client.get(group.get_absolute_url())
    assert response.status_code == 200
    assert "You are a member." in response.text
    response = client.get("/groups/", {"q": "support", "near": "London", "radius_km": 50})
    assert response.status_code == 200


def test_refuses_to_run_twice():
    seed()

    with pytest.raises(CommandError, match="already") as refused:
        seed()

    assert refused.value.returncode == bench_seed.ALREADY_SEEDED
    assert User.objects.filter(username__startswith="bench_").count() == MEMBERS
    assert Group.objects.count() == GROUPS


def test_refuses_impossible_sizes():
    with pytest.raises(CommandError, match="at least"):
        call_command("bench_seed", groups=0, members=10, stdout=StringIO())
