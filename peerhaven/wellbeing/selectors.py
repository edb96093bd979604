"""Reads about a member's wellbeing. Every one of them is for the member themselves.

The one exception is `group_trend`: a meeting's anonymous average, for its
facilitators, only when enough members chose to share.
"""

import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from django.db.models import QuerySet
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _

from peerhaven.groups.models import Group, Membership
from peerhaven.wellbeing import crypto, schedule
from peerhaven.wellbeing.models import (
    EMOTION_CODES,
    EMOTION_LABELS,
    JournalEntry,
    MeetingCheckIn,
    Milestone,
    MoodCheckIn,
    Preferences,
    Reminder,
    SelfCareActivity,
    SelfCareDone,
    SelfCheck,
)
from peerhaven.wellbeing.services import (
    CHECKIN_CLOSES_AFTER,
    JOURNAL_PURPOSE,
    NOTE_PURPOSE,
    checkin_window,
)

# A facilitator sees a meeting's average change only from this many sharing members up.
GROUP_TREND_MINIMUM = 5
PERIODS = (7, 30, 90)


def owned(model, user, pk) -> object:
    """One of the member's own records; anyone else's is the same 404 as a missing one."""
    record = model.objects.filter(user=user, pk=pk).first() if user.is_authenticated else None
    if record is None:
        raise Http404("No such record")
    return record


def owned_activity(user, pk) -> SelfCareActivity:
    return owned(SelfCareActivity, user, pk)  # type: ignore[return-value]


def preferences_for(user) -> Preferences:
    return Preferences.objects.filter(user=user).first() or Preferences(user=user)


def today_for(user) -> date:
    return schedule.local_today(user.zone)


# --- mood -------------------------------------------------------------------------


def open_note(checkin: MoodCheckIn) -> str | None:
    """The note in the clear, "" without one, None when it does not open."""
    if not checkin.note_key_id:
        return ""
    try:
        return crypto.unseal(
            checkin.note_ciphertext,
            checkin.note_key_id,
            purpose=NOTE_PURPOSE,
            user_id=checkin.user_id,
        )
    except (crypto.TamperedData, crypto.DataKeyError):
        return None


def with_notes(checkins) -> list[MoodCheckIn]:
    rows = list(checkins)
    for checkin in rows:
        checkin.note = open_note(checkin)
    return rows


def checkins_for(user) -> QuerySet[MoodCheckIn]:
    return MoodCheckIn.objects.filter(user=user).order_by("-day", "-created_at", "-id")


def recent_checkins(user, limit: int = 7) -> list[MoodCheckIn]:
    return with_notes(checkins_for(user)[:limit])


def checked_in_on(user, day: date) -> bool:
    return MoodCheckIn.objects.filter(user=user, day=day).exists()


@dataclass
class DayMood:
    day: date
    average: float | None
    count: int
    rolling: float | None


@dataclass
class WeekdayMood:
    weekday: int
    average: float | None
    count: int


@dataclass
class EmotionCount:
    code: str
    label: str
    count: int


@dataclass
class MoodOverview:
    start: date
    end: date
    days: list[DayMood]
    weekdays: list[WeekdayMood]
    emotions: list[EmotionCount]
    checkins: int
    average: float | None


def _mean(total: float, count: int) -> float | None:
    return round(total / count, 2) if count else None


def overview_rows(user, days: int, today: date) -> list[tuple[date, int, int]]:
    """What the charts of a period are drawn from: (day, mood, emotions) of each check-in.

    The period's rows and the six days before it (for the rolling average), in a
    fixed order, so that equal rows mean equal charts (views cache charts on them).
    """
    start = today - timedelta(days=days - 1)
    return list(
        MoodCheckIn.objects.filter(user=user, day__gte=start - timedelta(days=6), day__lte=today)
        .order_by("day", "id")
        .values_list("day", "mood", "emotions")
    )


def mood_overview(user, days: int, today: date, *, top: int = 8) -> MoodOverview:
    """Daily averages with a 7-day rolling average, by weekday, and the most frequent emotions.

    One query, whatever the period: the rows of the period (and the six days before it,
    for the rolling average) are summed here.
    """
    return summarize_mood(overview_rows(user, days, today), days, today, top=top)


