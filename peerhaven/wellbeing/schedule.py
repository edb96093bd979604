"""Calendar arithmetic for wellbeing: the member's today, reminder times, celebrations, streaks.

Pure functions: no database, so they are easy to test across time zones and
daylight-saving changes.
"""

from datetime import UTC, date, datetime, time, timedelta

CELEBRATION_DAYS = (1, 7, 30, 60, 90, 180, 365)


def local_today(zone, now: datetime | None = None) -> date:
    from django.utils import timezone

    return (now or timezone.now()).astimezone(zone).date()


def parse_time(value: str) -> time:
    hours, minutes = value.split(":")
    return time(int(hours), int(minutes))


def _at(day: date, moment: time, zone) -> datetime:
    return datetime.combine(day, moment, tzinfo=zone).astimezone(UTC)


def next_daily(moment: time, zone, after: datetime) -> datetime:
    """The first instant after `after` when the member's clock shows `moment`."""
    day = after.astimezone(zone).date()
    for offset in range(3):
        candidate = _at(day + timedelta(days=offset), moment, zone)
        if candidate > after:
            return candidate
    raise AssertionError("unreachable: a daily time comes within three days")


def next_scheduled(weekdays: int, times: list[str], zone, after: datetime) -> datetime | None:
    """The first reminder time after `after` on one of `weekdays` (bit 0 = Monday)."""
    if not times or not weekdays:
        return None
    moments = sorted(parse_time(value) for value in times)
    day = after.astimezone(zone).date()
    for offset in range(9):
        current = day + timedelta(days=offset)
        if not weekdays >> current.weekday() & 1:
            continue
        for moment in moments:
            candidate = _at(current, moment, zone)
            if candidate > after:
                return candidate
    return None


def _anniversary(since: date, years: int) -> date:
    try:
        return since.replace(year=since.year + years)
    except ValueError:  # 29 February in a year without one
        return since.replace(year=since.year + years, day=28)


def celebration_days(since: date, today: date) -> list[int]:
    """Every celebration reached by `today`, in days: 1, 7, 30, 60, 90, 180, 365, then yearly."""
    days = (today - since).days
    reached = [mark for mark in CELEBRATION_DAYS if mark <= days]
    years = 2
    while True:
        anniversary = _anniversary(since, years)
        if anniversary > today:
            break
        reached.append((anniversary - since).days)
        years += 1
    return reached


def next_celebration(since: date, today: date) -> tuple[int, date]:
    """(days, date) of the next celebration after today."""
    days = (today - since).days
    for mark in CELEBRATION_DAYS:
        if mark > days:
            return mark, since + timedelta(days=mark)
    years = 2
    while True:
        anniversary = _anniversary(since, years)
        if anniversary > today:
            return (anniversary - since).days, anniversary
        years += 1


def years_in(days: int, since: date) -> int:
    """How many whole years a celebration of `days` marks (0 below a year)."""
    years = 0
    while (_anniversary(since, years + 1) - since).days <= days:
        years += 1
    return years


def kind_streak(scheduled, done: set[date], today: date, *, horizon: int = 366) -> int:
    """Planned days in a row that were done, counting back from today.

    Today only counts once it is done: a day still in progress never ends a run.
    `scheduled(day)` says whether the activity was planned that day.
    """
    run = 0
    day = today
    if today not in done:
        day -= timedelta(days=1)
    for _step in range(horizon):
        if scheduled(day):
            if day not in done:
                break
            run += 1
        day -= timedelta(days=1)
    return run
