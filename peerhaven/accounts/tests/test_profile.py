import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_anonymous_visitors_are_sent_to_log_in(client):
    response = client.get(reverse("accounts:profile"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_profile_saves(member_client, member):
    response = member_client.post(
        reverse("accounts:profile"),
        {
            "display_name": "River B",
            "pronouns": "they/them",
            "country": "MX",
            "time_zone": "America/Mexico_City",
            "language": "es",
            "bio": "Here for the anxiety group.",
        },
    )
    assert response.status_code == 302
    member.refresh_from_db()
    assert (member.display_name, member.country, member.time_zone, member.language) == (
        "River B",
        "MX",
        "America/Mexico_City",
        "es",
    )
    # The next page speaks Spanish.
    page = member_client.get(reverse("accounts:profile")).content.decode()
    assert '<html lang="es">' in page


def test_a_bad_profile_form_shows_errors_next_to_fields_and_changes_nothing(member_client, member):
    response = member_client.post(
        reverse("accounts:profile"),
        {"display_name": "x" * 200, "time_zone": "Mars/Olympus", "language": "xx", "country": "QQ"},
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count('class="errorlist') >= 3
    assert 'aria-invalid="true"' in html
    member.refresh_from_db()
    assert member.display_name == "River"
    assert member.time_zone == "Europe/London"
