"""The member's own wellbeing records: mood check-ins, journal, self-checks, self-care plan and
milestones. Every record is its owner's alone: anyone else's is the same 404 as a missing one
(wellbeing.selectors.owned), and sealed text is opened only in its owner's answers."""

from django.http import HttpRequest
from ninja import Path, Query, Router, Status

from peerhaven.api import present
from peerhaven.api.endpoints import answers
from peerhaven.api.pagination import decode_position, encode_position
from peerhaven.api.schemas import (
    CURSOR,
    MAX_ID,
    ActivityIn,
    ActivityList,
    ActivityOut,
    DoneIn,
    JournalEntryIn,
    JournalEntryOut,
    JournalList,
    MilestoneIn,
    MilestoneList,
    MilestoneOut,
    MoodCheckInIn,
    MoodCheckInList,
    MoodCheckInOut,
    PanelIn,
    PanelOut,
    SelfCheckIn,
    SelfCheckKind,
    SelfCheckList,
    SelfCheckResult,
    Text,
)
from peerhaven.groups.models import Group
from peerhaven.safety.views import crisis_context
from peerhaven.wellbeing import selectors, services
from peerhaven.wellbeing.models import JournalEntry, Milestone, MoodCheckIn, SelfCheck

router = Router(tags=["wellbeing"])

PAGE = 30
RecordId = Path(..., ge=1, le=MAX_ID)
SEARCH = Query(None, max_length=200, description="Only entries holding every word.")


def _page(qs, cursor: str | None) -> tuple[list, str | None]:
    offset = decode_position("o", cursor) or 0
    rows = list(qs[offset : offset + PAGE + 1])
    more = len(rows) > PAGE
    return rows[:PAGE], encode_position("o", offset + PAGE) if more else None


# --- mood -------------------------------------------------------------------------------


def _checkin(checkin: MoodCheckIn, note: str | None) -> dict:
    return {
        "id": checkin.pk,
        "day": checkin.day,
        "mood": checkin.mood,
        "mood_label": str(checkin.mood_label),
        "emotions": checkin.emotion_codes,
        "energy": checkin.energy,
        "sleep_hours": float(checkin.sleep_hours) if checkin.sleep_hours is not None else None,
        "note": note,
        "created_at": checkin.created_at,
    }


@router.get("/mood-checkins", response=answers(200, MoodCheckInList))
def list_mood_checkins(request: HttpRequest, cursor: Text | None = CURSOR):
    """Your mood check-ins, newest day first, with your notes."""
    rows, next_cursor = _page(selectors.checkins_for(request.user), cursor)
    rows = selectors.with_notes(rows)
    return {
        "items": [_checkin(checkin, checkin.note) for checkin in rows],
        "next_cursor": next_cursor,
    }


@router.post("/mood-checkins", response=answers(201, MoodCheckInOut))
def create_mood_checkin(request: HttpRequest, payload: MoodCheckInIn):
    """Check in: how you feel (1–5), and if you like emotions, energy, sleep and a private note."""
    checkin = services.record_mood(
        actor=request.user,
        mood=payload.mood,
        emotions=[emotion.value for emotion in payload.emotions],
        energy=payload.energy,
        sleep_hours=payload.sleep_hours,
        note=payload.note,
        day=payload.day,
    )
    return Status(201, _checkin(checkin, selectors.open_note(checkin)))


@router.delete("/mood-checkins/{int:checkin_id}", response=answers(204, None))
def delete_mood_checkin(request: HttpRequest, checkin_id: int = RecordId):
    """Delete one of your check-ins."""
    checkin = selectors.owned(MoodCheckIn, request.user, checkin_id)
    services.delete_mood(actor=request.user, checkin=checkin)
    return Status(204, None)


# --- journal ----------------------------------------------------------------------------


def _entry(opened, *, with_body: bool) -> dict:
    entry = opened.entry
    return {
        "id": entry.pk,
        "day": entry.day,
        "prompt": entry.prompt,
        "title": opened.title,
        "body": opened.body if with_body and not opened.problem else None,
        "excerpt": opened.excerpt,
        "problem": opened.problem,
        "created_at": entry.created_at,
        "updated_at": entry.updated_at,
    }


@router.get("/journal", response=answers(200, JournalList))
def list_journal(request: HttpRequest, q: Text | None = SEARCH, cursor: Text | None = CURSOR):
    """Your journal, newest first: titles and excerpts. Searching opens your entries in
    memory to compare them; nothing of the search is stored."""
    if q and q.strip():
        found = selectors.search_journal(request.user, q)
        offset = decode_position("o", cursor) or 0
        rows = found[offset : offset + PAGE]
        more = len(found) > offset + PAGE
        next_cursor = encode_position("o", offset + PAGE) if more else None
    else:
        entries, next_cursor = _page(selectors.journal_for(request.user), cursor)
        rows = [selectors.open_entry(entry) for entry in entries]
    return {
        "items": [_entry(opened, with_body=False) for opened in rows],
        "next_cursor": next_cursor,
    }


