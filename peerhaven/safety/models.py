from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Flag(models.Model):
    """Something needs a human look: held for care, a crisis concern, a word list match, reports.

    One open flag per item; the moderation queue lists open flags by priority.
    """

    class Kind(models.TextChoices):
        HELD_FOR_CARE = "held_for_care", _("Held for care")
        CONCERN = "concern", _("Crisis concern")
        REPORTED = "reported", _("Reported")
        WORD_LIST = "word_list", _("Matched a word list")
        OUTREACH = "outreach", _("Asked for someone to reach out")

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        ESCALATED = "escalated", _("Escalated to platform moderators")
        CLOSED = "closed", _("Closed")

    # Lower is more urgent; the queue orders by it, then by age.
    PRIORITY = {
        "held_for_care": 0,
        "at_risk_report": 1,
        "concern": 2,
        "reported": 3,
        "word_list": 4,
    }

    kind = models.CharField(max_length=20, choices=Kind.choices)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.OPEN)
    priority = models.PositiveSmallIntegerField(default=3)
    group = models.ForeignKey(
        "groups.Group", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    post = models.ForeignKey(
        "sharing.Post", null=True, blank=True, on_delete=models.CASCADE, related_name="flags"
    )
    reply = models.ForeignKey(
        "sharing.Reply", null=True, blank=True, on_delete=models.CASCADE, related_name="flags"
    )
    subject = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="flags_about",
    )
    # Signal names from the detector, never the text.
    signals = models.JSONField(default=list, blank=True)
    wants_outreach = models.BooleanField(default=False)
    safe_now = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)
    closed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["status", "priority", "created_at"])]

    def __str__(self) -> str:
        return f"{self.kind} flag {self.pk}"

    @property
    def item(self):
        return self.post or self.reply


class Report(models.Model):
    class Reason(models.TextChoices):
        AT_RISK = "at_risk", _("Someone may be at risk")
        HARASSMENT = "harassment", _("Harassment")
        HATE = "hate", _("Hate")
        SPAM = "spam", _("Spam")
        UNSAFE_ADVICE = "unsafe_advice", _("Unsafe advice (method details, medication doses)")
        PRIVACY = "privacy", _("Privacy breach (naming or identifying someone)")
        OTHER = "other", _("Something else")

    flag = models.ForeignKey(Flag, on_delete=models.CASCADE, related_name="reports")
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reports_made"
    )
    reason = models.CharField(max_length=20, choices=Reason.choices)
    note = models.TextField(max_length=1000, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    outcome = models.CharField(max_length=200, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["flag", "reporter"], name="report_once_per_item")
        ]

    def __str__(self) -> str:
        return f"report {self.pk}"


class ModerationAction(models.TextChoices):
    DISMISS = "dismiss", _("Dismiss")
    RELEASE = "release", _("Release (show it)")
    KEEP_HIDDEN = "keep_hidden", _("Keep hidden")
    REACH_OUT = "reach_out", _("Reach out privately")
    REMOVE = "remove", _("Remove")
    EDIT_OUT = "edit_out", _("Edit out method details")
    WARN = "warn", _("Warn")
    MUTE = "mute", _("Mute in the group")
    REMOVE_FROM_GROUP = "remove_from_group", _("Remove from the group")
    SUSPEND = "suspend", _("Suspend the account")
    ESCALATE = "escalate", _("Escalate to platform moderators")
    APPEAL_UPHELD = "appeal_upheld", _("Appeal upheld")
    APPEAL_DENIED = "appeal_denied", _("Appeal denied")
    ROOM_CONTROL = "room_control", _("Live-room control")


def _plain_ref(to, related_name):
    """A reference without a database constraint: deleting the target leaves the id."""
    return models.ForeignKey(
        to,
        null=True,
        blank=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name=related_name,
    )


class LogEntry(models.Model):
    """The moderation log: append-only. The database itself refuses updates and deletes.

    Its references are plain ids without database constraints, so that deleting a
    group or a post never has to touch (and cannot rewrite) the log.
    """

    action = models.CharField(max_length=20, choices=ModerationAction.choices)
    actor = _plain_ref(settings.AUTH_USER_MODEL, "+")
    subject = _plain_ref(settings.AUTH_USER_MODEL, "+")
    group = _plain_ref("groups.Group", "+")
    flag = _plain_ref("safety.Flag", "log")
    reason = models.TextField(max_length=1000)
    detail = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["group", "-created_at"])]

    def __str__(self) -> str:
        return f"{self.action} at {self.created_at:%Y-%m-%d %H:%M}"


class Appeal(models.Model):
    entry = models.OneToOneField(LogEntry, on_delete=models.PROTECT, related_name="appeal")
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="appeals"
    )
    statement = models.TextField(max_length=2000)
    created_at = models.DateTimeField(default=timezone.now)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    upheld = models.BooleanField(null=True)

    def __str__(self) -> str:
        return f"appeal {self.pk}"


class Block(models.Model):
    blocker = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="blocks_made"
    )
    blocked = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="blocked_by"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["blocker", "blocked"], name="block_once"),
            models.CheckConstraint(
                condition=~Q(blocker=models.F("blocked")), name="block_not_self"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.blocker_id} blocks {self.blocked_id}"


class Mute(models.Model):
    """A member may read but not write in a group until `until`."""

    group = models.ForeignKey("groups.Group", on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="mutes"
    )
    until = models.DateTimeField()

    def __str__(self) -> str:
        return f"mute {self.user_id} in {self.group_id}"


class WordList(models.Model):
    """Words or phrases that hold content for review: platform-wide (no group) or one group's."""

    group = models.ForeignKey(
        "groups.Group", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    phrase = models.CharField(max_length=100)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["group", "phrase"], name="word_once")]
        permissions = [("moderate_platform", "Can moderate everything on the platform")]

    def __str__(self) -> str:
        return self.phrase
