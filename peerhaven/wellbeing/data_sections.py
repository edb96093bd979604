"""Export and erasure of a member's wellbeing records: only ever their own, in the clear for them."""

from peerhaven.accounts import data_rights
from peerhaven.wellbeing import selectors
from peerhaven.wellbeing.models import (
    JournalEntry,
    MeetingCheckIn,
    Milestone,
    MoodCheckIn,
    Preferences,
    ReachOutRequest,
    Reminder,
    SelfCareActivity,
    SelfCareDone,
    SelfCheck,
)


def _journal(user) -> list[dict]:
    entries = []
    for entry in selectors.journal_for(user).iterator(chunk_size=200):
        opened = selectors.open_entry(entry)
        row = {"day": entry.day.isoformat(), "prompt": entry.prompt}
        if opened.problem:
            row["error"] = "This entry could not be opened (damaged or its key is missing)."
        else:
            row.update(title=opened.title, text=opened.body)
        row["created_at"] = entry.created_at.isoformat()
        entries.append(row)
    return entries


def _export(user) -> dict:
    prefs = Preferences.objects.filter(user=user).first()
    activities = list(SelfCareActivity.objects.filter(user=user).prefetch_related("done"))
    return {
        "preferences": {
            "daily_check_in_reminder": prefs.mood_prompt,
            "reminder_time": prefs.mood_prompt_time.strftime("%H:%M")
            if prefs.mood_prompt_time
            else None,
            "reminders_by_email": prefs.reminder_email,
            "reminders_name_activities": prefs.name_activities,
        }
        if prefs
        else None,
        "mood_check_ins": [
            {
                "day": checkin.day.isoformat(),
                "mood": checkin.mood,
                "emotions": checkin.emotion_codes,
                "energy": checkin.energy,
                "sleep_hours": str(checkin.sleep_hours)
                if checkin.sleep_hours is not None
                else None,
                "note": checkin.note if checkin.note is not None else "(could not be opened)",
                "created_at": checkin.created_at.isoformat(),
            }
            for checkin in selectors.with_notes(selectors.checkins_for(user))
        ],
        "meeting_check_ins": [
            {
                "meeting": row.occurrence.meeting.title,
                "start": row.occurrence.start.isoformat(),
                "phase": row.phase,
                "mood": row.mood,
                "shared_anonymously": row.shared,
            }
            for row in MeetingCheckIn.objects.filter(user=user).select_related(
                "occurrence__meeting"
            )
        ],
        "journal": _journal(user),
        "self_checks": [
            {
                "questionnaire": check.get_kind_display(),
                "answers": check.answers,
                "difficulty": check.difficulty,
                "score": check.score,
                "severity": str(check.band.label),
                "taken_at": check.created_at.isoformat(),
            }
            for check in SelfCheck.objects.filter(user=user)
        ],
        "requests_for_a_facilitator_to_reach_out": [
            {
                "group": request.group.name if request.group else None,
                "asked_at": request.created_at.isoformat(),
            }
            for request in ReachOutRequest.objects.filter(user=user).select_related("group")
        ],
        "self_care_plan": [
            {
                "activity": activity.name,
                "schedule": activity.schedule_label,
                "remind": activity.remind,
                "done_on": sorted(done.day.isoformat() for done in activity.done.all()),
            }
            for activity in activities
        ],
        "milestones": [
            {"counter": milestone.title, "since": milestone.since.isoformat()}
            for milestone in Milestone.objects.filter(user=user)
        ],
        "reminders": [
            {
                "kind": reminder.kind,
                "activity": reminder.activity.name if reminder.activity else None,
                "sent_at": reminder.created_at.isoformat(),
                "seen_at": reminder.seen_at.isoformat() if reminder.seen_at else None,
            }
            for reminder in Reminder.objects.filter(user=user).select_related("activity")
        ],
    }


def _erase(user) -> None:
    # Everything here is private: it all goes.
    for model in (
        Reminder,
        SelfCareActivity,
        Milestone,
        SelfCheck,
        ReachOutRequest,
        JournalEntry,
        MeetingCheckIn,
        MoodCheckIn,
        Preferences,
    ):
        model.objects.filter(user=user).delete()


data_rights.register(
    "wellbeing",
    models=[
        Preferences,
        MoodCheckIn,
        MeetingCheckIn,
        JournalEntry,
        SelfCheck,
        ReachOutRequest,
        SelfCareActivity,
        SelfCareDone,
        Milestone,
        Reminder,
    ],
    export=_export,
    erase=_erase,
)
