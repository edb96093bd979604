"""Background work for wellbeing: the daily check-in prompt and self-care reminders.

Neither ever says how a member feels or what they wrote; a self-care reminder
names its activity only when the member allowed it.
"""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks import task

from peerhaven.wellbeing import schedule, services
from peerhaven.wellbeing.models import MoodCheckIn, Preferences, Reminder, SelfCareActivity

logger = logging.getLogger(__name__)


def _email(user, template: str, context: dict) -> None:
    with translation.override(user.language):
        subject = render_to_string(f"emails/{template}-subject.txt", context).strip()
        body = render_to_string(f"emails/{template}-body.txt", context)
    send_mail(subject, body, None, [user.email], fail_silently=False)


def send_mood_prompts_now(now=None) -> int:
    """Send each due daily prompt once; safe to run in several workers at the same time."""
    now = now or timezone.now()
    sent = 0
    due = Preferences.objects.filter(
        mood_prompt=True, mood_prompt_time__isnull=False, next_mood_prompt_at__lte=now
    ).select_related("user")
    for prefs in due.iterator(chunk_size=200):
        if not services.claim_mood_prompt(prefs, now):
            continue  # another worker has it
        user = prefs.user
        if now - prefs.next_mood_prompt_at > services.LATE_REMINDER or not user.is_active:
            continue  # too late today (no worker was running); tomorrow's is set
        today = schedule.local_today(user.zone, now)
        if MoodCheckIn.objects.filter(user=user, day=today).exists():
            continue  # already checked in: no prompt needed
        Reminder.objects.filter(user=user, kind=Reminder.Kind.CHECK_IN, seen_at=None).update(
            seen_at=now
        )
        services.record_reminder(user=user, kind=Reminder.Kind.CHECK_IN)
        if prefs.reminder_email and user.email:
            _email(
                user,
                "wellbeing_prompt",
                # Home, with its one-tap check-in: the address itself says nothing either.
                {"user": user, "url": settings.BASE_URL + reverse("web:home")},
            )
        logger.info("check-in prompt sent user=%s", user.pk)
        sent += 1
    return sent


def send_self_care_reminders_now(now=None) -> int:
    now = now or timezone.now()
    sent = 0
    due = SelfCareActivity.objects.filter(remind=True, next_reminder_at__lte=now).select_related(
        "user"
    )
    for activity in due.iterator(chunk_size=200):
        if not services.claim_activity_reminder(activity, now):
            continue
        user = activity.user
        if now - activity.next_reminder_at > services.LATE_REMINDER or not user.is_active:
            continue
        today = schedule.local_today(user.zone, now)
        if activity.done.filter(day=today).exists():
            continue  # already done today
        prefs = Preferences.objects.filter(user=user).first() or Preferences(user=user)
        services.record_reminder(user=user, kind=Reminder.Kind.SELF_CARE, activity=activity)
        if prefs.reminder_email and user.email:
            _email(
                user,
                "selfcare_reminder",
                {
                    "user": user,
                    "activity_name": activity.name if prefs.name_activities else "",
                    "url": settings.BASE_URL + reverse("wellbeing:self_care"),
                },
            )
        logger.info("self-care reminder sent user=%s activity=%s", user.pk, activity.pk)
        sent += 1
    return sent


@task()
def send_mood_prompts() -> int:
    return send_mood_prompts_now()


@task()
def send_self_care_reminders() -> int:
    return send_self_care_reminders_now()