def summarize_mood(rows, days: int, today: date, *, top: int = 8) -> MoodOverview:
    start = today - timedelta(days=days - 1)
    totals: dict[date, list[int]] = {}
    weekday_totals = [[0, 0] for _weekday in range(7)]
    emotion_counts: Counter = Counter()
    for day, mood, emotions in rows:
        entry = totals.setdefault(day, [0, 0])
        entry[0] += mood
        entry[1] += 1
        if day >= start:
            weekday_totals[day.weekday()][0] += mood
            weekday_totals[day.weekday()][1] += 1
            index = 0
            while emotions:
                if emotions & 1:
                    emotion_counts[index] += 1
                emotions >>= 1
                index += 1
    series = []
    for offset in range(days):
        day = start + timedelta(days=offset)
        total, count = totals.get(day, (0, 0))
        window_total = window_count = 0
        for back in range(7):
            got = totals.get(day - timedelta(days=back))
            if got:
                window_total += got[0]
                window_count += got[1]
        series.append(DayMood(day, _mean(total, count), count, _mean(window_total, window_count)))
    period_total = sum(totals.get(d.day, (0, 0))[0] for d in series)
    period_count = sum(d.count for d in series)
    emotions = [
        EmotionCount(EMOTION_CODES[index], str(EMOTION_LABELS[EMOTION_CODES[index]]), count)
        for index, count in sorted(emotion_counts.items(), key=lambda item: (-item[1], item[0]))
        if index < len(EMOTION_CODES)
    ][:top]
    return MoodOverview(
        start=start,
        end=today,
        days=series,
        weekdays=[
            WeekdayMood(index, _mean(*weekday_totals[index]), weekday_totals[index][1])
            for index in range(7)
        ],
        emotions=emotions,
        checkins=period_count,
        average=_mean(period_total, period_count),
    )


# --- before and after meetings ------------------------------------------------------


@dataclass
class MeetingChange:
    occurrence_id: int
    title: str
    start: datetime
    before: int
    after: int

    @property
    def change(self) -> int:
        return self.after - self.before


@dataclass
class MeetingChanges:
    pairs: list[MeetingChange]
    count: int
    average: float | None


def meeting_changes(user, *, recent: int = 10) -> MeetingChanges:
    """The member's own before→after pairs and their average change (one query)."""
    rows = (
        MeetingCheckIn.objects.filter(user=user)
        .values_list(
            "occurrence_id", "phase", "mood", "occurrence__start", "occurrence__meeting__title"
        )
        .order_by("-occurrence__start")
    )
    found: dict[int, dict] = {}
    for occurrence_id, phase, mood, start, title in rows:
        found.setdefault(occurrence_id, {"title": title, "start": start})[phase] = mood
    pairs = [
        MeetingChange(occurrence_id, data["title"], data["start"], data["before"], data["after"])
        for occurrence_id, data in found.items()
        if "before" in data and "after" in data
    ]
    average = round(sum(p.change for p in pairs) / len(pairs), 2) if pairs else None
    return MeetingChanges(pairs=pairs[:recent], count=len(pairs), average=average)


@dataclass
class MeetingCheckInState:
    before: MeetingCheckIn | None
    after: MeetingCheckIn | None
    before_open: bool
    after_open: bool
    manages: bool = False


def meeting_checkin_state(user, occurrence, now: datetime | None = None) -> MeetingCheckInState:
    now = now or timezone.now()
    mine = {
        row.phase: row for row in MeetingCheckIn.objects.filter(user=user, occurrence=occurrence)
    }
    windows = {phase: checkin_window(occurrence, phase) for phase in MeetingCheckIn.Phase.values}
    is_open = {
        phase: not occurrence.cancelled and opens <= now <= closes
        for phase, (opens, closes) in windows.items()
    }
    return MeetingCheckInState(
        before=mine.get("before"),
        after=mine.get("after"),
        before_open=is_open["before"],
        after_open=is_open["after"],
    )


@dataclass
class GroupTrend:
    visible: bool
    reason: str  # "open" (check-ins still open), "few" (fewer than the minimum), "" when visible
    closes_at: datetime
    members: int = 0
    before: float | None = None
    after: float | None = None

    @property
    def change(self) -> float | None:
        if self.before is None or self.after is None:
            return None
        return round(self.after - self.before, 1)


