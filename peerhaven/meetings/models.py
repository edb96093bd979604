import secrets
from datetime import datetime

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Meeting(models.Model):
    """A meeting or a series of meetings; each date it happens on is an Occurrence.

    The start is kept as a wall-clock time in the group's time zone, so a
    weekly 19:00 stays at 19:00 across daylight-saving changes. Occurrences
    are materialised ahead (see recurrence.HORIZON_DAYS) so that RSVPs,
    capacity and reminders work on plain rows.
    """

    class Format(models.TextChoices):
        IN_PERSON = "in_person", _("In person")
        ONLINE = "online", _("Online")
        HYBRID = "hybrid", _("Hybrid")

    class Repeat(models.TextChoices):
        NONE = "none", _("Does not repeat")
        WEEKLY = "weekly", _("Every week")
        BIWEEKLY = "biweekly", _("Every two weeks")
        MONTHLY = "monthly", _("Every month on the same weekday (e.g. 2nd Tuesday)")

    group = models.ForeignKey("groups.Group", on_delete=models.CASCADE, related_name="meetings")
    title = models.CharField(_("title"), max_length=120)
    description = models.TextField(_("description"), max_length=5000, blank=True)
    description_html = models.TextField(editable=False, default="")
    format = models.CharField(_("format"), max_length=10, choices=Format.choices)
    time_zone = models.CharField(max_length=64)
    # Wall-clock date and time of the first occurrence, in `time_zone`.
    first_date = models.DateField()
    first_time = models.TimeField()
    duration_minutes = models.PositiveSmallIntegerField(_("duration (minutes)"), default=90)
    repeat = models.CharField(
        _("repeats"), max_length=10, choices=Repeat.choices, default=Repeat.NONE
    )
    repeat_until = models.DateField(_("until"), null=True, blank=True)
    repeat_count = models.PositiveSmallIntegerField(_("number of meetings"), null=True, blank=True)
    # Public: anyone who may see the group.
    venue_name = models.CharField(_("venue"), max_length=120, blank=True)
    area = models.CharField(_("area (neighbourhood, city)"), max_length=120, blank=True)
    # Private: active members who RSVP'd, and facilitators.
    address = models.TextField(_("exact address"), max_length=500, blank=True)
    directions = models.TextField(_("directions"), max_length=1000, blank=True)
    step_free = models.BooleanField(_("step-free access"), default=False)
    hearing_loop = models.BooleanField(_("hearing loop"), default=False)
    quiet_room = models.BooleanField(_("quiet room"), default=False)
    accessibility_notes = models.CharField(
        _("other accessibility notes"), max_length=300, blank=True
    )
    video_url = models.URLField(_("external video link (optional)"), blank=True)
    capacity_in_person = models.PositiveIntegerField(_("in-person seats"), null=True, blank=True)
    capacity_online = models.PositiveIntegerField(_("online seats"), null=True, blank=True)
    room_opens_minutes_before = models.PositiveSmallIntegerField(
        _("room opens (minutes before)"), default=10
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(repeat_until__isnull=True) | Q(repeat_count__isnull=True),
                name="meeting_until_or_count",
            ),
            models.CheckConstraint(
                condition=Q(duration_minutes__gte=5), name="meeting_duration_positive"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def local_start(self) -> datetime:
        """The first occurrence's naive wall-clock start in the meeting's time zone."""
        return datetime.combine(self.first_date, self.first_time)

    @local_start.setter
    def local_start(self, value: datetime) -> None:
        self.first_date, self.first_time = (
            value.date(),
            value.time().replace(second=0, microsecond=0),
        )

    @property
    def is_series(self) -> bool:
        return self.repeat != self.Repeat.NONE

    @property
    def has_in_person(self) -> bool:
        return self.format in (self.Format.IN_PERSON, self.Format.HYBRID)

    @property
    def has_online(self) -> bool:
        return self.format in (self.Format.ONLINE, self.Format.HYBRID)

    def capacity_for(self, mode: str) -> int | None:
        return self.capacity_in_person if mode == RSVP.Mode.IN_PERSON else self.capacity_online


class Occurrence(models.Model):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="occurrences")
    # Denormalised so listing queries need no join to find the group.
    group = models.ForeignKey("groups.Group", on_delete=models.CASCADE, related_name="occurrences")
    # The start the series rule gave it; identifies the occurrence in calendars (RECURRENCE-ID).
    original_start = models.DateTimeField()
    start = models.DateTimeField(db_index=True)
    end = models.DateTimeField()
    cancelled = models.BooleanField(default=False)
    moved = models.BooleanField(default=False)
    sequence = models.PositiveIntegerField(default=0)  # bumped on every change, for calendars

    class Meta:
        ordering = ["start"]
        constraints = [
            models.UniqueConstraint(fields=["meeting", "original_start"], name="occurrence_once"),
            models.CheckConstraint(
                condition=Q(end__gt=models.F("start")), name="occurrence_ends_after_start"
            ),
        ]
        indexes = [
            models.Index(fields=["group", "start"]),
            models.Index(fields=["cancelled", "start"]),
        ]

    def __str__(self) -> str:
        return f"{self.meeting_id} at {self.start.isoformat()}"

    def get_absolute_url(self) -> str:
        return reverse("meetings:detail", args=[self.pk])


class RSVP(models.Model):
    class Status(models.TextChoices):
        GOING = "going", _("Going")
        WAITLISTED = "waitlisted", _("On the waitlist")
        NOT_GOING = "not_going", _("Not going")

    class Mode(models.TextChoices):
        IN_PERSON = "in_person", _("In person")
        ONLINE = "online", _("Online")

    occurrence = models.ForeignKey(Occurrence, on_delete=models.CASCADE, related_name="rsvps")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="rsvps"
    )
    status = models.CharField(max_length=10, choices=Status.choices)
    mode = models.CharField(max_length=10, choices=Mode.choices)
    # The waitlist is served in the order people asked.
    queued_at = models.DateTimeField(default=timezone.now)
    attended = models.BooleanField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["occurrence", "user"], name="rsvp_once")]
        indexes = [
            models.Index(fields=["occurrence", "mode", "status", "queued_at"]),
            models.Index(fields=["user", "status"]),
        ]

    def __str__(self) -> str:
        return f"{self.user_id} {self.status} {self.occurrence_id}"


class ReminderSent(models.Model):
    """One row per reminder sent; the unique constraint is what stops a second worker."""

    occurrence = models.ForeignKey(Occurrence, on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=8)
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["occurrence", "user", "kind"], name="reminder_once")
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.occurrence_id} {self.user_id}"


class MeetingMessage(models.Model):
    """A facilitator's message to the people going to one occurrence (in-app only)."""

    occurrence = models.ForeignKey(Occurrence, on_delete=models.CASCADE, related_name="messages")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    body = models.TextField(max_length=2000)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at"]

    def __str__(self) -> str:
        return f"message {self.pk} on {self.occurrence_id}"


def new_feed_token() -> str:
    return secrets.token_urlsafe(24)


class CalendarFeed(models.Model):
    """A member's personal calendar address; the token is the only key to it."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed"
    )
    token = models.CharField(max_length=64, unique=True, default=new_feed_token)
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"calendar feed of {self.user_id}"

    def get_absolute_url(self) -> str:
        return reverse("meetings:personal_feed", args=[self.token])