@router.post("/journal", response=answers(201, JournalEntryOut))
def create_journal_entry(request: HttpRequest, payload: JournalEntryIn):
    """Write an entry. It is sealed before it is stored; only you can read it."""
    entry = services.write_journal_entry(
        actor=request.user,
        body=payload.body,
        title=payload.title,
        prompt=payload.prompt.value,
        day=payload.day,
    )
    return Status(201, _entry(selectors.open_entry(entry), with_body=True))


@router.get("/journal/{int:entry_id}", response=answers(200, JournalEntryOut))
def get_journal_entry(request: HttpRequest, entry_id: int = RecordId):
    """One of your entries, opened."""
    entry = selectors.owned(JournalEntry, request.user, entry_id)
    return _entry(selectors.open_entry(entry), with_body=True)


@router.put("/journal/{int:entry_id}", response=answers(200, JournalEntryOut))
def update_journal_entry(request: HttpRequest, payload: JournalEntryIn, entry_id: int = RecordId):
    """Rewrite one of your entries (title, text, prompt and day together)."""
    entry = selectors.owned(JournalEntry, request.user, entry_id)
    entry = services.update_journal_entry(
        actor=request.user,
        entry=entry,
        body=payload.body,
        title=payload.title,
        prompt=payload.prompt.value,
        day=payload.day,
    )
    return _entry(selectors.open_entry(entry), with_body=True)


@router.delete("/journal/{int:entry_id}", response=answers(204, None))
def delete_journal_entry(request: HttpRequest, entry_id: int = RecordId):
    """Delete one of your entries."""
    entry = selectors.owned(JournalEntry, request.user, entry_id)
    services.delete_journal_entry(actor=request.user, entry=entry)
    return Status(204, None)


# --- self-checks ------------------------------------------------------------------------


def _self_check(check: SelfCheck) -> dict:
    band = check.band
    return {
        "id": check.pk,
        "kind": check.kind,
        "answers": list(check.answers),
        "difficulty": check.difficulty,
        "score": check.score,
        "max_score": check.questionnaire.max_score,
        "band": {"code": band.code, "label": str(band.label)},
        "needs_crisis_panel": check.needs_crisis_panel,
        "safety_response": check.safety_response,
        "created_at": check.created_at,
    }


@router.get("/self-checks", response=answers(200, SelfCheckList))
def list_self_checks(
    request: HttpRequest, kind: SelfCheckKind | None = None, cursor: Text | None = CURSOR
):
    """Your PHQ-9 and GAD-7 results, newest first: a self-check, not a diagnosis."""
    rows, next_cursor = _page(
        selectors.self_checks_for(request.user, kind.value if kind else None), cursor
    )
    return {"items": [_self_check(check) for check in rows], "next_cursor": next_cursor}


@router.post("/self-checks", response=answers(201, SelfCheckResult))
def take_self_check(request: HttpRequest, payload: SelfCheckIn):
    """Send your answers to a PHQ-9 (9 answers) or GAD-7 (7 answers), each 0–3.

    When an answer about hurting yourself is above zero, the answer carries crisis lines for
    your country (`resources`): show them at once, and offer POST /me/self-checks/{id}/safety.
    """
    check = services.take_self_check(
        actor=request.user,
        kind=payload.kind.value,
        answers=list(payload.answers),
        difficulty=payload.difficulty,
    )
    data = _self_check(check)
    data["resources"] = (
        present.crisis(crisis_context(request)) if check.needs_crisis_panel else None
    )
    return Status(201, data)


@router.post("/self-checks/{int:check_id}/safety", response=answers(200, PanelOut))
def answer_safety_panel(request: HttpRequest, payload: PanelIn, check_id: int = RecordId):
    """Your answer to the crisis panel of a self-check: safe right now, or ask a facilitator of
    one of your groups (or a moderator) to reach out. They learn only that you asked."""
    check = selectors.owned(SelfCheck, request.user, check_id)
    group_id = None
    if payload.choice.value == "reach_out" and payload.group:
        # An unknown slug is refused by the service like a group you are not in.
        group_id = Group.objects.filter(slug=payload.group).values_list("pk", flat=True).first()
        group_id = group_id or -1
    made = services.answer_crisis_panel(
        actor=request.user, choice=payload.choice.value, self_check=check, group_id=group_id
    )
    return {"choice": payload.choice.value, "outreach_requested": made is not None}


@router.delete("/self-checks/{int:check_id}", response=answers(204, None))
def delete_self_check(request: HttpRequest, check_id: int = RecordId):
    """Delete one of your results."""
    check = selectors.owned(SelfCheck, request.user, check_id)
    services.delete_self_check(actor=request.user, self_check=check)
    return Status(204, None)


# --- self-care plan ---------------------------------------------------------------------


def _activity(view) -> dict:
    activity = view.activity
    return {
        "id": activity.pk,
        "name": activity.name,
        "suggestion": activity.suggestion,
        "weekdays": activity.weekday_list,
        "times": list(activity.times),
        "remind": activity.remind,
        "planned_today": view.planned_today,
        "done_today": view.done_today,
        "streak": view.streak,
        "done_last_7": view.done_last_7,
    }


