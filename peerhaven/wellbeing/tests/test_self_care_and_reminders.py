import zoneinfo
from datetime import UTC, date, datetime, time, timedelta

import pytest
from django.core import mail
from django.utils import timezone

from peerhaven.notifications.models import Notification
from peerhaven.notifications.tasks import send_digests_now
from peerhaven.wellbeing import schedule, selectors, services, tasks
from peerhaven.wellbeing.models import (
    MoodCheckIn,
    Preferences,
    Reminder,
    SelfCareActivity,
    SelfCareDone,
)

pytestmark = pytest.mark.django_db
LONDON = zoneinfo.ZoneInfo("Europe/London")


def test_next_daily_keeps_the_wall_clock_time_across_daylight_saving():
    # The clocks go forward in London on 29 March 2026.
    after = datetime(2026, 3, 28, 12, 0, tzinfo=UTC)
    first = schedule.next_daily(time(20, 0), LONDON, after)
    second = schedule.next_daily(time(20, 0), LONDON, first)
    assert first.astimezone(LONDON).hour == 20 and second.astimezone(LONDON).hour == 20
    assert second - first == timedelta(hours=23)


def test_next_scheduled_uses_the_chosen_weekdays_and_times():
    monday_noon = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
    wednesday_friday = 1 << 2 | 1 << 4
    found = schedule.next_scheduled(wednesday_friday, ["08:00", "19:30"], LONDON, monday_noon)
    assert found == datetime(2026, 3, 4, 8, 0, tzinfo=UTC)
    later = schedule.next_scheduled(wednesday_friday, ["08:00", "19:30"], LONDON, found)
    assert later == datetime(2026, 3, 4, 19, 30, tzinfo=UTC)
    assert schedule.next_scheduled(wednesday_friday, [], LONDON, monday_noon) is None


def test_streaks_are_counted_kindly():
    today = date(2026, 3, 15)
    every_day = lambda day: True  # noqa: E731
    done = {today - timedelta(days=n) for n in (1, 2, 3, 5)}
    # Today not done yet does not end the run; the gap four days ago does.
    assert schedule.kind_streak(every_day, done, today) == 3
    weekdays_only = lambda day: day.weekday() < 5  # noqa: E731
    assert schedule.kind_streak(weekdays_only, {date(2026, 3, 13), date(2026, 3, 12)}, today) == 2


