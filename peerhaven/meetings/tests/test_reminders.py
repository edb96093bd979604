import threading
from datetime import timedelta

import pytest
from django.core import mail
from django.db import connection
from django.utils import timezone

from peerhaven.groups.models import Group
from peerhaven.meetings import services, tasks
from peerhaven.meetings.models import Occurrence, ReminderSent
from peerhaven.notifications.models import Notification
from peerhaven.testing import build_cast, schedule

pytestmark = pytest.mark.django_db


def starting_in(occurrence, delta):
    start = timezone.now() + delta
    Occurrence.objects.filter(pk=occurrence.pk).update(start=start, end=start + timedelta(hours=1))


def test_reminders_a_day_and_an_hour_before_each_once(cast):
    cast.member.email = "mia@example.org"
    cast.member.save()
    occurrence = schedule(cast.facilitator, cast.group)
    services.rsvp(actor=cast.member, occurrence=occurrence, going=True)

    starting_in(occurrence, timedelta(hours=20))
    assert tasks.send_reminders_now() == 1
    assert tasks.send_reminders_now() == 0  # not twice
    assert len(mail.outbox) == 1
    assert mail.outbox[0].subject == "Your meeting is tomorrow"

    starting_in(occurrence, timedelta(minutes=40))
    assert tasks.send_reminders_now() == 1
    assert tasks.send_reminders_now() == 0
    assert mail.outbox[1].subject == "Your meeting starts in an hour"
    assert Notification.objects.filter(user=cast.member, kind="meeting_reminder").count() == 2


def test_members_can_turn_reminders_off(cast):
    cast.member.remind_24h = False
    cast.member.save()
    occurrence = schedule(cast.facilitator, cast.group)
    services.rsvp(actor=cast.member, occurrence=occurrence, going=True)
    starting_in(occurrence, timedelta(hours=20))
    assert tasks.send_reminders_now() == 0


def test_reminder_emails_never_carry_the_address_nor_a_private_group_name(db):
    cast = build_cast("private")
    Group.objects.filter(pk=cast.group.pk).update(name="Secret Circle Of Grief")
    cast.member.email = "mia@example.org"
    cast.member.save()
    occurrence = schedule(cast.facilitator, cast.group, title="Secret Circle evening")
    services.rsvp(actor=cast.member, occurrence=occurrence, going=True)
    starting_in(occurrence, timedelta(minutes=30))
    tasks.send_reminders_now()
    body = mail.outbox[0].body + mail.outbox[0].subject
    assert "Secret" not in body
    assert "12 Secret Street" not in body
    assert occurrence.get_absolute_url() in body


def test_members_who_opted_in_see_the_group_name(db):
    cast = build_cast("private")
    cast.member.email = "mia@example.org"
    cast.member.email_group_names = True
    cast.member.save()
    occurrence = schedule(cast.facilitator, cast.group)
    services.rsvp(actor=cast.member, occurrence=occurrence, going=True)
    starting_in(occurrence, timedelta(minutes=30))
    tasks.send_reminders_now()
    assert cast.group.name in mail.outbox[0].body
    assert "12 Secret Street" not in mail.outbox[0].body


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_workers_at_once_send_each_reminder_once():
    cast = build_cast()
    people = [cast.member, cast.cofacilitator]
    occurrence = schedule(cast.facilitator, cast.group)
    for person in people:
        services.rsvp(actor=person, occurrence=occurrence, going=True)
    starting_in(occurrence, timedelta(minutes=30))
    barrier = threading.Barrier(4)
    counts = []

    def worker():
        barrier.wait()
        try:
            counts.append(tasks.send_reminders_now())
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sum(counts) == 2
    assert ReminderSent.objects.filter(kind="1h").count() == 2
    assert Notification.objects.filter(kind="meeting_reminder").count() == 2