def _plan_entry(user, activity_id: int) -> dict:
    today = selectors.today_for(user)
    (view,) = [
        view
        for view in selectors.self_care_plan(user, today, days=1)
        if view.activity.pk == activity_id
    ]
    return _activity(view)


@router.get("/self-care", response=answers(200, ActivityList))
def list_self_care(request: HttpRequest):
    """Your self-care plan: each activity with today's state and its streak."""
    today = selectors.today_for(request.user)
    plan = selectors.self_care_plan(request.user, today, days=1)
    return {"items": [_activity(view) for view in plan]}


def _activity_data(payload: ActivityIn) -> dict:
    return {
        "name": payload.name,
        "suggestion": payload.suggestion.value,
        "weekdays": list(payload.weekdays),
        "times": list(payload.times),
        "remind": payload.remind,
    }


@router.post("/self-care", response=answers(201, ActivityOut))
def create_self_care_activity(request: HttpRequest, payload: ActivityIn):
    """Add an activity to your plan, on some weekdays, with up to three reminder times."""
    activity = services.save_activity(actor=request.user, data=_activity_data(payload))
    return Status(201, _plan_entry(request.user, activity.pk))


@router.put("/self-care/{int:activity_id}", response=answers(200, ActivityOut))
def update_self_care_activity(
    request: HttpRequest, payload: ActivityIn, activity_id: int = RecordId
):
    """Change an activity of your plan (every field together)."""
    activity = selectors.owned_activity(request.user, activity_id)
    services.save_activity(actor=request.user, data=_activity_data(payload), activity=activity)
    return _plan_entry(request.user, activity.pk)


@router.delete("/self-care/{int:activity_id}", response=answers(204, None))
def delete_self_care_activity(request: HttpRequest, activity_id: int = RecordId):
    """Take an activity out of your plan."""
    activity = selectors.owned_activity(request.user, activity_id)
    services.delete_activity(actor=request.user, activity=activity)
    return Status(204, None)


@router.post("/self-care/{int:activity_id}/done", response=answers(200, ActivityOut))
def check_off_self_care(request: HttpRequest, payload: DoneIn, activity_id: int = RecordId):
    """Check an activity off for today (or a past day), or take the check back."""
    activity = selectors.owned_activity(request.user, activity_id)
    services.mark_done(actor=request.user, activity=activity, done=payload.done, day=payload.day)
    return _plan_entry(request.user, activity.pk)


# --- milestones -------------------------------------------------------------------------


def _milestone(view) -> dict:
    milestone = view.milestone
    return {
        "id": milestone.pk,
        "kind": milestone.kind,
        "label": milestone.label,
        "title": str(milestone.title),
        "since": milestone.since,
        "days": view.days,
        "celebrate": view.celebrate,
        "next_days": view.next_days,
        "next_on": view.next_on,
    }


def _milestone_entry(user, milestone_id: int) -> dict:
    today = selectors.today_for(user)
    (view,) = [
        view for view in selectors.milestones_for(user, today) if view.milestone.pk == milestone_id
    ]
    return _milestone(view)


@router.get("/milestones", response=answers(200, MilestoneList))
def list_milestones(request: HttpRequest):
    """Your milestones (days sober, smoke free…) with the next celebration."""
    today = selectors.today_for(request.user)
    return {"items": [_milestone(view) for view in selectors.milestones_for(request.user, today)]}


@router.post("/milestones", response=answers(201, MilestoneOut))
def create_milestone(request: HttpRequest, payload: MilestoneIn):
    """Start counting: what, in your own words if you like, and since when."""
    milestone = services.save_milestone(
        actor=request.user,
        data={"kind": payload.kind.value, "label": payload.label, "since": payload.since},
    )
    return Status(201, _milestone_entry(request.user, milestone.pk))


@router.put("/milestones/{int:milestone_id}", response=answers(200, MilestoneOut))
def update_milestone(request: HttpRequest, payload: MilestoneIn, milestone_id: int = RecordId):
    """Change what a milestone counts, or since when."""
    milestone = selectors.owned(Milestone, request.user, milestone_id)
    services.save_milestone(
        actor=request.user,
        data={"kind": payload.kind.value, "label": payload.label, "since": payload.since},
        milestone=milestone,
    )
    return _milestone_entry(request.user, milestone.pk)


@router.delete("/milestones/{int:milestone_id}", response=answers(204, None))
def delete_milestone(request: HttpRequest, milestone_id: int = RecordId):
    """Stop counting and forget the milestone."""
    milestone = selectors.owned(Milestone, request.user, milestone_id)
    services.delete_milestone(actor=request.user, milestone=milestone)
    return Status(204, None)


@router.post("/milestones/{int:milestone_id}/reset", response=answers(200, MilestoneOut))
def reset_milestone(request: HttpRequest, milestone_id: int = RecordId):
    """Start counting again from today. Nothing is asked, and nothing about the past is kept."""
    milestone = selectors.owned(Milestone, request.user, milestone_id)
    services.reset_milestone(actor=request.user, milestone=milestone)
    return _milestone_entry(request.user, milestone.pk)
