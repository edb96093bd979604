"""Headers, error pages and the promise that no URL answers 500."""

import pytest
from django.test import Client
from django.urls import reverse

from peerhaven.testing import all_url_paths

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "path", ["/", "/help/crisis/", "/privacy/", "/code-of-conduct/", "/account/login/"]
)
def test_security_headers_on_every_page(client, path):
    response = client.get(path)
    assert response.status_code == 200
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"


def test_pages_for_a_signed_in_member_are_never_stored(member_client):
    for path in ["/", "/account/", "/account/profile/", "/help/crisis/"]:
        assert "no-store" in member_client.get(path)["Cache-Control"], path


def test_every_page_carries_the_disclaimer_and_a_way_to_crisis_help(client):
    html = client.get("/").content.decode()
    assert "PeerHaven is peer support, not medical care." in html
    assert 'href="/help/crisis/"' in html


def test_no_page_loads_anything_from_another_host(client, member_client):
    import re

    asset = re.compile(r"<(?:script|link|img|iframe|source|video|audio)\b[^>]*>", re.IGNORECASE)
    for browser in (client, member_client):
        for path in ["/", "/help/crisis/", "/privacy/", "/account/login/", "/account/signup/"]:
            html = browser.get(path).content.decode()
            for tag in asset.findall(html):
                assert not re.search(r"(?:src|href)=\"(?:https?:)?//", tag), (path, tag)


def test_unknown_urls_get_a_friendly_404(client):
    response = client.get("/no/such/page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "We can&#x27;t find that page" in html or "We can't find that page" in html
    assert "Get help now" in html


def test_a_csrf_failure_explains_what_to_do(member):
    from peerhaven.testing import PASSWORD

    strict = Client(enforce_csrf_checks=True)
    response = strict.post(reverse("account_login"), {"login": "river", "password": PASSWORD})
    assert response.status_code == 403
    assert "This form has expired" in response.content.decode()


def test_no_url_answers_500_to_junk(member):
    paths = all_url_paths()
    assert len(paths) > 20
    anonymous = Client(raise_request_exception=False)
    signed_in = Client(raise_request_exception=False)
    signed_in.force_login(member)
    failures = []
    for path in paths:
        for browser in (anonymous, signed_in):
            for method in ("get", "post"):
                response = getattr(browser, method)(path, {"junk": "\x00<script>", "id": "-1"})
                if response.status_code >= 500:
                    failures.append((method, path, response.status_code))
    assert failures == []


def test_healthz_reports_every_part(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert set(body["checks"]) == {"database", "channel_layer", "task_queue"}
    assert all(check["ok"] for check in body["checks"].values())


def test_healthz_answers_503_when_a_part_is_down(client, monkeypatch):
    from peerhaven.web import health

    def broken():
        raise ConnectionError("down")

    monkeypatch.setattr(health, "check_channel_layer", broken)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["checks"]["channel_layer"] == {"ok": False, "error": "ConnectionError"}


def test_healthz_notices_a_stalled_task_queue(client):
    from datetime import timedelta

    from django.utils import timezone
    from django_tasks_db.models import DBTaskResult

    stale = DBTaskResult.objects.create(
        args_kwargs={"args": [], "kwargs": {}},
        priority=0,
        task_path="peerhaven.nothing",
        queue_name="default",
        backend_name="default",
        run_after=timezone.now() - timedelta(hours=1),
    )
    DBTaskResult.objects.filter(pk=stale.pk).update(enqueued_at=timezone.now() - timedelta(hours=1))
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["checks"]["task_queue"]["waiting"] == 1
