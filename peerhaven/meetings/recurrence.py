"""Wall-clock recurrence in a time zone, built on python-dateutil's rrule.

Rules run on naive local times (19:00 every Tuesday) and each result is then
placed in the zone, so a meeting keeps its local time across daylight-saving
changes. A local time that falls in a spring-forward gap is moved forward by
the gap (02:30 becomes 03:30); one that happens twice takes the first.
"""

import zoneinfo
from datetime import date, datetime, time, timedelta

from dateutil import rrule

HORIZON_DAYS = 190
MAX_OCCURRENCES = 400


class LocalTimeProblem(ValueError):
    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind  # "gap" or "ambiguous"


def zone(name: str) -> zoneinfo.ZoneInfo:
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return zoneinfo.ZoneInfo("UTC")


def check_local_time(local: datetime, zone_name: str) -> None:
    """Raise LocalTimeProblem when `local` does not exist in the zone, or exists twice."""
    tz = zone(zone_name)
    first = local.replace(tzinfo=tz, fold=0)
    second = local.replace(tzinfo=tz, fold=1)
    if first.utcoffset() == second.utcoffset():
        return
    round_trip = first.astimezone(zoneinfo.ZoneInfo("UTC")).astimezone(tz).replace(tzinfo=None)
    raise LocalTimeProblem("ambiguous" if round_trip == local else "gap")


def to_utc(local: datetime, zone_name: str) -> datetime:
    tz = zone(zone_name)
    placed = local.replace(tzinfo=tz, fold=0)
    # A time in a gap comes back shifted by the gap's length; normalise through UTC.
    return placed.astimezone(zoneinfo.ZoneInfo("UTC"))


def to_local(moment: datetime, zone_name: str) -> datetime:
    return moment.astimezone(zone(zone_name))


def nth_weekday(local: datetime) -> int:
    """Which weekday of its month `local` is: 1..4, or -1 for the last one (a 5th)."""
    number = (local.day - 1) // 7 + 1
    return -1 if number >= 5 else number


def rule(repeat: str, local_start: datetime, *, until: date | None, count: int | None):
    """The dateutil rule for a series (None for a single meeting)."""
    end = datetime.combine(until, time(23, 59, 59)) if until else None
    common = {"dtstart": local_start, "until": end, "count": count}
    if repeat == "weekly":
        return rrule.rrule(rrule.WEEKLY, **common)
    if repeat == "biweekly":
        return rrule.rrule(rrule.WEEKLY, interval=2, **common)
    if repeat == "monthly":
        weekday = rrule.weekdays[local_start.weekday()](nth_weekday(local_start))
        return rrule.rrule(rrule.MONTHLY, byweekday=weekday, **common)
    return None


def local_starts(
    repeat: str,
    local_start: datetime,
    *,
    until: date | None = None,
    count: int | None = None,
    horizon: datetime | None = None,
) -> list[datetime]:
    """Naive local starts of the series, up to `horizon` (local) for open-ended ones."""
    series = rule(repeat, local_start, until=until, count=count)
    if series is None:
        return [local_start]
    results = []
    for moment in series:
        if horizon is not None and moment > horizon:
            break
        results.append(moment)
        if len(results) >= MAX_OCCURRENCES:
            break
    return results


def utc_starts(
    repeat: str,
    local_start: datetime,
    zone_name: str,
    *,
    until: date | None = None,
    count: int | None = None,
    horizon_days: int = HORIZON_DAYS,
    now: datetime | None = None,
) -> list[datetime]:
    now = now or datetime.now(tz=zoneinfo.ZoneInfo("UTC"))
    horizon = to_local(now + timedelta(days=horizon_days), zone_name).replace(tzinfo=None)
    if horizon < local_start:
        horizon = local_start
    return [
        to_utc(moment, zone_name)
        for moment in local_starts(repeat, local_start, until=until, count=count, horizon=horizon)
    ]


def ical_rrule(
    repeat: str, local_start: datetime, *, until_utc: datetime | None, count: int | None
) -> dict | None:
    """The RRULE of a series as an icalendar property value."""
    if repeat == "none":
        return None
    value: dict = {"FREQ": "WEEKLY" if repeat in ("weekly", "biweekly") else "MONTHLY"}
    if repeat == "biweekly":
        value["INTERVAL"] = 2
    if repeat == "monthly":
        code = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"][local_start.weekday()]
        value["BYDAY"] = f"{nth_weekday(local_start)}{code}"
    if count:
        value["COUNT"] = count
    elif until_utc:
        value["UNTIL"] = until_utc
    return value
