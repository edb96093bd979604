import re

import pytest
from django.urls import reverse

from peerhaven.testing import make_person

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


def country_options(html: str) -> list[tuple[str, str]]:
    select = html.split('name="country"', 1)[1].split("</select>", 1)[0]
    return re.findall(r'<option value="([A-Z]{2})"(?: selected)?>([^<]*)</option>', select)


def test_a_spanish_speaking_member_sees_the_countries_in_spanish(client):
    person = make_person("lucia", display_name="Lucía", country="ES", language="es")
    client.force_login(person)
    html = client.get(reverse("accounts:profile")).content.decode()
    assert '<html lang="es">' in html
    assert '<option value="ES" selected>España</option>' in html
    options = country_options(html)
    names = [name for _, name in options]
    assert ("DE", "Alemania") in options and "Spain" not in names
    # Sorted for a Spanish reader: accents and case do not send a name to the end.
    assert names.index("Bangladés") < names.index("Barbados") < names.index("Baréin")
    assert names.index("Baréin") < names.index("Bélgica") < names.index("Belice")
    assert names.index("Belice") < names.index("Benín") < names.index("Brasil")
    assert names[0] == "Afganistán"


def test_an_english_speaking_member_sees_the_countries_in_english(member_client):
    html = member_client.get(reverse("accounts:profile")).content.decode()
    assert '<option value="GB" selected>United Kingdom</option>' in html
    names = [name for _, name in country_options(html)]
    assert "España" not in names and "Spain" in names
    assert names.index("Afghanistan") < names.index("Åland Islands") < names.index("Albania")


def test_a_country_chosen_from_the_spanish_list_is_saved_by_its_code(client):
    person = make_person("mateo", country="", language="es", time_zone="Europe/Madrid")
    client.force_login(person)
    response = client.post(
        reverse("accounts:profile"),
        {"country": "MX", "time_zone": "America/Mexico_City", "language": "es"},
    )
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.country == "MX"
    html = client.get(reverse("accounts:profile")).content.decode()
    assert '<option value="MX" selected>México</option>' in html
