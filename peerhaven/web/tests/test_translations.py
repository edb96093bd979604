"""The Spanish catalogue is complete, compiled, and actually used when a browser asks for Spanish."""

import ast
import gettext
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings

LC_MESSAGES = Path(settings.PACKAGE_DIR) / "locale" / "es" / "LC_MESSAGES"
PO_FILE = LC_MESSAGES / "django.po"
MO_FILE = LC_MESSAGES / "django.mo"

PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]|\{\{\s*\w+\s*\}\}|</?\w+[^>]*>")


def read_po(path: Path) -> list[dict]:
    """A small .po reader: one dict per entry with its flags, msgid, msgid_plural and msgstr(s)."""
    entries, entry, key = [], None, None

    def finish():
        if entry is not None and "msgid" in entry:
            entries.append(entry)

    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line:
            finish()
            entry, key = None, None
            continue
        if entry is None:
            entry = {"flags": set(), "msgstr": {}}
        if line.startswith("#~"):
            entry["obsolete"] = True
        elif line.startswith("#,"):
            entry["flags"].update(flag.strip() for flag in line[2:].split(","))
        elif line.startswith("#"):
            continue
        elif line.startswith('"'):
            value = ast.literal_eval(line)
            if isinstance(key, tuple):
                entry["msgstr"][key[1]] += value
            else:
                entry[key] += value
        else:
            keyword, _space, value = line.partition(" ")
            value = ast.literal_eval(value)
            match = re.fullmatch(r"msgstr(?:\[(\d+)\])?", keyword)
            if match:
                key = ("msgstr", int(match.group(1) or 0))
                entry["msgstr"][key[1]] = value
            else:
                key = keyword
                entry[key] = value
    finish()
    return entries


@pytest.fixture(scope="module")
def entries() -> list[dict]:
    if not PO_FILE.exists():
        pytest.fail(f"{PO_FILE} is missing: run `peerhaven makemessages -l es` in peerhaven/")
    return read_po(PO_FILE)


def messages(entries: list[dict]) -> list[dict]:
    return [e for e in entries if e["msgid"] and not e.get("obsolete")]


def test_the_catalogue_has_the_spanish_plural_rule(entries):
    header = next(e for e in entries if e["msgid"] == "")["msgstr"][0]
    assert "Language: es\n" in header
    assert "Plural-Forms: nplurals=2; plural=(n != 1);" in header


def test_every_message_is_translated_and_none_is_fuzzy(entries):
    found = messages(entries)
    assert len(found) > 100, "the catalogue looks truncated"
    fuzzy = [e["msgid"] for e in entries if "fuzzy" in e["flags"]]
    assert not fuzzy, f"fuzzy entries: {fuzzy}"
    untranslated = [e["msgid"] for e in found if not all(e["msgstr"].values())]
    assert not untranslated, f"untranslated entries: {untranslated}"
    plural = [e for e in found if "msgid_plural" in e]
    assert all(sorted(e["msgstr"]) == [0, 1] for e in plural)


def test_translations_keep_placeholders_and_html(entries):
    for entry in messages(entries):
        sources = [entry["msgid"], entry.get("msgid_plural", entry["msgid"])]
        for index, translation in entry["msgstr"].items():
            source = sources[min(index, 1)]
            assert sorted(PLACEHOLDER.findall(translation)) == sorted(
                PLACEHOLDER.findall(source)
            ), f"{source!r} -> {translation!r}"


def test_msgfmt_reports_nothing_untranslated_or_fuzzy():
    msgfmt = shutil.which("msgfmt")
    if not msgfmt:
        pytest.skip("msgfmt (GNU gettext) is not installed; the .po reader tests cover the rest")
    result = subprocess.run(
        [msgfmt, "--check", "--statistics", "-o", "/dev/null", str(PO_FILE)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "translated message" in result.stderr
    assert "untranslated" not in result.stderr
    assert "fuzzy" not in result.stderr


def test_the_compiled_catalogue_matches_the_po_file(entries):
    assert MO_FILE.exists(), "django.mo is missing: run `peerhaven compilemessages -l es`"
    with MO_FILE.open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    stale = []
    for entry in messages(entries):
        msgid = entry["msgid"]
        if "msgctxt" in entry:
            msgid = f"{entry['msgctxt']}\x04{msgid}"
        if "msgid_plural" in entry:
            got = [compiled.ngettext(msgid, entry["msgid_plural"], n) for n in (1, 2)]
            want = [entry["msgstr"][0], entry["msgstr"][1]]
        else:
            got, want = compiled.gettext(msgid), entry["msgstr"][0]
        if got != want:
            stale.append(entry["msgid"])
    assert not stale, f"django.mo is out of date (run compilemessages): {stale}"


SPANISH_PAGES = {
    "/": [
        "No tienes que pasar por esto a solas.",
        "Únete con un seudónimo",
        "Necesito ayuda ahora mismo",
    ],
    "/help/crisis/": [
        '<h1 id="crisis-title">Consigue ayuda ahora</h1>',
        "En una emergencia, llama al número de emergencias local.",
        "En cualquier parte del mundo",
    ],
    "/account/signup/": [
        "Únete a PeerHaven",
        "He leído y acepto el código de conducta.",
        "Crear mi cuenta",
    ],
}


@pytest.mark.django_db
@pytest.mark.parametrize("path", list(SPANISH_PAGES))
def test_pages_are_in_spanish_when_the_browser_asks_for_it(client, path):
    response = client.get(path, HTTP_ACCEPT_LANGUAGE="es")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="es">' in html
    for phrase in SPANISH_PAGES[path]:
        assert phrase in html, phrase
    assert "Get help now" not in html
    assert "Consigue ayuda ahora" in html


@pytest.mark.django_db
def test_english_is_still_the_default(client):
    html = client.get("/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert '<html lang="en">' in html
    assert "You don't have to go through it alone." in html
    assert "Consigue ayuda ahora" not in html