def group_trend(occurrence, now: datetime | None = None) -> GroupTrend:
    """The meeting's average before→after change, for its facilitators (callers check that).

    Shown only once the after-meeting check-ins have closed, so the figure cannot be
    watched change as each member shares, and only when at least GROUP_TREND_MINIMUM
    members shared both check-ins. Nothing about fewer is shown, not even how many.
    """
    now = now or timezone.now()
    closes = occurrence.end + CHECKIN_CLOSES_AFTER
    if now < closes:
        return GroupTrend(visible=False, reason="open", closes_at=closes)
    rows = MeetingCheckIn.objects.filter(occurrence=occurrence).values_list(
        "user_id", "phase", "mood", "shared"
    )
    before: dict[int, int] = {}
    after: dict[int, int] = {}
    for user_id, phase, mood, shared in rows:
        if phase == MeetingCheckIn.Phase.BEFORE:
            before[user_id] = mood
        elif shared:
            after[user_id] = mood
    pairs = [(before[user_id], mood) for user_id, mood in after.items() if user_id in before]
    if len(pairs) < GROUP_TREND_MINIMUM:
        return GroupTrend(visible=False, reason="few", closes_at=closes)
    return GroupTrend(
        visible=True,
        reason="",
        closes_at=closes,
        members=len(pairs),
        before=round(sum(b for b, _a in pairs) / len(pairs), 1),
        after=round(sum(a for _b, a in pairs) / len(pairs), 1),
    )


# --- journal ----------------------------------------------------------------------


@dataclass
class OpenedEntry:
    entry: JournalEntry
    title: str = ""
    body: str = ""
    problem: str = ""  # "damaged" (does not open) or "key" (its key is not here)
    snippet: tuple[str, str, str] | None = None
    search_word: str = ""

    @property
    def excerpt(self) -> str:
        text = " ".join(self.body.split())
        return text if len(text) <= 180 else text[:180].rsplit(" ", 1)[0] + "…"


def open_entry(entry: JournalEntry) -> OpenedEntry:
    try:
        payload = crypto.unseal(
            entry.ciphertext, entry.key_id, purpose=JOURNAL_PURPOSE, user_id=entry.user_id
        )
    except crypto.TamperedData:
        return OpenedEntry(entry, problem="damaged")
    except crypto.DataKeyError:
        return OpenedEntry(entry, problem="key")
    data = json.loads(payload)
    return OpenedEntry(entry, title=data.get("title", ""), body=data.get("body", ""))


def journal_for(user) -> QuerySet[JournalEntry]:
    return JournalEntry.objects.filter(user=user).order_by("-day", "-created_at", "-id")


_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(text: str) -> str:
    """Lower case without accents, so "cafe" finds "Café"."""
    if text.isascii():
        return text.casefold()
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text)).casefold()


def _snippet(text: str, word: str, width: int = 70) -> tuple[str, str, str]:
    # Fold character by character to map a match in the folded text back to the original.
    folded_parts, origin = [], []
    for index, char in enumerate(text):
        piece = fold(char)
        folded_parts.append(piece)
        origin.extend([index] * len(piece))
    folded = "".join(folded_parts)
    at = folded.find(word)
    if at < 0:
        return (text[: width * 2], "", "")
    begin = origin[at]
    end = origin[at + len(word) - 1] + 1
    lead = text[max(0, begin - width) : begin]
    tail = text[end : end + width]
    return (
        ("…" if begin > width else "") + " ".join(lead.split(" ")),
        text[begin:end],
        tail + ("…" if end + width < len(text) else ""),
    )


def search_journal(user, query: str) -> list[OpenedEntry]:
    """Entries of this member whose title or text hold every word of `query`.

    The text is sealed, so the search opens the member's entries here, in the
    process, and compares them; nothing of the query or the text is stored.
    """
    words = [word for word in fold(query).split() if word][:10]
    if not words:
        return []
    found = []
    rows = journal_for(user).only("id", "user_id", "day", "prompt", "ciphertext", "key_id")
    for entry in rows.iterator(chunk_size=200):
        opened = open_entry(entry)
        if opened.problem:
            continue
        haystack = fold(opened.title + "\n" + opened.body)
        if all(word in haystack for word in words):
            found.append(opened)
    for opened in found:
        opened.search_word = words[0]
    return found


