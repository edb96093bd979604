""" "I tried this": one rating per member, counts for all, notes only to the group shared with."""

import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse

from peerhaven.coping import services
from peerhaven.coping.models import Rating, Strategy, wilson_lower_bound
from peerhaven.coping.testing import strategy_data
from peerhaven.errors import ActionRefused
from peerhaven.testing import add_member, make_person

pytestmark = pytest.mark.django_db


@pytest.fixture
def walk():
    return Strategy.objects.get(starter_key="ten-minute-walk")


def rate_url(strategy) -> str:
    return reverse("coping:rate", args=[strategy.pk])


def test_rating_updates_the_counters_and_the_score_at_once(client, cast, walk):
    client.force_login(cast.member)
    response = client.post(rate_url(walk), {"outcome": "helped_a_lot", "note": "Round the block."})
    assert response.status_code == 302
    walk.refresh_from_db()
    assert (walk.helped_a_lot_count, walk.helped_a_bit_count, walk.not_for_me_count) == (1, 0, 0)
    assert walk.score == pytest.approx(wilson_lower_bound(1, 1))
    # Updating replaces the one rating: still one, the counters move.
    client.post(rate_url(walk), {"outcome": "not_for_me"})
    walk.refresh_from_db()
    assert Rating.objects.filter(strategy=walk, user=cast.member).count() == 1
    assert (walk.helped_a_lot_count, walk.not_for_me_count, walk.score) == (0, 1, 0.0)
    client.post(rate_url(walk), {"remove": "1"})
    walk.refresh_from_db()
    assert walk.tried_count == 0 and not Rating.objects.filter(strategy=walk).exists()


def test_one_rating_per_member_per_strategy_in_the_database(cast, walk):
    Rating.objects.create(strategy=walk, user=cast.member, outcome="helped_a_bit")
    with pytest.raises(IntegrityError), transaction.atomic():
        Rating.objects.create(strategy=walk, user=cast.member, outcome="helped_a_lot")


@pytest.mark.parametrize("outcome", ["helped_enormously", "", "1"])
def test_a_rating_value_that_does_not_exist_changes_nothing(client, cast, walk, outcome):
    client.force_login(cast.member)
    response = client.post(rate_url(walk), {"outcome": outcome}, follow=True)
    assert response.status_code == 200
    assert "Choose how it went: helped a lot, helped a bit, or not for me." in (
        response.content.decode()
    )
    assert not Rating.objects.exists()
    walk.refresh_from_db()
    assert walk.tried_count == 0
    with pytest.raises(ActionRefused):
        services.rate_strategy(actor=cast.member, strategy=walk, outcome=outcome)


def test_a_note_over_500_characters_changes_nothing(client, cast, walk):
    client.force_login(cast.member)
    response = client.post(
        rate_url(walk), {"outcome": "helped_a_lot", "note": "x" * 501}, follow=True
    )
    assert "Keep the note to 500 characters or fewer." in response.content.decode()
    assert not Rating.objects.exists()


def test_rating_a_strategy_one_cannot_see_is_refused(client, cast):
    ours = services.create_strategy(actor=cast.member, data=strategy_data(group=cast.group))
    client.force_login(cast.outsider)
    assert client.post(rate_url(ours), {"outcome": "helped_a_lot"}).status_code == 403
    assert (
        client.post("/strategies/987654321/rate/", {"outcome": "helped_a_lot"}).status_code == 404
    )
    client.logout()
    response = client.post(rate_url(ours), {"outcome": "helped_a_lot"})
    assert response.status_code == 302 and response["Location"].startswith("/account/login/")
    assert not Rating.objects.exists()
    with pytest.raises(Exception):  # noqa: B017 (PermissionDenied from access.check)
        services.rate_strategy(actor=cast.outsider, strategy=ours, outcome="helped_a_lot")
    assert not Rating.objects.exists()


