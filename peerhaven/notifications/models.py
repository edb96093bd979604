from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Notification(models.Model):
    """Something happened that a member should know about.

    It carries a kind and a link, never what anyone wrote: the page it links
    to decides, through groups/access.py, what the member may see.
    """

    class Kind(models.TextChoices):
        JOIN_APPROVED = "join_approved", _("Your request to join a group was approved")
        JOIN_DECLINED = "join_declined", _("Your request to join a group was declined")
        JOIN_REQUESTED = "join_requested", _("Someone asked to join your group")
        REMOVED = "removed", _("You were removed from a group")
        ROLE_CHANGED = "role_changed", _("Your role in a group changed")
        MEETING_CHANGED = "meeting_changed", _("A meeting you are going to changed")
        MEETING_CANCELLED = "meeting_cancelled", _("A meeting you were going to was cancelled")
        WAITLIST_PROMOTED = "waitlist_promoted", _("A place opened up: you are going")
        MEETING_MESSAGE = "meeting_message", _("A facilitator sent a message about a meeting")
        MEETING_REMINDER = "meeting_reminder", _("A meeting you are going to starts soon")
        REPLY_TO_POST = "reply_to_post", _("Someone replied to your post")
        REPLY_IN_THREAD = "reply_in_thread", _("Someone replied in a conversation you joined")
        REACTIONS = "reactions", _("Members reacted to what you shared")
        MENTION = "mention", _("Someone mentioned you")
        CONTENT_REMOVED = "content_removed", _("A facilitator removed something you wrote")
        CRISIS_ALERT = "crisis_alert", _("A member may need support")
        CARE_OUTREACH = "care_outreach", _("A facilitator is thinking of you")
        MODERATION_NOTICE = "moderation_notice", _("A moderation decision concerns you")
        MODERATION_ESCALATED = "moderation_escalated", _("Something needs a platform moderator")
        REPORT_OUTCOME = "report_outcome", _("A report you made was reviewed")
        # Wellbeing reminders: they never say how the member feels nor name an activity.
        CHECK_IN_PROMPT = "check_in_prompt", _("Your daily check-in is ready when you are.")
        SELF_CARE_DUE = "self_care_due", _("Something in your self-care plan is due.")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(max_length=40, choices=Kind.choices)
    group = models.ForeignKey(
        "groups.Group", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    url = models.CharField(max_length=300, blank=True)
    # Lets one occurrence's notifications be found again; never content.
    occurrence = models.ForeignKey(
        "meetings.Occurrence", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    # Batched kinds (reactions) count up on one unread row per target ("post:12").
    target = models.CharField(max_length=40, blank=True)
    count = models.PositiveIntegerField(default=1)
    created_at = models.DateTimeField(default=timezone.now)
    read_at = models.DateTimeField(null=True, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["user", "read_at", "-created_at"])]

    def __str__(self) -> str:
        return f"{self.kind} for {self.user_id}"

    @property
    def text(self) -> str:
        from django.utils.translation import ngettext

        if self.kind == self.Kind.REACTIONS:
            return ngettext(
                "A member reacted to what you shared",
                "%(count)d members reacted to what you shared",
                self.count,
            ) % {"count": self.count}
        return self.get_kind_display()
