import io
import json
import zipfile

import pytest
from django.apps import apps
from django.conf import settings
from django.db import models
from django.test import Client
from django.urls import reverse

from peerhaven.accounts import data_rights
from peerhaven.accounts.models import User
from peerhaven.testing import PASSWORD

pytestmark = pytest.mark.django_db


def test_every_table_that_points_at_a_member_is_covered_by_the_registry():
    user_model = apps.get_model(settings.AUTH_USER_MODEL)
    covered = data_rights.covered_models()
    missing = []
    for model in apps.get_models(include_auto_created=True):
        points_at_user = model is user_model or any(
            isinstance(field, models.ForeignKey | models.OneToOneField)
            and field.related_model is user_model
            for field in model._meta.get_fields()
            if field.concrete
        )
        if points_at_user and model not in covered:
            missing.append(model._meta.label)
    assert missing == [], f"register export and erasure for: {', '.join(missing)}"


def test_download_my_data_gives_a_zip_with_json_and_a_readable_page(member_client, member):
    response = member_client.post(reverse("accounts:my_data"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert "attachment" in response["Content-Disposition"]
    assert "no-store" in response["Cache-Control"]
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    assert set(archive.namelist()) == {"peerhaven-data.json", "index.html"}
    data = json.loads(archive.read("peerhaven-data.json"))
    assert data["sections"]["account"]["username"] == "river"
    assert data["sections"]["account"]["time_zone"] == "Europe/London"
    assert "river" in archive.read("index.html").decode()


def test_download_my_data_needs_a_signed_in_member(client):
    response = client.post(reverse("accounts:my_data"))
    assert response.status_code == 302


def test_delete_my_account_erases_and_anonymises(member, other_member):
    member.email = "river@example.org"
    member.bio = "private words"
    member.save()
    laptop, phone = Client(), Client()
    for device in (laptop, phone):
        device.post(reverse("account_login"), {"login": "river", "password": PASSWORD})

    response = laptop.post(
        reverse("accounts:delete_account"), {"password": PASSWORD, "confirm": "on"}
    )
    assert response.status_code == 200
    assert "Your account is deleted" in response.content.decode()

    member.refresh_from_db()
    assert member.erased_at is not None
    assert member.public_name == "Former member"
    assert member.email == "" and member.bio == "" and member.display_name == ""
    assert not member.is_active
    assert member.username != "river"
    # Every session is over and the old credentials no longer work.
    assert phone.get(reverse("accounts:account")).status_code == 302
    login = Client().post(reverse("account_login"), {"login": "river", "password": PASSWORD})
    assert "_auth_user_id" not in login.wsgi_request.session
    # Other members are untouched.
    assert User.objects.get(pk=other_member.pk).is_active


def test_delete_with_a_wrong_password_changes_nothing(member_client, member):
    response = member_client.post(
        reverse("accounts:delete_account"), {"password": "not my password", "confirm": "on"}
    )
    assert response.status_code == 200
    assert "That password is not right." in response.content.decode()
    member.refresh_from_db()
    assert member.is_active and member.erased_at is None


def test_delete_without_confirming_changes_nothing(member_client, member):
    response = member_client.post(reverse("accounts:delete_account"), {"password": PASSWORD})
    assert response.status_code == 200
    assert "Please confirm" in response.content.decode()
    member.refresh_from_db()
    assert member.is_active
