"""Bad input gets a documented JSON error and changes nothing; nothing answers 500."""

import json

import pytest
from django.test import Client

from peerhaven.api.tests.conftest import ApiClient, token_for
from peerhaven.sharing.models import Post

pytestmark = pytest.mark.django_db


def error(response, status: int, code: str | None = None) -> dict:
    assert response.status_code == status, response.content
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert isinstance(body["message"], str) and body["message"]
    if code:
        assert body["code"] == code
    return body


@pytest.fixture
def mia(cast):
    return ApiClient(token_for(cast.member))


def test_wrong_types_are_422_with_where(cast, mia):
    slug = cast.group.slug
    body = error(mia.post(f"/groups/{slug}/posts", {"body": 12, "anonymous": "maybe"}), 422)
    assert body["code"] == "invalid"
    places = {tuple(item["loc"][-1:]) for item in body["errors"]}
    assert ("body",) in places and ("anonymous",) in places
    error(mia.get("/groups", {"radius_km": "far"}), 422, "invalid")
    error(mia.get("/groups", {"soon": "perhaps"}), 422, "invalid")
    error(mia.post(f"/meetings/{cast.occurrence.pk}/rsvp", {"going": "soon"}), 422, "invalid")


def test_missing_and_unknown_fields_are_422(cast, mia):
    slug = cast.group.slug
    error(mia.post(f"/groups/{slug}/posts", {}), 422, "invalid")
    body = error(mia.post(f"/groups/{slug}/posts", {"body": "Hi", "colour": "blue"}), 422)
    assert any(item["loc"][-1] == "colour" for item in body["errors"])
    error(mia.patch("/me", {"username": "someone-else"}), 422, "invalid")
    assert Post.objects.filter(group=cast.group).count() == 1


def test_an_error_never_echoes_what_was_sent(cast, mia):
    secret = "ZEBRA-SENTINEL-5521"
    response = mia.post(f"/groups/{cast.group.slug}/posts", {"body": 5, "kind": secret})
    assert secret not in response.content.decode()


def test_a_body_that_is_not_json_is_400(cast, mia):
    response = mia.client.post(
        f"/api/v1/groups/{cast.group.slug}/posts",
        "{not json",
        content_type="application/json",
        headers=mia.headers,
    )
    error(response, 400, "bad_request")


def test_a_body_over_one_megabyte_is_413(cast, mia, client):
    huge = json.dumps({"body": "a" * (1024 * 1024 + 10)})
    for content_type in ("application/json", "application/x-www-form-urlencoded", "text/plain"):
        response = mia.client.post(
            f"/api/v1/groups/{cast.group.slug}/posts",
            huge,
            content_type=content_type,
            headers=mia.headers,
        )
        error(response, 413, "too_large")
    # Through the session too, where the CSRF check reads the form first.
    client.force_login(cast.member)
    response = client.post(
        f"/api/v1/groups/{cast.group.slug}/posts",
        "a=" + "b" * (1024 * 1024 + 10),
        content_type="application/x-www-form-urlencoded",
    )
    error(response, 413, "too_large")
    assert Post.objects.filter(group=cast.group).count() == 1


def test_a_post_longer_than_the_limit_is_422(cast, mia):
    error(mia.post(f"/groups/{cast.group.slug}/posts", {"body": "a" * 10_001}), 422, "invalid")


@pytest.mark.parametrize("cursor", ["junk", "!!!", "cTox", "bzotNQ", "MjAyNi0wMS0wMXw1", "x" * 199])
def test_invalid_cursors_are_400(cast, mia, cursor):
    slug = cast.group.slug
    error(mia.get(f"/groups/{slug}/posts", {"cursor": cursor}), 400, "bad_cursor")
    error(mia.get(f"/groups/{slug}/posts", {"after": cursor}), 400, "bad_cursor")
    error(mia.get("/groups", {"cursor": cursor}), 400, "bad_cursor")
    error(mia.get(f"/groups/{slug}/members", {"cursor": cursor}), 400, "bad_cursor")
    error(mia.get("/notifications", {"cursor": cursor}), 400, "bad_cursor")


