"""The group feed is kept per reader in the cache; whatever changes what a reader may see
shows at their next request, and a reader who may no longer see the group is refused at once."""

import pytest

from peerhaven.api.tests.conftest import ApiClient, token_for
from peerhaven.groups import services as group_services
from peerhaven.safety import services as safety_services
from peerhaven.sharing import services as sharing_services

pytestmark = pytest.mark.django_db


@pytest.fixture
def mia(cast):
    return ApiClient(token_for(cast.member))


def feed(api, cast, **params) -> list[str]:
    response = api.get(f"/groups/{cast.group.slug}/posts", params or None)
    assert response.status_code == 200, response.content
    return [item["body_html"] for item in response.json()["items"]]


def test_a_repeated_read_asks_the_database_nothing(cast, mia, django_assert_num_queries):
    for number in range(20):
        sharing_services.create_post(actor=cast.cofacilitator, group=cast.group, body=f"P{number}")
    first = feed(mia, cast)
    with django_assert_num_queries(0):
        assert feed(mia, cast) == first


def test_new_edited_and_removed_posts_show_at_once(cast, mia):
    feed(mia, cast)
    post = sharing_services.create_post(actor=cast.cofacilitator, group=cast.group, body="Fresh")
    assert feed(mia, cast)[0] == "<p>Fresh</p>\n"
    sharing_services.edit_post(actor=cast.cofacilitator, post=post, body="Fresher")
    assert feed(mia, cast)[0] == "<p>Fresher</p>\n"
    sharing_services.remove_post(actor=cast.facilitator, post=post, reason="Off topic.")
    assert "<p>Fresher</p>\n" not in feed(mia, cast)


def test_reactions_and_replies_count_at_once(cast, mia):
    before = mia.get(f"/groups/{cast.group.slug}/posts").json()["items"][0]
    assert before["reply_count"] == 1
    sharing_services.create_reply(actor=cast.facilitator, post=cast.post, body="Same here.")
    sharing_services.react(actor=cast.facilitator, kind="same_here", post=cast.post)
    after = mia.get(f"/groups/{cast.group.slug}/posts").json()["items"][0]
    assert after["reply_count"] == 2
    assert {"kind": "same_here", "count": 1} in after["reactions"]


def test_blocking_and_hiding_a_warning_apply_at_once(cast, mia):
    sharing_services.create_post(
        actor=cast.cofacilitator, group=cast.group, body="About my pills", warnings=["medical"]
    )
    assert "<p>About my pills</p>\n" in feed(mia, cast)
    sharing_services.set_reading_preference(actor=cast.member, choices={"medical": "hide"})
    assert len(feed(mia, cast)) == 1
    sharing_services.set_reading_preference(actor=cast.member, choices={})
    assert len(feed(mia, cast)) == 2
    safety_services.block(actor=cast.member, other=cast.cofacilitator)
    assert len(feed(mia, cast)) == 1


def test_a_member_removed_from_the_group_is_refused_at_once(cast, mia):
    feed(mia, cast)
    group_services.remove_member(
        actor=cast.facilitator,
        group=cast.group,
        membership_id=cast.member_membership.pk,
        reason="Asked to leave.",
    )
    assert mia.get(f"/groups/{cast.group.slug}/posts").status_code == 403


def test_a_group_made_hidden_or_renamed_is_decided_again(cast, mia):
    outsider = ApiClient(token_for(cast.outsider))
    assert outsider.get(f"/groups/{cast.group.slug}/posts").status_code == 403
    feed(mia, cast)
    old = cast.group.slug
    cast.group.slug = "renamed-circle"
    cast.group.save()
    assert mia.get(f"/groups/{old}/posts").status_code == 404
    assert mia.get("/groups/renamed-circle/posts").status_code == 200


def test_a_name_change_shows_in_the_feed(cast, mia):
    sharing_services.create_post(actor=cast.cofacilitator, group=cast.group, body="Hi")
    first = mia.get(f"/groups/{cast.group.slug}/posts").json()["items"][0]
    assert first["author"] == "Cole"
    cast.cofacilitator.display_name = "Nicole"
    cast.cofacilitator.save()
    again = mia.get(f"/groups/{cast.group.slug}/posts").json()["items"][0]
    assert again["author"] == "Nicole"


def test_a_revoked_or_deactivated_token_is_refused_at_once(cast, mia):
    from peerhaven.api import services as api_services
    from peerhaven.api.models import ApiToken

    feed(mia, cast)
    api_services.revoke_token(actor=cast.member, token_id=ApiToken.objects.get(user=cast.member).pk)
    assert mia.get(f"/groups/{cast.group.slug}/posts").status_code == 401
    other = ApiClient(token_for(cast.cofacilitator))
    feed(other, cast)
    cast.cofacilitator.is_active = False
    cast.cofacilitator.save(update_fields=["is_active", "session_epoch"])
    assert other.get(f"/groups/{cast.group.slug}/posts").status_code == 401
