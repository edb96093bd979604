"""bench-seed's coping step: strategies and ratings in bulk, counters exactly as the service keeps them."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.models import Count, Q

from peerhaven.coping.models import Rating, Strategy, wilson_lower_bound
from peerhaven.groups import search
from peerhaven.groups.management.commands import bench_seed
from peerhaven.groups.models import Membership

pytestmark = pytest.mark.django_db


def test_bench_seed_makes_one_strategy_per_group_and_ten_ratings_per_member():
    assert "strategies and ratings" in [step.name for step in bench_seed.STEPS]
    out = StringIO()
    call_command("bench_seed", groups=40, members=300, seed=3, stdout=out)
    assert "40 strategies" in out.getvalue() and "3,000 ratings" in out.getvalue()
    made = Strategy.objects.filter(is_starter=False)
    assert made.count() == 40
    assert Rating.objects.count() == 3000
    assert Rating.objects.values("user").distinct().count() == 300
    # The counters and scores are those of the ratings.
    for strategy in made.annotate(
        tried=Count("ratings"),
        helped=Count("ratings", filter=Q(ratings__outcome__in=Rating.HELPED)),
    ):
        assert strategy.tried_count == strategy.tried
        assert strategy.helped_count == strategy.helped
        assert strategy.score == pytest.approx(wilson_lower_bound(strategy.helped, strategy.tried))
    # Group-only strategies are rated only by their group's active members, in that group.
    for rating in Rating.objects.filter(strategy__group__isnull=False).select_related("strategy"):
        assert rating.group_id == rating.strategy.group_id
        assert Membership.objects.filter(
            group_id=rating.group_id, user_id=rating.user_id, state="active"
        ).exists()
    assert not made.filter(categories__isnull=True).exists()
    # Every strategy, the starters too, is in the search index.
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT rowid FROM coping_search")
        else:
            cursor.execute("SELECT id FROM coping_strategy WHERE search_vector IS NOT NULL")
        indexed = {row[0] for row in cursor.fetchall()}
    assert indexed == set(Strategy.objects.values_list("pk", flat=True))
    assert search.scores("walk", search.STRATEGIES)
