"""The meetings steps of `peerhaven bench-seed --meetings N`: series, occurrences and RSVPs.

Registered in bench_seed's `STEPS` after the memberships. Everything is made in memory from
what the earlier steps left on the plan (`plan.groups`: each group's row, id and people) and
written with `insert_rows`:

- N meetings over the seeded groups (uniformly, so about N / groups each), in the group's
  format and time zone: 30% single, 40% weekly, 15% every two weeks, 15% monthly on the n-th
  weekday, some with an end date or a count; a first start from four weeks ago to six weeks
  ahead, at a local hour between 07:00 and 21:45 (never in a DST gap); half of the in-person
  seats and a third of the online seats are limited;
- their occurrences, placed with `recurrence.utc_starts` (the rule and DST handling the app
  uses) from the first start up to `HORIZON_DAYS` ahead ("the next weeks"; the app's own
  horizon is `recurrence.HORIZON_DAYS`, which the extend-schedules task fills in over time);
  2% cancelled, 1% moved by an hour;
- RSVPs from the group's active members for occurrences within `RSVP_WINDOW_DAYS` of now,
  going up to the capacity of the mode and waitlisted after it (in the order asked), some not
  going; attendance marked on the past ones;
- every seeded group's `next_meeting_at` set to its real next occurrence (None when it has
  none), as `services.refresh_next_meeting` keeps it.

Import order: bench_seed imports this module; this module reaches bench_seed's helpers only
inside functions, so either can be imported first.
"""

from __future__ import annotations

import random
from datetime import datetime, time, timedelta
from html import escape
from typing import TYPE_CHECKING

from django.db import connection

from peerhaven.groups.models import Group
from peerhaven.meetings import recurrence
from peerhaven.meetings.models import RSVP, Meeting, Occurrence

if TYPE_CHECKING:
    from peerhaven.groups.management.commands.bench_seed import GroupPlan, Plan

HORIZON_DAYS = 56  # occurrences are materialised this far ahead
PAST_DAYS = 28  # series began up to this long ago (their past occurrences exist too)
RSVP_WINDOW_DAYS = 14  # occurrences this close to now, either side, have RSVPs
MAX_RSVPS = 8  # per occurrence, at most (fewer in small groups)

REPEAT_WEIGHTS = [("none", 30), ("weekly", 40), ("biweekly", 15), ("monthly", 15)]
DURATIONS = [45, 60, 60, 90, 90, 90, 120]
TITLES_EN = [
    "check-in",
    "circle",
    "sharing round",
    "peer support meeting",
    "walk and talk",
    "coffee and conversation",
    "drop-in",
    "coping skills evening",
]
TITLE_WORDS_EN = ["Weekly", "Evening", "Morning", "Lunchtime", "Weekend", "Monthly", "Open"]
TITLES_ES = ["encuentro", "círculo", "ronda de palabra", "reunión de apoyo", "café y charla"]
TITLE_WORDS_ES = ["Semanal", "De tarde", "De mañana", "Abierto", "Mensual"]
DESCRIPTION_EN = (
    "Arrive a few minutes early; we start with a round of names and passing is always fine."
)
DESCRIPTION_ES = "Llega unos minutos antes; empezamos con una ronda de nombres y pasar está bien."
VENUES = ["Community library", "Neighbourhood centre", "Quaker meeting house", "Wellbeing hub"]


def _title(rng: random.Random, language: str) -> str:
    if language == "es":
        return f"{rng.choice(TITLES_ES).capitalize()} {rng.choice(TITLE_WORDS_ES).lower()}"
    return f"{rng.choice(TITLE_WORDS_EN)} {rng.choice(TITLES_EN)}"


def _format(rng: random.Random, group_format: str) -> str:
    if group_format == "online":
        return Meeting.Format.ONLINE
    if group_format == "in_person":
        return Meeting.Format.ONLINE if rng.random() < 0.1 else Meeting.Format.IN_PERSON
    return rng.choices(
        [Meeting.Format.HYBRID, Meeting.Format.IN_PERSON, Meeting.Format.ONLINE], [6, 2, 2]
    )[0]