def test_a_plan_with_check_off_and_kind_words(member_client, member):
    response = member_client.post(
        "/me/self-care/new/",
        {
            "suggestion": "walk",
            "name": "",
            "weekdays": ["0", "2", "4"],
            "time_1": "08:30",
            "remind": "on",
        },
    )
    assert response.status_code == 302
    activity = SelfCareActivity.objects.get(user=member)
    assert activity.name == "Go for a walk" and activity.times == ["08:30"]
    assert activity.weekday_list == [0, 2, 4] and activity.next_reminder_at is not None
    member_client.post(f"/me/self-care/{activity.pk}/done/", {"done": "yes"})
    assert SelfCareDone.objects.filter(activity=activity).count() == 1
    page = member_client.get("/me/self-care/").content.decode().lower()
    assert "done today" in page
    for harsh in ("fail", "missed", "broke", "streak lost"):
        assert harsh not in page
    member_client.post(f"/me/self-care/{activity.pk}/done/", {"done": "no"})
    assert not SelfCareDone.objects.exists()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"name": "", "suggestion": ""}, "Give the activity a name."),
        ({"name": "walk", "time_1": "25:99"}, "Enter a time such as 08:30."),
        ({"name": "walk", "weekdays": ["9"]}, "Select a valid choice."),
        ({"name": "walk", "suggestion": "skydive"}, "Choose one of the suggestions."),
    ],
)
def test_bad_activities_get_a_message_and_save_nothing(member_client, data, message):
    response = member_client.post("/me/self-care/new/", data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not SelfCareActivity.objects.exists()


def _due_activity(member, *, name="Take my medication"):
    activity = services.save_activity(
        actor=member,
        data={"name": name, "weekdays": [], "times": ["08:00"], "remind": True},
    )
    due = timezone.now() - timedelta(minutes=1)
    SelfCareActivity.objects.filter(pk=activity.pk).update(next_reminder_at=due)
    return activity


def test_self_care_reminders_are_in_app_and_never_name_the_activity_by_default(member):
    _due_activity(member)
    assert tasks.send_self_care_reminders_now() == 1
    assert tasks.send_self_care_reminders_now() == 0  # once
    reminder = Reminder.objects.get(user=member)
    assert reminder.kind == "self_care"
    assert "medication" not in str(reminder.get_kind_display()).lower()
    assert mail.outbox == []  # email not allowed


def test_reminder_emails_only_when_allowed_and_the_name_only_when_allowed(member):
    member.email = "river@example.org"
    member.save()
    Preferences.objects.create(user=member, reminder_email=True)
    _due_activity(member)
    tasks.send_self_care_reminders_now()
    assert len(mail.outbox) == 1
    assert "medication" not in (mail.outbox[0].subject + mail.outbox[0].body).lower()
    Preferences.objects.filter(user=member).update(name_activities=True)
    _due_activity(member, name="Call my sister")
    tasks.send_self_care_reminders_now()
    assert "Time for: Call my sister" in mail.outbox[1].body


def test_no_reminder_for_an_activity_already_done_today(member):
    activity = _due_activity(member)
    services.mark_done(actor=member, activity=activity, done=True)
    assert tasks.send_self_care_reminders_now() == 0
    assert SelfCareActivity.objects.get().next_reminder_at > timezone.now()


def test_the_daily_prompt_comes_once_a_day_and_says_nothing_about_mood(member_client, member):
    member.email = "river@example.org"
    member.save()
    response = member_client.post(
        "/me/wellbeing/settings/",
        {"mood_prompt": "on", "mood_prompt_time": "20:30", "reminder_email": "on"},
    )
    assert response.status_code == 302
    prefs = Preferences.objects.get(user=member)
    assert prefs.next_mood_prompt_at.astimezone(member.zone).strftime("%H:%M") == "20:30"
    now = prefs.next_mood_prompt_at + timedelta(minutes=1)
    assert tasks.send_mood_prompts_now(now) == 1
    assert tasks.send_mood_prompts_now(now + timedelta(minutes=5)) == 0
    assert tasks.send_mood_prompts_now(now + timedelta(hours=3)) == 0
    assert Reminder.objects.filter(user=member, kind="check_in").count() == 1
    message = mail.outbox[0]
    assert "mood" not in (message.subject + message.body).lower()
    assert "http://127.0.0.1:8000/\n" in message.body
    prefs.refresh_from_db()
    assert prefs.next_mood_prompt_at - now > timedelta(hours=23)
    # The next day, a member who already checked in gets no prompt.
    MoodCheckIn.objects.create(
        user=member, mood=3, day=schedule.local_today(member.zone, prefs.next_mood_prompt_at)
    )
    assert tasks.send_mood_prompts_now(prefs.next_mood_prompt_at + timedelta(minutes=1)) == 0


def test_a_prompt_that_came_due_long_ago_is_not_sent_late(member):
    prefs = services.save_preferences(
        actor=member, data={"mood_prompt": True, "mood_prompt_time": time(9, 0)}
    )
    late = prefs.next_mood_prompt_at + timedelta(hours=5)
    assert tasks.send_mood_prompts_now(late) == 0
    prefs.refresh_from_db()
    assert prefs.next_mood_prompt_at > late


def test_a_prompt_needs_a_time(member_client):
    response = member_client.post("/me/wellbeing/settings/", {"mood_prompt": "on"})
    assert "Choose a time for your daily reminder" in response.content.decode()
    assert not Preferences.objects.exists()


def test_the_periodic_tasks_are_registered(settings):
    paths = [path for path, _every in settings.PEERHAVEN_PERIODIC_TASKS]
    assert "peerhaven.wellbeing.tasks.send_mood_prompts" in paths
    assert "peerhaven.wellbeing.tasks.send_self_care_reminders" in paths


def test_the_hub_shows_reminders_until_dismissed(member_client, member):
    services.record_reminder(user=member, kind=Reminder.Kind.CHECK_IN)
    assert "Your daily check-in is ready" in member_client.get("/me/wellbeing/").content.decode()
    assert "Your daily check-in is ready" in member_client.get("/").content.decode()
    member_client.post("/me/wellbeing/reminders/dismiss/")
    assert not selectors.unseen_reminders(member)


def _bell(client) -> str:
    """The notification bell's count on any page, and the notifications list."""
    home = client.get("/").content.decode()
    count = home.split('class="notifications-link"')[1].split("</a>")[0]
    return count + client.get("/notifications/").content.decode()


def _reminders_section(client) -> str:
    page = client.get("/me/wellbeing/").content.decode()
    return page.split('id="reminders-title"')[1].split("</section>")[0]


def test_the_daily_prompt_reaches_the_notification_bell_and_leaves_when_checked_in(
    member_client, member
):
    member.email = "river@example.org"
    member.email_frequency = "immediate"
    member.save()
    prefs = services.save_preferences(
        actor=member, data={"mood_prompt": True, "mood_prompt_time": time(9, 0)}
    )
    assert tasks.send_mood_prompts_now(prefs.next_mood_prompt_at + timedelta(minutes=1)) == 1
    notification = Notification.objects.get(user=member)
    assert notification.kind == "check_in_prompt" and notification.url == "/me/mood/"
    bell = _bell(member_client)
    assert '<span class="count">1<' in bell
    assert "Your daily check-in is ready when you are." in bell
    assert "mood" not in notification.text.lower()
    # Email only by the wellbeing choice (off here): no notification email, no digest line.
    assert mail.outbox == []
    member.email_frequency = "daily"
    member.save()
    assert send_digests_now() == 0
    opened = member_client.post(f"/notifications/{notification.pk}/open/")
    assert opened["Location"] == "/me/mood/"
    # A new prompt the next day; checking in clears it from the bell.
    prefs.refresh_from_db()
    tasks.send_mood_prompts_now(prefs.next_mood_prompt_at + timedelta(minutes=1))
    assert '<span class="count">1<' in _bell(member_client)
    member_client.post("/me/mood/", {"mood": "4"})
    assert not Notification.objects.filter(user=member, read_at=None).exists()
    assert 'class="count"' not in _bell(member_client)


def test_a_self_care_reminder_in_the_bell_never_names_the_activity(member_client, member):
    activity = _due_activity(member, name="Take my medication")
    tasks.send_self_care_reminders_now()
    notification = Notification.objects.get(user=member, read_at=None)
    assert notification.kind == "self_care_due"
    assert notification.url == f"/me/self-care/#activity-{activity.pk}"
    bell = _bell(member_client)
    assert "Something in your self-care plan is due." in bell
    assert "medication" not in bell.lower()
    reminders = _reminders_section(member_client)
    assert "Something in your self-care plan is due." in reminders
    assert "medication" not in reminders.lower()
    # Allowed: the wellbeing pages name it; the bell, seen at a glance, still does not.
    Preferences.objects.update_or_create(user=member, defaults={"name_activities": True})
    assert "Time for: Take my medication" in _reminders_section(member_client)
    assert (
        "Time for: Take my medication"
        in member_client.get("/").content.decode().split('id="home-mood-title"')[1]
    )
    assert "medication" not in member_client.get("/notifications/").content.decode().lower()
    # Done for today: the reminder leaves the bell.
    member_client.post(f"/me/self-care/{activity.pk}/done/", {"done": "yes"})
    assert not Notification.objects.filter(user=member, read_at=None).exists()


def test_marking_reminders_seen_clears_the_bell_too(member_client, member):
    _due_activity(member)
    tasks.send_self_care_reminders_now()
    services.record_reminder(user=member, kind=Reminder.Kind.CHECK_IN)
    assert Notification.objects.filter(user=member, read_at=None).count() == 2
    member_client.post("/me/wellbeing/reminders/dismiss/")
    assert not Notification.objects.filter(user=member, read_at=None).exists()
    assert 'class="count"' not in _bell(member_client)
