import pytest
from django.contrib.auth.hashers import identify_hasher, make_password
from django.test import override_settings
from django.urls import reverse

from peerhaven.accounts.models import User
from peerhaven.testing import PASSWORD

pytestmark = pytest.mark.django_db

GOOD_PASSWORD = "quiet harbour lanterns 7"


def signup(client, **overrides):
    data = {
        "username": "newcomer",
        "email": "",
        "password1": GOOD_PASSWORD,
        "password2": GOOD_PASSWORD,
        "country": "ES",
        "time_zone": "Europe/Madrid",
        "accept_code_of_conduct": "on",
    }
    data.update(overrides)
    return client.post(reverse("account_signup"), data)


def test_signup_needs_only_a_username_and_a_password(client):
    response = signup(client)
    assert response.status_code == 302
    user = User.objects.get(username="newcomer")
    assert user.email == ""
    assert user.country == "ES"
    assert user.time_zone == "Europe/Madrid"
    assert user.coc_version == 1 and user.coc_accepted_at is not None
    # Signed in at once.
    assert client.get(reverse("accounts:account")).status_code == 200


def test_signup_without_accepting_the_code_of_conduct_is_refused_with_a_message(client):
    response = signup(client, accept_code_of_conduct="")
    assert response.status_code == 200
    assert "Please accept the code of conduct to join." in response.content.decode()
    assert not User.objects.filter(username="newcomer").exists()


@pytest.mark.parametrize(
    ("password", "message"),
    [
        ("short pass", "too short"),
        ("x" * 129, "too long"),
        ("password1234", "too common"),
    ],
)
def test_password_rules(client, password, message):
    response = signup(client, password1=password, password2=password)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not User.objects.filter(username="newcomer").exists()


def test_long_passwords_without_composition_rules_are_fine(client):
    password = "all lowercase words and no digits at all"
    assert signup(client, password1=password, password2=password).status_code == 302


def test_the_email_is_never_shown_on_the_profile_page(client):
    signup(client, email="private@example.org")
    html = client.get(reverse("accounts:profile")).content.decode()
    assert "private@example.org" not in html


@override_settings(PASSWORD_HASHERS=["peerhaven.accounts.hashers.PeerHavenArgon2PasswordHasher"])
def test_passwords_are_hashed_with_argon2id_and_at_least_46_mib():
    encoded = make_password("some long passphrase here")
    assert encoded.startswith("argon2$argon2id$")
    params = encoded.split("$")[3]
    memory_kib = int(dict(part.split("=") for part in params.split(","))["m"])
    assert memory_kib >= 46 * 1024
    assert identify_hasher(encoded).verify("some long passphrase here", encoded)


def test_login_with_the_username(client, member):
    response = client.post(reverse("account_login"), {"login": "river", "password": PASSWORD})
    assert response.status_code == 302
    assert client.get(reverse("accounts:account")).status_code == 200


def test_the_login_page_offers_a_password_reset_once(client, db):
    html = client.get(reverse("account_login")).content.decode()
    assert html.count(reverse("account_reset_password")) == 1


def test_a_new_session_id_at_login(client, member):
    client.get(reverse("account_login"))
    client.cookies["peerhaven_session"] = "x" * 32
    client.post(reverse("account_login"), {"login": "river", "password": PASSWORD})
    assert client.cookies["peerhaven_session"].value != "x" * 32


def test_session_cookie_flags(client, member):
    response = client.post(reverse("account_login"), {"login": "river", "password": PASSWORD})
    cookie = response.cookies["peerhaven_session"]
    assert cookie["httponly"]
    assert cookie["samesite"] == "Lax"
    assert int(cookie["max-age"]) == 14 * 24 * 3600


def test_a_wrong_password_and_an_unknown_account_get_the_same_answer(client, member):
    wrong = client.post(reverse("account_login"), {"login": "river", "password": "not it at all"})
    unknown = client.post(
        reverse("account_login"), {"login": "nobody", "password": "not it at all"}
    )
    assert wrong.status_code == unknown.status_code == 200
    assert "river" not in unknown.content.decode()
    text = "The username and/or password you specified are not correct."
    assert text in wrong.content.decode() and text in unknown.content.decode()


def test_five_failed_attempts_lock_the_account_for_a_while(client, member):
    url = reverse("account_login")
    for _ in range(5):
        client.post(url, {"login": "river", "password": "wrong guess here"})
    response = client.post(url, {"login": "river", "password": PASSWORD})
    assert response.status_code in (200, 429)
    assert "Too many failed login attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_thirty_failures_from_one_address_block_that_address(client, db):
    url = reverse("account_login")
    for number in range(30):
        client.post(url, {"login": f"someone{number}", "password": "wrong guess here"})
    response = client.post(url, {"login": "someone-else", "password": "wrong guess here"})
    assert response.status_code == 429
