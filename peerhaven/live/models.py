from datetime import datetime, timedelta

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from peerhaven.sharing.models import Reaction

MAX_MESSAGE = 4000
MAX_WORD = 40
MAX_REASON = 500
# After the meeting's end the room stays open this long, then counts as closed.
LINGER = timedelta(minutes=60)


class Room(models.Model):
    """The live room of one online or hybrid occurrence.

    The row is also the room's lock and sequence: every write that is seen by
    the room takes `select_for_update()` on it, and `last_seq` hands out the
    next number of the room's log inside that transaction, so two processes
    never give out the same number and numbers become visible in order.
    """

    class State(models.TextChoices):
        SCHEDULED = "scheduled", _("Not open yet")  # opens by itself before the start
        OPEN = "open", _("Open")
        LOCKED = "locked", _("Locked: no new entries")
        CLOSED = "closed", _("Closed")

    occurrence = models.OneToOneField(
        "meetings.Occurrence", on_delete=models.CASCADE, related_name="room"
    )
    state = models.CharField(max_length=10, choices=State.choices, default=State.SCHEDULED)
    last_seq = models.PositiveBigIntegerField(default=0)
    # Bumped on every change of the shared "stage" (state, floor, queue, timer, round);
    # clients keep the newest stage they saw, whatever order frames arrive in.
    stage_version = models.PositiveIntegerField(default=0)
    floor = models.ForeignKey(
        "live.Participant", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    floor_since = models.DateTimeField(null=True, blank=True)
    share_seconds = models.PositiveSmallIntegerField(default=0)  # 0: no share timer
    timer_ends_at = models.DateTimeField(null=True, blank=True)
    slow_mode_seconds = models.PositiveSmallIntegerField(default=0)
    # The check-in round: participant ids in speaking order and whose turn it is.
    round_order = models.JSONField(default=list, blank=True)
    round_position = models.PositiveSmallIntegerField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(slow_mode_seconds__lte=600), name="room_slow_mode_at_most_10_min"
            ),
            models.CheckConstraint(
                condition=Q(share_seconds__lte=1800), name="room_share_timer_at_most_30_min"
            ),
        ]

    def __str__(self) -> str:
        return f"room of {self.occurrence_id}"

    def opens_at(self) -> datetime:
        occurrence = self.occurrence
        return occurrence.start - timedelta(minutes=occurrence.meeting.room_opens_minutes_before)

    def effective_state(self, now: datetime | None = None) -> str:
        """The state members meet: a scheduled room opens by itself at `opens_at()`,
        and every room counts as closed a while after the meeting ends."""
        now = now or timezone.now()
        if self.occurrence.cancelled or now > self.occurrence.end + LINGER:
            return self.State.CLOSED
        if self.state == self.State.SCHEDULED and now >= self.opens_at():
            return self.State.OPEN
        return self.state

    @property
    def round_current(self) -> int | None:
        if self.round_position is None or self.round_position >= len(self.round_order):
            return None
        return self.round_order[self.round_position]


class Participant(models.Model):
    """Someone who came to the room; kept after they leave (presence, mutes, removal)."""

    room = models.ForeignKey(Room, on_delete=models.CASCADE, related_name="participants")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="live_participations"
    )
    # Chosen for this meeting on entering: shown as "Anonymous member" to everyone in the room.
    anonymous = models.BooleanField(default=False)
    # Whether they run the group (co-facilitator or facilitator), as of their last check.
    facilitator = models.BooleanField(default=False)
    # Let in from the waiting room (facilitators are always in).
    admitted = models.BooleanField(default=False)
    hand_raised_at = models.DateTimeField(null=True, blank=True)
    muted_until = models.DateTimeField(null=True, blank=True)
    removed_at = models.DateTimeField(null=True, blank=True)
    # Bumped on every change others see; clients keep the newest version of each person.
    version = models.PositiveIntegerField(default=0)
    first_joined_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["room", "user"], name="participant_once_per_room")
        ]
        indexes = [models.Index(fields=["room", "hand_raised_at"])]

    def __str__(self) -> str:
        return f"{self.user_id} in room {self.room_id}"

    def is_muted(self, now: datetime | None = None) -> bool:
        return self.muted_until is not None and self.muted_until > (now or timezone.now())


