import pytest
from django.urls import reverse

from peerhaven.testing import make_person

pytestmark = pytest.mark.django_db


def test_staff_without_two_factor_are_sent_to_set_it_up(client):
    staff = make_person("keeper", is_staff=True)
    client.force_login(staff)
    response = client.get(reverse("accounts:account"))
    assert response.status_code == 302
    assert response["Location"] == reverse("mfa_activate_totp")
    # The way to set it up (confirming the password first) and crisis help stay reachable.
    setup = client.get(reverse("mfa_activate_totp"), follow=True)
    assert setup.status_code == 200
    assert setup.redirect_chain[-1][0].startswith(reverse("account_reauthenticate"))
    assert client.get(reverse("safety:crisis")).status_code == 200


def test_staff_cannot_reach_the_admin_without_two_factor(client):
    staff = make_person("keeper", is_staff=True, is_superuser=True)
    client.force_login(staff)
    assert client.get("/admin/").status_code == 302


def test_members_are_not_asked_for_two_factor(member_client):
    assert member_client.get(reverse("accounts:account")).status_code == 200


def test_members_can_turn_on_two_factor_after_confirming_their_password(client, member):
    from peerhaven.testing import PASSWORD

    client.force_login(member)
    first = client.get(reverse("mfa_activate_totp"))
    assert first["Location"].startswith(reverse("account_reauthenticate"))
    client.post(first["Location"], {"password": PASSWORD})
    response = client.get(reverse("mfa_activate_totp"))
    assert response.status_code == 200
    # The QR code is drawn by the server and embedded, never fetched from elsewhere.
    assert "data:image/svg+xml" in response.content.decode()
