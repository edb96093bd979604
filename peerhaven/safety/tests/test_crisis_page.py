import pytest
from django.urls import reverse

from peerhaven.safety import crisis
from peerhaven.testing import make_person

pytestmark = pytest.mark.django_db


def test_a_signed_in_member_sees_their_country_lines(member_client, member):
    gb = crisis.directory_for("GB")
    response = member_client.get(reverse("safety:crisis"))
    html = response.content.decode()
    assert response.status_code == 200
    assert gb.lines[0].organisation in html
    assert f'href="tel:{crisis.tel_href(gb.lines[0].phone)}"' in html


@pytest.mark.parametrize(
    ("code", "language", "emergency_label"),
    [
        ("TR", "en", "Emergency services:"),
        ("RO", "en", "Emergency services:"),
        ("TR", "es", "Servicios de emergencia:"),
        ("RO", "es", "Servicios de emergencia:"),
    ],
)
def test_a_member_in_turkey_or_romania_sees_their_country_lines(
    client, code, language, emergency_label
):
    person = make_person(f"member-{code.lower()}-{language}", country=code, language=language)
    client.force_login(person)
    directory = crisis.directory_for(code)
    response = client.get(reverse("safety:crisis"))
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}">' in html
    assert f'<h2 id="country-{code}">' in html
    assert directory.name in html
    assert emergency_label in html
    assert f'href="tel:{directory.emergency_number}"' in html
    for line in directory.lines:
        assert line.organisation in html
        assert f'href="tel:{crisis.tel_href(line.phone)}"' in html


def test_a_visitor_gets_the_lines_of_their_browser_region(client):
    mx = crisis.directory_for("MX")
    html = client.get(
        reverse("safety:crisis"), HTTP_ACCEPT_LANGUAGE="es-MX,es;q=0.9"
    ).content.decode()
    assert mx.lines[0].organisation in html


def test_without_a_region_a_chooser_and_international_help(client):
    html = client.get(reverse("safety:crisis"), HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert 'name="country"' in html
    assert crisis.international().lines[0].organisation in html


def test_choosing_a_country(client):
    au = crisis.directory_for("AU")
    html = client.get(reverse("safety:crisis"), {"country": "au"}).content.decode()
    assert au.lines[0].organisation in html


def test_an_unknown_country_choice_says_so(client):
    html = client.get(reverse("safety:crisis"), {"country": "QQ"}).content.decode()
    assert "We don't have crisis lines for that country yet" in html


def test_each_line_shows_when_it_was_last_checked(client):
    html = client.get(reverse("safety:crisis"), {"country": "US"}).content.decode()
    assert "Last checked" in html
    assert "<time datetime=" in html