def test_counts_for_everyone_notes_only_for_the_group_shared_with(client, cast, walk):
    services.rate_strategy(
        actor=cast.member,
        strategy=walk,
        outcome="helped_a_lot",
        note="Walking to the river every evening.",
        group=cast.group,
    )
    services.rate_strategy(
        actor=cast.other_group_member, strategy=walk, outcome="helped_a_bit", note="Mine alone."
    )
    url = walk.get_absolute_url()
    for viewer in (None, cast.outsider, cast.requested):
        if viewer:
            client.force_login(viewer)
        html = client.get(url).content.decode()
        assert "Helped a lot: 1 member" in html and "Helped a bit: 1 member" in html
        assert "Walking to the river" not in html and "Mine alone." not in html
    client.force_login(cast.facilitator)
    html = client.get(url).content.decode()
    assert "Walking to the river every evening." in html and "Mine alone." not in html
    client.force_login(cast.other_group_member)
    html = client.get(url).content.decode()
    assert "Mine alone." in html and "Walking to the river" not in html


def test_sharing_with_a_group_one_is_not_in_is_refused(client, cast, walk):
    client.force_login(cast.outsider)
    response = client.post(
        rate_url(walk), {"outcome": "helped_a_lot", "share": cast.group.slug}, follow=True
    )
    assert "Choose one of your groups, or nobody." in response.content.decode()
    assert not Rating.objects.exists()
    with pytest.raises(ActionRefused):
        services.rate_strategy(
            actor=cast.outsider, strategy=walk, outcome="helped_a_lot", group=cast.group
        )


def test_a_group_only_strategys_ratings_belong_to_its_group(cast):
    ours = services.create_strategy(actor=cast.member, data=strategy_data(group=cast.group))
    rating = services.rate_strategy(actor=cast.facilitator, strategy=ours, outcome="helped_a_bit")
    assert rating.group == cast.group


def test_erasing_a_member_takes_their_ratings_out_of_the_counts(cast, walk):
    from peerhaven.accounts import data_rights

    services.rate_strategy(actor=cast.member, strategy=walk, outcome="helped_a_lot")
    services.rate_strategy(actor=cast.facilitator, strategy=walk, outcome="not_for_me")
    mine = services.create_strategy(actor=cast.member, data=strategy_data(title="Mine to keep"))
    services.save_to_toolkit(actor=cast.member, strategy=walk)
    section = next(s for s in data_rights.sections() if s.name == "coping")
    exported = section.export(cast.member)
    assert exported["ratings"][0]["outcome"] == "helped_a_lot"
    assert exported["strategies_shared"][0]["title"] == "Mine to keep"
    assert exported["toolkit"] == [walk.title]
    section.erase(cast.member)
    walk.refresh_from_db()
    assert (walk.helped_a_lot_count, walk.not_for_me_count) == (0, 1)
    assert walk.score == 0.0
    mine.refresh_from_db()
    assert mine.author is None  # kept for those it helps


def test_many_members_rating_move_the_score_like_the_formula(walk):
    people = [make_person(f"rater{number}") for number in range(12)]
    for number, person in enumerate(people):
        services.rate_strategy(
            actor=person,
            strategy=walk,
            outcome="not_for_me" if number % 4 == 0 else "helped_a_bit",
        )
    walk.refresh_from_db()
    assert (walk.helped_count, walk.tried_count) == (9, 12)
    assert walk.score == pytest.approx(wilson_lower_bound(9, 12))
    services.recount([walk.pk])
    walk.refresh_from_db()
    assert (walk.helped_count, walk.tried_count) == (9, 12)


def test_a_member_who_left_keeps_their_rating_but_loses_the_group_notes(client, cast, walk):
    leaver = make_person("leaver")
    membership = add_member(cast.group, leaver)
    services.rate_strategy(
        actor=cast.member,
        strategy=walk,
        outcome="helped_a_lot",
        note="Group note",
        group=cast.group,
    )
    client.force_login(leaver)
    assert "Group note" in client.get(walk.get_absolute_url()).content.decode()
    membership.state = "left"
    membership.save()
    assert "Group note" not in client.get(walk.get_absolute_url()).content.decode()