def _active_people(group_plan: GroupPlan) -> list[int]:
    """The group's active members: the facilitator, a co-facilitator, the active members."""
    return group_plan.people[: 1 + group_plan.cofacilitator + group_plan.active]


def _new_ids(model, after: int, expected: int) -> list[int]:
    """Ids of the rows just inserted, in insertion order (ids grow with each insert)."""
    ids = list(model.objects.filter(pk__gt=after).order_by("pk").values_list("pk", flat=True))
    if len(ids) != expected:
        raise RuntimeError(f"{model.__name__}: inserted {expected:,} rows, found {len(ids):,}")
    return ids


def _last_id(model) -> int:
    last = model.objects.order_by("-pk").values_list("pk", flat=True).first()
    return last or 0


def seed_meetings(plan: Plan) -> str:
    from peerhaven.groups.management.commands.bench_seed import _pick, insert_rows

    wanted = plan.meetings_wanted
    if wanted <= 0:
        return "skipped (--meetings 0)"
    rng = plan.rng
    now = plan.now
    meetings: list[dict] = []
    starts: list[list[datetime]] = []
    for _number in range(wanted):
        group_plan = rng.choice(plan.groups)
        group = group_plan.row
        zone_name = group["time_zone"]
        repeat = _pick(rng, REPEAT_WEIGHTS)
        today = recurrence.to_local(now, zone_name).date()
        if repeat == "none":
            first_date = today + timedelta(days=rng.randint(-7, 42))
        else:
            first_date = today + timedelta(days=rng.randint(-PAST_DAYS, 42))
        first_time = time(rng.randint(7, 21), rng.choice([0, 15, 30, 45]))
        until = count = None
        if repeat != "none":
            roll = rng.random()
            if roll < 0.2:
                count = rng.randint(4, 12)
            elif roll < 0.4:
                until = first_date + timedelta(days=rng.randint(30, 120))
        local_start = datetime.combine(first_date, first_time)
        utc = recurrence.utc_starts(
            repeat,
            local_start,
            zone_name,
            until=until,
            count=count,
            horizon_days=HORIZON_DAYS,
            now=now,
        )
        meeting_format = _format(rng, group["format"])
        in_person = meeting_format != Meeting.Format.ONLINE
        online = meeting_format != Meeting.Format.IN_PERSON
        language = group["language_id"]
        description = DESCRIPTION_ES if language == "es" else DESCRIPTION_EN
        created = min(now, utc[0]) - timedelta(seconds=rng.randint(3600, 30 * 24 * 3600))
        meetings.append(
            {
                "group_id": group_plan.pk,
                "title": _title(rng, language),
                "description": description,
                "description_html": f"<p>{escape(description)}</p>",
                "format": meeting_format,
                "time_zone": zone_name,
                "first_date": first_date,
                "first_time": first_time,
                "duration_minutes": rng.choice(DURATIONS),
                "repeat": repeat,
                "repeat_until": until,
                "repeat_count": count,
                "venue_name": rng.choice(VENUES) if in_person else "",
                "area": group["city_name"] if in_person else "",
                "address": f"{rng.randint(1, 200)} Bench Street" if in_person else "",
                "step_free": in_person and rng.random() < 0.6,
                "hearing_loop": in_person and rng.random() < 0.2,
                "quiet_room": in_person and rng.random() < 0.3,
                "video_url": "https://video.example.org/bench" if online else "",
                "capacity_in_person": rng.randint(6, 25)
                if in_person and rng.random() < 0.5
                else None,
                "capacity_online": rng.randint(10, 50) if online and rng.random() < 0.33 else None,
                "created_by_id": group_plan.people[0],
                "created_at": created,
            }
        )
        starts.append(utc)
    before = _last_id(Meeting)
    insert_rows(Meeting, meetings, now=now)
    meeting_ids = _new_ids(Meeting, before, len(meetings))

    occurrences: list[dict] = []
    for meeting_id, meeting, utc in zip(meeting_ids, meetings, starts, strict=True):
        duration = timedelta(minutes=meeting["duration_minutes"])
        for original in utc:
            start, moved, cancelled = original, False, False
            roll = rng.random()
            if roll < 0.02:
                cancelled = True
            elif roll < 0.03:
                start, moved = original + timedelta(hours=1), True
            occurrences.append(
                {
                    "meeting_id": meeting_id,
                    "group_id": meeting["group_id"],
                    "original_start": original,
                    "start": start,
                    "end": start + duration,
                    "cancelled": cancelled,
                    "moved": moved,
                    "sequence": 1 if (moved or cancelled) else 0,
                }
            )
    before = _last_id(Occurrence)
    insert_rows(Occurrence, occurrences, now=now)
    occurrence_ids = _new_ids(Occurrence, before, len(occurrences))

    next_start: dict[int, datetime] = {}
    for row in occurrences:
        if not row["cancelled"] and row["start"] >= now:
            group_id = row["group_id"]
            if group_id not in next_start or row["start"] < next_start[group_id]:
                next_start[group_id] = row["start"]
    adapt = connection.ops.adapt_datetimefield_value
    table = connection.ops.quote_name(Group._meta.db_table)
    with connection.cursor() as cursor:
        cursor.executemany(
            f"UPDATE {table} SET next_meeting_at = %s WHERE id = %s",  # noqa: S608
            [(adapt(next_start.get(p.pk)), p.pk) for p in plan.groups],
        )

    rsvps = _rsvps(plan, meetings, meeting_ids, occurrences, occurrence_ids)
    insert_rows(RSVP, rsvps, now=now)
    series = sum(1 for row in meetings if row["repeat"] != "none")
    going = sum(1 for row in rsvps if row["status"] == RSVP.Status.GOING)
    return (
        f"{len(meetings):,} meetings ({series:,} series), {len(occurrences):,} occurrences "
        f"up to {HORIZON_DAYS} days ahead, {len(rsvps):,} RSVPs ({going:,} going)"
    )


