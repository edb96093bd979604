"""The wellbeing part of `peerhaven seed-demo`: a few weeks of check-ins for demo_river."""

import random
from datetime import timedelta

from django.utils import timezone

from peerhaven import demo
from peerhaven.wellbeing import schedule, services
from peerhaven.wellbeing.models import EMOTION_CODES, MoodCheckIn


def seed_wellbeing(people) -> list[str]:
    river = people.get("demo_river")
    if river is None:
        return []
    chance = random.Random(8)  # the same demo every time
    today = schedule.local_today(river.zone)
    rows = []
    for back in range(45, 0, -1):
        if chance.random() < 0.2:
            continue  # a day without a check-in, as in life
        mood = max(1, min(5, round(3 + 0.8 * chance.gauss(0, 1) + (back < 14) * 0.5)))
        emotions = chance.sample(range(len(EMOTION_CODES)), k=chance.randint(1, 3))
        rows.append(
            MoodCheckIn(
                user=river,
                day=today - timedelta(days=back),
                mood=mood,
                emotions=sum(1 << index for index in emotions),
                energy=chance.randint(2, 5),
                created_at=timezone.now() - timedelta(days=back),
            )
        )
    MoodCheckIn.objects.bulk_create(rows)
    services.save_activity(
        actor=river,
        data={"suggestion": "walk", "name": "", "weekdays": [], "times": ["08:00"], "remind": True},
    )
    services.save_milestone(
        actor=river,
        data={
            "kind": "custom",
            "label": "Days I went outside",
            "since": today - timedelta(days=30),
        },
    )
    return [
        f"Added {len(rows)} mood check-ins, a self-care activity and a milestone for demo_river."
    ]


demo.SEEDERS.append(("wellbeing", seed_wellbeing))