def add_snippets(entries: list[OpenedEntry]) -> None:
    for opened in entries:
        word = opened.search_word
        if word:
            source = opened.body if word in fold(opened.body) else opened.title
            opened.snippet = _snippet(" ".join(source.split()), word)


# --- self-checks ------------------------------------------------------------------


def self_checks_for(user, kind: str | None = None) -> QuerySet[SelfCheck]:
    qs = SelfCheck.objects.filter(user=user).order_by("-created_at", "-id")
    return qs.filter(kind=kind) if kind else qs


def member_groups(user) -> list[Group]:
    return list(
        Group.objects.filter(
            memberships__user=user, memberships__state=Membership.State.ACTIVE
        ).order_by("name")
    )


# --- self-care --------------------------------------------------------------------


@dataclass
class ActivityView:
    activity: SelfCareActivity
    done_today: bool
    planned_today: bool
    streak: int
    done_last_7: int
    recent: list[tuple[date, bool, bool]] = field(default_factory=list)  # day, planned, done


def self_care_plan(user, today: date, *, days: int = 14) -> list[ActivityView]:
    """Each activity with what was done lately (two queries, whatever the plan's size)."""
    activities = list(SelfCareActivity.objects.filter(user=user).order_by("created_at", "id"))
    done_rows = SelfCareDone.objects.filter(
        activity__in=activities, day__gte=today - timedelta(days=366)
    ).values_list("activity_id", "day")
    done: dict[int, set[date]] = {}
    for activity_id, day in done_rows:
        done.setdefault(activity_id, set()).add(day)
    views = []
    for activity in activities:
        days_done = done.get(activity.pk, set())
        recent = []
        for back in range(days - 1, -1, -1):
            day = today - timedelta(days=back)
            recent.append((day, activity.scheduled_on(day), day in days_done))
        views.append(
            ActivityView(
                activity=activity,
                done_today=today in days_done,
                planned_today=activity.scheduled_on(today),
                streak=schedule.kind_streak(activity.scheduled_on, days_done, today),
                done_last_7=sum(
                    1 for back in range(7) if today - timedelta(days=back) in days_done
                ),
                recent=recent,
            )
        )
    return views


# --- milestones -------------------------------------------------------------------


@dataclass
class MilestoneView:
    milestone: Milestone
    days: int
    celebrate: int  # a celebration not yet seen, in days (0: none)
    celebrate_years: int
    next_days: int
    next_on: date


def milestone_view(milestone: Milestone, today: date) -> MilestoneView:
    reached = schedule.celebration_days(milestone.since, today)
    latest = max(reached, default=0)
    next_days, next_on = schedule.next_celebration(milestone.since, today)
    celebrate = latest if latest > milestone.celebrated_days else 0
    return MilestoneView(
        milestone=milestone,
        days=(today - milestone.since).days,
        celebrate=celebrate,
        celebrate_years=schedule.years_in(celebrate, milestone.since) if celebrate else 0,
        next_days=next_days,
        next_on=next_on,
    )


def milestones_for(user, today: date) -> list[MilestoneView]:
    return [
        milestone_view(milestone, today)
        for milestone in Milestone.objects.filter(user=user).order_by("created_at", "id")
    ]


# --- reminders --------------------------------------------------------------------


def unseen_reminders(user, limit: int = 5) -> list[Reminder]:
    """Unseen reminders, each with its `text`: the activity is named only if the member allowed it."""
    reminders = list(
        Reminder.objects.filter(user=user, seen_at=None)
        .select_related("activity")
        .order_by("-created_at", "-id")[:limit]
    )
    names_allowed = any(r.activity_id for r in reminders) and (
        Preferences.objects.filter(user=user, name_activities=True).exists()
    )
    for reminder in reminders:
        if names_allowed and reminder.activity is not None:
            reminder.text = _("Time for: %(activity)s") % {"activity": reminder.activity.name}
        else:
            reminder.text = reminder.get_kind_display()
    return reminders