class Connection(models.Model):
    """One open socket. Presence is "has a fresh connection": each server process
    refreshes `seen_at` of its own rows, so a crashed process's rows go stale."""

    participant = models.ForeignKey(
        Participant, on_delete=models.CASCADE, related_name="connections"
    )
    channel_name = models.CharField(max_length=200, unique=True)
    server = models.CharField(max_length=32, db_index=True)
    connected_at = models.DateTimeField(default=timezone.now)
    seen_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"connection of {self.participant_id}"


class Entry(models.Model):
    """The room's log, one row per numbered event: messages, check-in words and
    passes, reactions and removals. A client that saw up to `seq` N asks for
    everything after N."""

    class Kind(models.TextChoices):
        MESSAGE = "message", _("Message")
        CHECK_IN = "check_in", _("Check-in")
        PASS = "pass", _("Pass")
        REACTION = "reaction", _("Reaction")
        REMOVAL = "removal", _("Removed by facilitator")

    room = models.ForeignKey(Room, on_delete=models.CASCADE, related_name="entries")
    # Null only for a message held for care, which the room never sees.
    seq = models.PositiveBigIntegerField(null=True, blank=True)
    kind = models.CharField(max_length=10, choices=Kind.choices)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    participant = models.ForeignKey(
        Participant, null=True, on_delete=models.SET_NULL, related_name="entries"
    )
    anonymous = models.BooleanField(default=False)
    body = models.TextField(max_length=MAX_MESSAGE, blank=True)
    target = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    # Reactions: the kind, who, on or off, and the counts after the change.
    data = models.JSONField(default=dict, blank=True)
    held = models.BooleanField(default=False)
    # The care flag the crisis screening raised about this message, if any: a held
    # message is kept, never silently dropped, and moderators reach it through the flag.
    care_flag = models.ForeignKey(
        "safety.Flag", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    removed_at = models.DateTimeField(null=True, blank=True)
    removed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name_plural = "entries"
        constraints = [
            models.UniqueConstraint(
                fields=["room", "seq"], condition=Q(seq__isnull=False), name="entry_seq_once"
            ),
            models.CheckConstraint(
                condition=Q(seq__isnull=False) | Q(held=True), name="entry_numbered_unless_held"
            ),
        ]
        indexes = [
            models.Index(fields=["room", "author", "created_at"], name="entry_rate"),
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.seq} in room {self.room_id}"


class EntryReaction(models.Model):
    entry = models.ForeignKey(Entry, on_delete=models.CASCADE, related_name="reactions")
    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="reactions")
    kind = models.CharField(max_length=20, choices=Reaction.choices)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["entry", "participant", "kind"], name="entry_reaction_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.kind} on {self.entry_id}"


class ControlRecord(models.Model):
    """Append-only: every facilitator control in a room, with who, what, when and why.

    The moderation log reads it. Rows are only ever inserted; `save()` refuses
    to change one and `delete()` refuses to remove one.
    """

    class Action(models.TextChoices):
        OPEN = "open", _("Opened the room")
        LOCK = "lock", _("Locked the room")
        CLOSE = "close", _("Closed the room")
        ADMIT = "admit", _("Let someone in")
        ADMIT_ALL = "admit_all", _("Let everyone in")
        MUTE = "mute", _("Muted someone")
        UNMUTE = "unmute", _("Unmuted someone")
        REMOVE = "remove", _("Removed someone from the room")
        DELETE_MESSAGE = "delete_message", _("Removed a message")
        SLOW_MODE = "slow_mode", _("Changed slow mode")

    room = models.ForeignKey(Room, on_delete=models.CASCADE, related_name="controls")
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    action = models.CharField(max_length=20, choices=Action.choices)
    subject = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    entry = models.ForeignKey(
        Entry, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reason = models.TextField(max_length=MAX_REASON, blank=True)
    # What the control set: {"minutes": 10}, {"seconds": 30}.
    details = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["room", "created_at"])]

    def __str__(self) -> str:
        return f"{self.action} in room {self.room_id}"

    def save(self, *args, **kwargs) -> None:
        if self.pk is not None:
            raise ValueError("The control log is append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValueError("The control log is append-only.")
