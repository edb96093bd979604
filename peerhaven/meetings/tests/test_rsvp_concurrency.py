"""Many people pressing "I'm going" at the same moment never overbook a meeting."""

import threading
import time

import pytest
from django.db import connection

from peerhaven.meetings import services
from peerhaven.meetings.models import RSVP
from peerhaven.testing import add_member, build_cast, make_person, schedule

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

CAPACITY = 5
PEOPLE = 24


def test_simultaneous_rsvps_never_overbook_and_the_waitlist_keeps_arrival_order():
    cast = build_cast()
    occurrence = schedule(cast.facilitator, cast.group, capacity_online=CAPACITY)
    people = []
    for number in range(PEOPLE):
        person = make_person(f"rush{number}")
        add_member(cast.group, person)
        people.append(person)

    barrier = threading.Barrier(PEOPLE)
    errors: list[BaseException] = []
    answered_at: dict[int, float] = {}

    def press(person):
        barrier.wait()
        try:
            services.rsvp(actor=person, occurrence=occurrence, going=True)
            answered_at[person.pk] = time.monotonic()
        except BaseException as error:  # reported below, with the others
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=press, args=(person,)) for person in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    rows = list(RSVP.objects.filter(occurrence=occurrence))
    assert len(rows) == PEOPLE
    going = [row for row in rows if row.status == "going"]
    waiting = sorted(
        (row for row in rows if row.status == "waitlisted"), key=lambda row: (row.queued_at, row.pk)
    )
    assert len(going) == CAPACITY
    assert len(waiting) == PEOPLE - CAPACITY
    # Each RSVP was decided under the lock in turn: everyone going asked before anyone waiting.
    assert max(row.queued_at for row in going) <= min(row.queued_at for row in waiting)

    # Cancellations promote the waitlist in its order.
    for row in going[:3]:
        services.rsvp(actor=row.user, occurrence=occurrence, going=False)
    promoted = set(
        RSVP.objects.filter(occurrence=occurrence, status="going").values_list("user_id", flat=True)
    )
    assert {row.user_id for row in waiting[:3]} <= promoted
    assert RSVP.objects.filter(occurrence=occurrence, status="going").count() == CAPACITY
