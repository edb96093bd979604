"""What a member writes, and their passwords, never reach logs or outgoing mail."""

import logging

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from peerhaven.testing import PASSWORD

pytestmark = pytest.mark.django_db

SENTINEL = "ZEBRA-SENTINEL-7731"


def test_forms_do_not_leak_into_logs_or_mail(caplog, member):
    caplog.set_level(logging.DEBUG)
    browser = Client(raise_request_exception=False)
    secret_password = f"{SENTINEL} correct horse battery"

    browser.post(
        reverse("account_signup"),
        {
            "username": "sentineluser",
            "email": "sentinel@example.org",
            "password1": secret_password,
            "password2": secret_password,
            "time_zone": "UTC",
            "accept_code_of_conduct": "on",
        },
    )
    browser.post(
        reverse("accounts:profile"),
        {
            "display_name": SENTINEL,
            "bio": f"my secret {SENTINEL}",
            "time_zone": "Nowhere/" + SENTINEL,
            "language": "en",
        },
    )
    browser.post(reverse("account_logout"))
    browser.post(
        reverse("account_login"), {"login": "sentineluser", "password": SENTINEL + " wrong"}
    )
    browser.post(reverse("account_login"), {"login": "sentineluser", "password": secret_password})
    browser.post(
        reverse("account_change_password"),
        {
            "oldpassword": secret_password,
            "password1": SENTINEL + " new long one",
            "password2": SENTINEL + " new long one",
        },
    )
    browser.post(reverse("accounts:delete_account"), {"password": SENTINEL + " wrong"})
    Client().post(reverse("account_reset_password"), {"email": "sentinel@example.org"})
    Client().post(reverse("account_login"), {"login": "river", "password": PASSWORD + SENTINEL})

    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert SENTINEL not in logged
    for message in mail.outbox:
        assert SENTINEL not in message.subject
        assert SENTINEL not in message.body
        for alternative, _type in getattr(message, "alternatives", []):
            assert SENTINEL not in alternative