def test_nul_characters_are_refused_not_stored(cast, mia):
    slug = cast.group.slug
    error(mia.post(f"/groups/{slug}/posts", {"body": "hello\x00there"}), 422, "invalid")
    error(mia.get("/groups", {"q": "calm\x00"}), 422, "invalid")
    error(mia.get("/groups", {"near": "Lon\x00don"}), 422, "invalid")


def test_unknown_filters_values_are_422_with_a_code(mia):
    error(mia.get("/groups", {"topic": "no-such-topic"}), 422, "unknown_topic")
    error(mia.get("/groups", {"language": "zz"}), 422, "unknown_language")
    body = error(mia.get("/groups", {"near": "Londn"}), 422, "unknown_city")
    assert "London" in body["message"]  # the close matches, as on the page


def test_unknown_paths_and_huge_ids_are_json(mia):
    error(mia.get("/no/such/thing"), 404, "not_found")
    error(mia.get("/groups/bad slug!"), 404, "not_found")
    error(mia.get("/posts/99999999999999999999999"), 422, "invalid")
    error(mia.get("/posts/9007199254740991"), 404, "not_found")
    error(mia.get("/meetings/0"), 422, "invalid")


def test_a_refused_action_is_409_with_the_services_code(cast, mia):
    slug = cast.group.slug
    body = error(mia.post(f"/groups/{slug}/join", {"accept": True, "guidelines_version": 1}), 409)
    assert body["code"] == "already_member"
    error(
        mia.post(f"/groups/{slug}/posts", {"body": "Hi", "kind": "check_in"}), 409, "mood_required"
    )


def test_joining_without_accepting_is_422(cast):
    api = ApiClient(token_for(cast.outsider))
    error(
        api.post(f"/groups/{cast.group.slug}/join", {"accept": False, "guidelines_version": 1}),
        422,
        "accept_required",
    )


def test_session_writes_need_the_csrf_token(cast):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(cast.member)
    # Reads need nothing more than the session.
    assert browser.get("/api/v1/me").status_code == 200
    response = browser.patch("/api/v1/me", {"pronouns": "x"}, content_type="application/json")
    error(response, 403, "csrf_failed")
    # With the token from a page (the docs page carries one), the write goes through.
    page = browser.get("/api/v1/docs").content.decode()
    token = page.split('data-csrf-token="')[1].split('"')[0]
    response = browser.patch(
        "/api/v1/me",
        {"pronouns": "they/them"},
        content_type="application/json",
        headers={"X-CSRFToken": token},
    )
    assert response.status_code == 200
    assert response.json()["pronouns"] == "they/them"


def test_anonymous_writes_are_401_not_a_csrf_error(cast):
    response = Client(enforce_csrf_checks=True).post(
        f"/api/v1/groups/{cast.group.slug}/posts", {"body": "Hi"}, content_type="application/json"
    )
    error(response, 401, "login_required")


def test_rate_limits_answer_429_with_retry_after(cast, mia, settings):
    settings.PEERHAVEN_API_RATES = {"member": (3, 60), "visitor": (2, 60)}
    codes = [mia.get("/me").status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]
    response = mia.get("/me")
    error(response, 429, "rate_limited")
    assert 1 <= int(response["Retry-After"]) <= 60
    visitor = ApiClient()
    assert [visitor.get("/topics").status_code for _ in range(3)] == [200, 200, 429]


def test_write_limits_count_writes_only(cast, mia, settings):
    settings.PEERHAVEN_API_RATES = {"write": (2, 60)}
    assert mia.put("/me/reading-preferences", {"warnings": {}}).status_code == 200
    assert mia.put("/me/reading-preferences", {"warnings": {}}).status_code == 200
    error(mia.put("/me/reading-preferences", {"warnings": {}}), 429, "rate_limited")
    assert mia.get("/me").status_code == 200


