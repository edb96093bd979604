"""The offline crisis-lines directory behind "Get help now".

The data lives in ``data/crisis_lines.json``; it ships with the package so the page works
without any outside request. Every line records the page it was checked against and when.
"""

from __future__ import annotations

import datetime
import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path

from django.utils.translation import gettext

from peerhaven.accounts.countries import country_name, sort_key

DATA_FILE = Path(__file__).resolve().parent / "data" / "crisis_lines.json"
INTERNATIONAL_CODE = "ZZ"
MAX_ACCEPT_LANGUAGE = 1000

_REGION = re.compile(r"[A-Za-z]{2}")
_SCRIPT = re.compile(r"[A-Za-z]{4}")
_QVALUE = re.compile(r"(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)")


@dataclass(frozen=True)
class CrisisLine:
    organisation: str
    phone: str | None
    text: str | None
    chat: str | None
    hours: str
    languages: tuple[str, ...]
    website: str
    source: str
    verified: datetime.date


@dataclass(frozen=True)
class CountryDirectory:
    code: str
    name: str
    emergency_number: str | None
    lines: tuple[CrisisLine, ...]

    @property
    def display_name(self) -> str:
        """The name to show, in the active language; ``name`` is the English one."""
        if self.code == INTERNATIONAL_CODE:
            # CLDR calls ZZ "Unknown Region": the pages call this entry by its own words.
            return gettext("Anywhere in the world")
        return country_name(self.code) or self.name


def _line(raw: dict) -> CrisisLine:
    return CrisisLine(
        organisation=raw["organisation"],
        phone=raw.get("phone"),
        text=raw.get("text"),
        chat=raw.get("chat"),
        hours=raw["hours"],
        languages=tuple(raw.get("languages", ())),
        website=raw["website"],
        source=raw["source"],
        verified=datetime.date.fromisoformat(raw["verified"]),
    )


@functools.cache
def _directories() -> dict[str, CountryDirectory]:
    raw = json.loads(DATA_FILE.read_text(encoding="utf-8"))
    directories = {}
    for country in raw["countries"]:
        code = country["code"].upper()
        directories[code] = CountryDirectory(
            code=code,
            name=country["name"],
            emergency_number=country.get("emergency_number"),
            lines=tuple(_line(line) for line in country["lines"]),
        )
    return directories


def directory_for(code: str | None) -> CountryDirectory | None:
    """The lines for an ISO 3166-1 alpha-2 code, any case; None when not covered."""
    if not isinstance(code, str):
        return None
    return _directories().get(code.strip().upper())


def international() -> CountryDirectory:
    """The fallback shown everywhere: international directories and emergency advice."""
    return _directories()[INTERNATIONAL_CODE]


def covered_countries() -> list[tuple[str, str]]:
    """(code, name) for every covered country in the active language, sorted by name,
    without the fallback."""
    pairs = [
        (d.code, d.display_name) for d in _directories().values() if d.code != INTERNATIONAL_CODE
    ]
    return sorted(pairs, key=lambda pair: (sort_key(pair[1]), pair[1], pair[0]))


def _region_of(tag: str) -> str | None:
    subtags = re.split(r"[-_]", tag.strip())
    if len(subtags) < 2 or not subtags[0].isalpha():
        return None
    for subtag in subtags[1:]:
        if _SCRIPT.fullmatch(subtag):
            continue
        return subtag.upper() if _REGION.fullmatch(subtag) else None
    return None


def _quality(params: list[str]) -> float | None:
    for param in params:
        name, _, value = param.partition("=")
        if name.strip().lower() == "q":
            value = value.strip()
            return float(value) if _QVALUE.fullmatch(value) else None
    return 1.0


def country_from_accept_language(header: str | None) -> str | None:
    """The region of the most preferred language tag that names a covered country.

    "es-MX,es;q=0.9,en;q=0.8" gives "MX"; tags without a region, with q=0 or with a
    malformed q-value are skipped. Never raises.
    """
    if not isinstance(header, str) or not header:
        return None
    if len(header) > MAX_ACCEPT_LANGUAGE:
        # A tag cut in half could name the wrong region, so drop the last partial one.
        header = header[:MAX_ACCEPT_LANGUAGE].rpartition(",")[0]
    candidates = []
    for position, item in enumerate(header.split(",")):
        tag, *params = item.split(";")
        quality = _quality(params)
        region = _region_of(tag)
        if quality is None or quality <= 0 or region is None:
            continue
        candidates.append((-quality, position, region))
    for _, _, region in sorted(candidates):
        if region != INTERNATIONAL_CODE and directory_for(region):
            return region
    return None


def tel_href(number: str) -> str:
    """The value of a tel: link for a number as displayed: "13 11 14" gives "131114".

    Keeps the digits and a leading "+". A leading "*" is kept too: short codes such as
    Chile's *4141 reach a different number without it.
    """
    stripped = number.strip()
    digits = "".join(ch for ch in stripped if ch.isascii() and ch.isdigit())
    if stripped.startswith("+"):
        return "+" + digits
    if stripped.startswith("*"):
        return "*" + digits
    return digits
