"""Personal access tokens: made on the account page, shown once, kept hashed, scoped,
revocable, with the last use shown; never in logs."""

import logging
from datetime import timedelta
from unittest import mock

import pytest
from django.test import Client

from peerhaven.api import services
from peerhaven.api.models import ApiToken, hash_token
from peerhaven.api.tests.conftest import ApiClient, token_for

pytestmark = pytest.mark.django_db


def test_the_account_page_links_to_tokens(member_client):
    assert 'href="/account/tokens/"' in member_client.get("/account/").content.decode()


def test_tokens_page_needs_signing_in(client):
    response = client.get("/account/tokens/")
    assert response.status_code == 302
    assert response["Location"].startswith("/account/login/")


def test_a_token_is_shown_once_and_stored_hashed(member_client, member):
    response = member_client.post("/account/tokens/", {"name": "Phone app", "scope": "write"})
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    token = ApiToken.objects.get(user=member)
    html = response.content.decode()
    start = html.index('id="new-token" readonly value="') + len('id="new-token" readonly value="')
    secret = html[start : html.index('"', start)]
    assert secret.startswith("ph_") and len(secret) > 40
    assert token.token_hash == hash_token(secret)
    assert secret not in {token.token_hash, token.hint, token.name}
    assert token.scope == "write"
    # Shown once: the page never shows it again.
    assert secret not in member_client.get("/account/tokens/").content.decode()
    assert ApiClient(secret).get("/me").json()["username"] == member.username


def test_a_bad_name_or_scope_is_refused_on_the_page(member_client, member):
    assert member_client.post("/account/tokens/", {"name": "", "scope": "write"}).status_code == 400
    assert (
        member_client.post("/account/tokens/", {"name": "x", "scope": "admin"}).status_code == 400
    )
    assert not ApiToken.objects.filter(user=member).exists()


def test_last_use_is_recorded_and_shown(member_client, member):
    secret = token_for(member, "read")
    assert ApiToken.objects.get(user=member).last_used_at is None
    assert "never used" in member_client.get("/account/tokens/").content.decode()
    ApiClient(secret).get("/me")
    assert ApiToken.objects.get(user=member).last_used_at is not None
    assert "last used" in member_client.get("/account/tokens/").content.decode()


def test_a_revoked_token_stops_working(member_client, member):
    secret = token_for(member)
    token = ApiToken.objects.get(user=member)
    assert ApiClient(secret).get("/me").status_code == 200
    response = member_client.post(f"/account/tokens/{token.pk}/revoke/")
    assert response.status_code == 302
    answer = ApiClient(secret).get("/me")
    assert answer.status_code == 401
    assert answer.json()["code"] == "invalid_token"


def test_nobody_revokes_someone_elses_token(client, member, other_member):
    token_for(member)
    token = ApiToken.objects.get(user=member)
    client.force_login(other_member)
    client.post(f"/account/tokens/{token.pk}/revoke/")
    assert ApiToken.objects.get(pk=token.pk).revoked_at is None


def test_a_read_token_cannot_write(member):
    reader = ApiClient(token_for(member, "read"))
    assert reader.get("/me").status_code == 200
    for method, path, body in [
        ("patch", "/me", {"pronouns": "she/her"}),
        ("put", "/me/reading-preferences", {"warnings": {}}),
        ("post", "/notifications/read-all", None),
        ("post", "/groups/anything/join", {"accept": True, "guidelines_version": 1}),
        ("delete", "/posts/1", None),
    ]:
        response = reader.request(method, path, body)
        assert response.status_code == 403, (method, path)
        assert response.json()["code"] == "token_scope"
    member.refresh_from_db()
    assert member.pronouns == ""


def test_a_write_token_writes(member):
    writer = ApiClient(token_for(member, "write"))
    response = writer.patch("/me", {"pronouns": "she/her"})
    assert response.status_code == 200
    assert response.json()["pronouns"] == "she/her"


@pytest.mark.parametrize(
    "header",
    ["Bearer ph_wrong", "Bearer ", "Basic dXNlcjpwYXNz", "ph_no_scheme", "Bearer " + "x" * 5000],
)
def test_a_wrong_token_is_401_even_where_visitors_are_welcome(header):
    response = ApiClient().get("/topics", headers={"Authorization": header})
    assert response.status_code == 401
    assert response.json()["code"] == "invalid_token"


def test_a_token_of_an_inactive_member_does_not_work(member):
    secret = token_for(member)
    assert ApiClient(secret).get("/me").status_code == 200  # now remembered
    member.is_active = False
    member.save()
    assert ApiClient(secret).get("/me").status_code == 401


def test_wrong_tokens_are_limited_per_address(settings):
    settings.PEERHAVEN_API_RATES = {"failed_token": (3, 600)}
    api = ApiClient()
    codes = [
        api.get("/me", headers={"Authorization": f"Bearer ph_guess{n}"}).status_code
        for n in range(5)
    ]
    assert codes[:3] == [401, 401, 401]
    assert codes[3:] == [429, 429]
    response = api.get("/me", headers={"Authorization": "Bearer ph_guess"})
    assert int(response["Retry-After"]) >= 1


def test_tokens_never_reach_the_logs(caplog, member, settings):
    caplog.set_level(logging.DEBUG)
    settings.DEBUG = True  # the most talkative setting
    secret = token_for(member)
    api = ApiClient(secret, client=Client(raise_request_exception=False))
    api.get("/me")
    api.get("/groups/no-such-group")
    api.post("/me/risk-assessment", {"text": 12})
    ApiClient(secret + "x").get("/me")
    ApiClient().get("/me", headers={"Authorization": f"Token {secret}"})
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert secret not in logged
    assert secret[3:20] not in logged


def test_a_member_may_hold_only_so_many_tokens(member):
    for number in range(services.MAX_ACTIVE_TOKENS):
        services.create_token(actor=member, name=f"app {number}", scope="read")
    from peerhaven.errors import ActionRefused

    with pytest.raises(ActionRefused):
        services.create_token(actor=member, name="one more", scope="read")


def test_tokens_are_exported_without_secrets_and_erased_with_the_account(member):
    from peerhaven.accounts import data_rights

    secret = token_for(member)
    token = ApiToken.objects.get(user=member)
    section = next(s for s in data_rights.sections() if s.name == "api_tokens")
    exported = section.export(member)
    assert exported[0]["name"] == "tests"
    assert token.token_hash not in str(exported) and secret not in str(exported)
    section.erase(member)
    assert not ApiToken.objects.filter(user=member).exists()


def test_last_used_is_written_at_most_once_a_minute(member, django_assert_num_queries):
    secret = token_for(member)
    api = ApiClient(secret)
    api.get("/me")
    first = ApiToken.objects.get().last_used_at
    # The token with its member is remembered (no query), and no write within the minute;
    # /me itself needs nothing more.
    with django_assert_num_queries(0):
        assert api.get("/me").status_code == 200
    later = first + timedelta(seconds=61)
    with mock.patch("peerhaven.api.services.timezone.now", return_value=later):
        assert api.get("/me").status_code == 200
    assert ApiToken.objects.get().last_used_at == later