def test_the_page_rate_limits_apply_to_the_api_too(cast, mia, monkeypatch):
    from peerhaven.safety import ratelimit

    monkeypatch.setitem(ratelimit.LIMITS, "post", (1, 1, 3600))
    slug = cast.group.slug
    ratelimit.check("post", user=cast.member)  # one post through the pages
    response = mia.post(f"/groups/{slug}/posts", {"body": "Hello again."})
    error(response, 429, "rate_limited")
    assert int(response["Retry-After"]) >= 1


def test_wrong_method_is_405_with_a_json_body(mia):
    body = error(mia.delete("/topics"), 405, "method_not_allowed")
    assert "DELETE" in body["message"]
    response = mia.put("/me/journal", {"body": "x"})
    error(response, 405, "method_not_allowed")
    assert set(response["Allow"].replace(" ", "").split(",")) == {"GET", "POST"}


def test_joining_is_rate_limited_like_the_join_page(cast, monkeypatch):
    from peerhaven.groups.models import Membership
    from peerhaven.safety import ratelimit
    from peerhaven.testing import make_group

    monkeypatch.setitem(ratelimit.LIMITS, "join_request", (1, 100, 3600))
    api = ApiClient(token_for(cast.outsider))
    first = make_group(cast.facilitator, name="First circle", listing="private")
    second = make_group(cast.facilitator, name="Second circle", listing="private")
    join = {"accept": True, "guidelines_version": 1}
    assert api.post(f"/groups/{first.slug}/join", join).status_code == 200
    response = api.post(f"/groups/{second.slug}/join", join)
    error(response, 429, "rate_limited")
    assert int(response["Retry-After"]) >= 1
    assert not Membership.objects.filter(group=second, user=cast.outsider).exists()


@pytest.mark.parametrize(
    "path", ["/me/mood-checkins", "/me/journal", "/me/self-checks", "/strategies"]
)
def test_invalid_cursors_on_the_other_lists_are_400(mia, path):
    for cursor in ("junk", "!!!", "bzotNQ"):
        error(mia.get(path, {"cursor": cursor}), 400, "bad_cursor")


@pytest.mark.parametrize(
    "path, body, extra",
    [
        ("/me/mood-checkins", {"mood": 3, "colour": "blue"}, "colour"),
        ("/me/journal", {"body": "Hello", "mood": 3}, "mood"),
        ("/me/self-checks", {"kind": "gad7", "answers": [0] * 7, "score": 0}, "score"),
        ("/me/self-care", {"suggestion": "walk", "every": "day"}, "every"),
        ("/me/milestones", {"kind": "sober", "since": "2025-01-01", "days": 3}, "days"),
        ("/reports", {"reason": "spam", "group": "x", "urgent": True}, "urgent"),
    ],
)
def test_unknown_fields_are_422_and_change_nothing(mia, path, body, extra):
    from peerhaven.safety.models import Report
    from peerhaven.wellbeing.models import JournalEntry, Milestone, MoodCheckIn, SelfCheck

    response = error(mia.post(path, body), 422, "invalid")
    assert any(item["loc"][-1] == extra for item in response["errors"])
    for model in (MoodCheckIn, JournalEntry, SelfCheck, Milestone, Report):
        assert not model.objects.exists()


def test_a_read_token_cannot_write_the_new_resources(cast):
    reader = ApiClient(token_for(cast.member, scope="read"))
    for path, body in [
        ("/me/mood-checkins", {"mood": 3}),
        ("/me/journal", {"body": "Hello"}),
        ("/reports", {"reason": "spam", "group": cast.group.slug}),
    ]:
        error(reader.post(path, body), 403, "token_scope")
    assert reader.get("/me/mood-checkins").status_code == 200


def test_huge_bodies_on_the_new_resources_are_413(mia):
    import json as json_module

    from peerhaven.wellbeing.models import JournalEntry

    huge = json_module.dumps({"body": "a" * (1024 * 1024 + 10)})
    response = mia.client.post(
        "/api/v1/me/journal", huge, content_type="application/json", headers=mia.headers
    )
    error(response, 413, "too_large")
    assert not JournalEntry.objects.exists()
