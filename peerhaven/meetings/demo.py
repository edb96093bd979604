"""The meetings part of `peerhaven seed-demo`: a few series in the demo groups."""

from datetime import datetime, time, timedelta

from django.utils import timezone

from peerhaven import demo
from peerhaven.groups.models import Group
from peerhaven.meetings import services
from peerhaven.meetings.models import Occurrence

SERIES = [
    # group name, title, weekday (0=Mon), hour, repeat, format
    ("Tuesday Evening Depression Circle", "Tuesday check-in", 1, 19, "weekly", "online"),
    ("Anxiety Peer Support London", "Anxiety circle", 3, 18, "biweekly", "hybrid"),
    ("Duelo y pérdida Madrid", "Encuentro de duelo", 2, 18, "weekly", "in_person"),
    ("New Parents After Birth", "Morning coffee for new parents", 4, 10, "weekly", "online"),
    ("Burnout Recovery Toronto", "Burnout recovery circle", 0, 18, "monthly", "in_person"),
]


def seed_meetings(people) -> list[str]:
    created = 0
    for group_name, title, weekday, hour, repeat, meeting_format in SERIES:
        group = Group.objects.filter(name=group_name).first()
        if group is None:
            continue
        facilitator = group.memberships.filter(role=3).select_related("user").first().user
        today = timezone.now().astimezone(services.recurrence.zone(group.time_zone)).date()
        day = today + timedelta(days=(weekday - today.weekday()) % 7 or 7)
        services.schedule_meeting(
            actor=facilitator,
            group=group,
            data={
                "title": title,
                "description": "*Demo meeting.* Arrive a few minutes early; passing is always fine.",
                "format": meeting_format,
                "local_start": datetime.combine(day, time(hour, 0)),
                "duration_minutes": 90,
                "repeat": repeat,
                "repeat_count": 12,
                "venue_name": "Community library" if meeting_format != "online" else "",
                "area": group.city_name,
                "address": "Demo address: 1 Example Street" if meeting_format != "online" else "",
                "step_free": True,
                "capacity_in_person": 12 if meeting_format != "online" else None,
                "capacity_online": 20 if meeting_format != "in_person" else None,
            },
        )
        created += 1
    # Everyone in the first group is going to its next meeting.
    first = Occurrence.objects.filter(group__name=SERIES[0][0]).order_by("start").first()
    if first is not None:
        for membership in first.group.memberships.filter(state="active").select_related("user"):
            services.rsvp(actor=membership.user, occurrence=first, going=True)
    return [f"Scheduled {created} demo meeting series."]


demo.SEEDERS.append(("meetings", seed_meetings))
