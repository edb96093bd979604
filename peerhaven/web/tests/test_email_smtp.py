"""Outgoing mail through a real SMTP server on loopback (aiosmtpd), configured by EMAIL_URL."""

import socket

import pytest
from django.core import mail
from django.test import override_settings
from django.urls import reverse

from peerhaven.conf import email_settings

pytestmark = pytest.mark.django_db


@pytest.fixture
def smtp_server():
    from aiosmtpd.controller import Controller
    from aiosmtpd.handlers import Message

    received = []

    class Collect(Message):
        def handle_message(self, message):
            received.append(message)

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    controller = Controller(Collect(), hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield port, received
    finally:
        controller.stop()


def test_password_reset_mail_goes_out_over_smtp(client, smtp_server, tmp_path):
    from peerhaven.testing import make_person

    port, received = smtp_server
    make_person("river", email="river@example.org")
    smtp = email_settings(f"smtp://127.0.0.1:{port}", tmp_path)
    with override_settings(**smtp):
        response = client.post(reverse("account_reset_password"), {"email": "river@example.org"})
    assert response.status_code == 302
    assert len(received) == 1
    message = received[0]
    assert message["To"] == "river@example.org"
    assert "Password Reset" in message["Subject"]
    assert mail.outbox == []  # it really left through SMTP


def test_email_url_forms(tmp_path):
    assert email_settings(None, tmp_path)["EMAIL_BACKEND"].endswith("filebased.EmailBackend")
    secure = email_settings("smtps://user:p%40ss@mail.example.org", tmp_path)
    assert secure["EMAIL_PORT"] == 465 and secure["EMAIL_USE_SSL"] is True
    assert secure["EMAIL_HOST_PASSWORD"] == "p@ss"
    starttls = email_settings("smtp://mail.example.org:587?starttls", tmp_path)
    assert starttls["EMAIL_USE_TLS"] is True and starttls["EMAIL_PORT"] == 587
    from django.core.exceptions import ImproperlyConfigured

    with pytest.raises(ImproperlyConfigured, match="unknown scheme"):
        email_settings("pigeon://coop", tmp_path)
