import time

import pytest
from django.test import Client
from django.urls import reverse

from peerhaven.testing import PASSWORD

pytestmark = pytest.mark.django_db


def login(client: Client) -> None:
    response = client.post(reverse("account_login"), {"login": "river", "password": PASSWORD})
    assert response.status_code == 302


def test_log_out_everywhere_ends_every_session(member):
    laptop, phone = Client(), Client()
    login(laptop)
    login(phone)
    assert phone.get(reverse("accounts:account")).status_code == 200

    response = laptop.post(reverse("accounts:log_out_everywhere"))
    assert response.status_code == 302

    for device in (laptop, phone):
        response = device.get(reverse("accounts:account"))
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("account_login"))


def test_a_session_older_than_thirty_days_ends(client, member):
    login(client)
    session = client.session
    session["ph_auth_at"] = int(time.time()) - 31 * 24 * 3600
    session.save()
    response = client.get(reverse("accounts:account"))
    assert response.status_code == 302


def test_a_session_is_refreshed_at_most_daily(client, member):
    login(client)
    first = client.get(reverse("accounts:account"))
    assert "peerhaven_session" in first.cookies  # first visit stamps it
    second = client.get(reverse("accounts:account"))
    assert "peerhaven_session" not in second.cookies  # no write, no new cookie


def test_log_out_everywhere_needs_post(member_client):
    assert member_client.get(reverse("accounts:log_out_everywhere")).status_code == 405
