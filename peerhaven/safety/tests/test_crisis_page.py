import re

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
    ("code", "language", "emergency_label", "heading"),
    [
        ("TR", "en", "Emergency services:", "In Türkiye"),
        ("RO", "en", "Emergency services:", "In Romania"),
        ("TR", "es", "Servicios de emergencia:", "En Turquía"),
        ("RO", "es", "Servicios de emergencia:", "En Rumanía"),
    ],
)
def test_a_member_in_turkey_or_romania_sees_their_country_lines(
    client, code, language, emergency_label, heading
):
    person = make_person(f"member-{code.lower()}-{language}", country=code, language=language)
    client.force_login(person)
    directory = crisis.directory_for(code)
    response = client.get(reverse("safety:crisis"))
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}">' in html
    assert f'<h2 id="country-{code}">{heading}</h2>' in html
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


def chooser_options(html: str) -> list[tuple[str, str]]:
    chooser = html.split('<select id="crisis-country" name="country">', 1)[1].split("</select>")[0]
    return re.findall(r'<option value="([A-Z]{2})"(?: selected)?>([^<]*)</option>', chooser)


@pytest.mark.parametrize(
    ("language", "heading", "option", "absent"),
    [
        ("es", "En España", '<option value="ES" selected>España</option>', "Spain"),
        ("en", "In Spain", '<option value="ES" selected>Spain</option>', "España"),
    ],
)
def test_the_country_is_named_in_the_members_language(client, language, heading, option, absent):
    person = make_person(f"member-es-{language}", country="ES", language=language)
    client.force_login(person)
    html = client.get(reverse("safety:crisis")).content.decode()
    assert f'<h2 id="country-ES">{heading}</h2>' in html
    assert option in html
    assert absent not in html


def test_the_chooser_is_sorted_for_a_spanish_reader(client):
    html = client.get(reverse("safety:crisis"), HTTP_ACCEPT_LANGUAGE="es").content.decode()
    names = [name for _, name in chooser_options(html)]
    # Accents do not push a country to the end: Bélgica comes between Austria and Brasil.
    assert names.index("Austria") < names.index("Bélgica") < names.index("Brasil")
    assert names.index("Perú") < names.index("Polonia")
    assert ("ES", "España") in chooser_options(html)
    assert "Spain" not in names


def test_the_international_entry_keeps_its_own_name_in_spanish(client):
    html = client.get(
        reverse("safety:crisis"), {"country": "ZZ"}, HTTP_ACCEPT_LANGUAGE="es"
    ).content.decode()
    assert '<h2 id="country-ZZ">En cualquier parte del mundo</h2>' in html
    assert "Región desconocida" not in html
    assert "International" not in html


URGENT = "im going to kill myself tonight"


def test_the_care_panel_names_the_writers_country_in_their_language(client, cast):
    cast.member.country = "ES"
    cast.member.language = "es"
    cast.member.save()
    client.force_login(cast.member)
    response = client.post(
        reverse("sharing:create_post", args=[cast.group.slug]), {"kind": "share", "body": URGENT}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert 'class="care-panel"' in html
    assert '<h2 id="country-ES">En España</h2>' in html
    assert crisis.directory_for("ES").lines[0].organisation in html
