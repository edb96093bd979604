"""The coping app's own Spanish catalogue (peerhaven/coping/locale) is complete and used."""

import gettext
from pathlib import Path

import pytest

from peerhaven.web.tests.test_translations import PLACEHOLDER, read_po

LC_MESSAGES = Path(__file__).resolve().parents[1] / "locale" / "es" / "LC_MESSAGES"


@pytest.fixture(scope="module")
def entries() -> list[dict]:
    return [e for e in read_po(LC_MESSAGES / "django.po") if not e.get("obsolete")]


def test_every_message_is_translated_keeps_its_placeholders_and_is_compiled(entries):
    header = next(e for e in entries if e["msgid"] == "")["msgstr"][0]
    assert "Plural-Forms: nplurals=2; plural=(n != 1);" in header
    found = [e for e in entries if e["msgid"]]
    assert len(found) > 150
    assert not [e["msgid"] for e in entries if "fuzzy" in e["flags"]]
    assert not [e["msgid"] for e in found if not all(e["msgstr"].values())]
    with (LC_MESSAGES / "django.mo").open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    for entry in found:
        sources = [entry["msgid"], entry.get("msgid_plural", entry["msgid"])]
        for index, translation in entry["msgstr"].items():
            source = sources[min(index, 1)]
            assert sorted(PLACEHOLDER.findall(translation)) == sorted(
                PLACEHOLDER.findall(source)
            ), source
        if "msgid_plural" not in entry:
            assert compiled.gettext(entry["msgid"]) == entry["msgstr"][0], "run compilemessages"


@pytest.mark.django_db
def test_the_library_speaks_spanish(client):
    html = client.get(
        "/strategies/", {"topic": "anxiety"}, HTTP_ACCEPT_LANGUAGE="es"
    ).content.decode()
    assert "Las mejores estrategias para Ansiedad" in html
    assert "Ver estrategias" in html
    assert "Respiración en caja" in html
    assert "No son consejo médico" in html