def _rsvps(
    plan: Plan,
    meetings: list[dict],
    meeting_ids: list[int],
    occurrences: list[dict],
    occurrence_ids: list[int],
) -> list[dict]:
    rng = plan.rng
    now = plan.now
    window = timedelta(days=RSVP_WINDOW_DAYS)
    by_meeting = dict(zip(meeting_ids, meetings, strict=True))
    people = {p.pk: _active_people(p) for p in plan.groups}
    rows: list[dict] = []
    for occurrence_id, occurrence in zip(occurrence_ids, occurrences, strict=True):
        start = occurrence["start"]
        if occurrence["cancelled"] or not now - window <= start <= now + window:
            continue
        members = people[occurrence["group_id"]]
        many = rng.randint(0, min(len(members), MAX_RSVPS))
        if not many:
            continue
        meeting = by_meeting[occurrence["meeting_id"]]
        capacity = {
            RSVP.Mode.IN_PERSON: meeting["capacity_in_person"],
            RSVP.Mode.ONLINE: meeting["capacity_online"],
        }
        going = {RSVP.Mode.IN_PERSON: 0, RSVP.Mode.ONLINE: 0}
        past = start < now
        # Asked over the ten days before the start (never after now), in this order.
        latest = min(start, now)
        asked = sorted(
            latest - timedelta(seconds=rng.randint(60, 10 * 24 * 3600)) for _ in range(many)
        )
        for user_id, queued_at in zip(rng.sample(members, many), asked, strict=True):
            if meeting["format"] == Meeting.Format.ONLINE:
                mode = RSVP.Mode.ONLINE
            elif meeting["format"] == Meeting.Format.IN_PERSON:
                mode = RSVP.Mode.IN_PERSON
            else:
                mode = RSVP.Mode.IN_PERSON if rng.random() < 0.7 else RSVP.Mode.ONLINE
            if rng.random() < 0.1:
                status = RSVP.Status.NOT_GOING
            elif capacity[mode] is None or going[mode] < capacity[mode]:
                status = RSVP.Status.GOING
                going[mode] += 1
            else:
                status = RSVP.Status.WAITLISTED
            attended = None
            if past and status == RSVP.Status.GOING and rng.random() < 0.7:
                attended = rng.random() < 0.85
            rows.append(
                {
                    "occurrence_id": occurrence_id,
                    "user_id": user_id,
                    "status": status,
                    "mode": mode,
                    "queued_at": queued_at,
                    "attended": attended,
                }
            )
    return rows
