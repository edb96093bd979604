from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from peerhaven.groups.models import Named

MAX_BODY = 10_000


class ContentWarning(models.TextChoices):
    SELF_HARM = "self_harm", _("Self-harm")
    SUICIDE = "suicide", _("Suicide")
    ABUSE = "abuse", _("Abuse")
    SUBSTANCE_USE = "substance_use", _("Substance use")
    EATING_BODY = "eating_body", _("Eating and body")
    LOSS_GRIEF = "loss_grief", _("Loss and grief")
    VIOLENCE = "violence", _("Violence")
    MEDICAL = "medical", _("Medical")


class Reaction(models.TextChoices):
    SAME_HERE = "same_here", _("Same here")
    I_HEAR_YOU = "i_hear_you", _("I hear you")
    SENDING_STRENGTH = "sending_strength", _("Sending strength")
    THANK_YOU = "thank_you", _("Thank you for sharing")
    HELPED_ME = "helped_me", _("This helped me")


class State(models.TextChoices):
    PUBLISHED = "published", _("Published")
    HELD = "held", _("Held for review")
    REMOVED = "removed", _("Removed by a facilitator or moderator")
    DELETED = "deleted", _("Deleted by the writer")


class Treatment(Named):
    """Talk therapy, medication, peer support…: shipped as data (data/treatments.json).

    Posts and strategies carry treatment tags so members can find experiences
    with a treatment; see sharing/treatments.py.
    """

    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position"]


class Post(models.Model):
    class Kind(models.TextChoices):
        SHARE = "share", _("Share")
        QUESTION = "question", _("Question")
        TRIUMPH = "triumph", _("Triumph")
        CHECK_IN = "check_in", _("Check-in")

    MOODS = ["😞", "😟", "😐", "🙂", "😊"]

    group = models.ForeignKey("groups.Group", on_delete=models.CASCADE, related_name="posts")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="posts"
    )
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.SHARE)
    mood = models.CharField(max_length=4, blank=True)
    body = models.TextField(max_length=MAX_BODY)
    body_html = models.TextField(default="", editable=False)
    anonymous = models.BooleanField(default=False)
    # Stored as ",self_harm,suicide," so "has this warning" is a plain LIKE on every database.
    warnings_text = models.CharField(max_length=200, blank=True, default="")
    warning_note = models.CharField(max_length=200, blank=True)
    # Treatment slugs stored as ",talk-therapy,exercise,", like the warnings.
    treatments_text = models.CharField(max_length=300, blank=True, default="")
    state = models.CharField(max_length=10, choices=State.choices, default=State.PUBLISHED)
    removal_reason = models.TextField(max_length=500, blank=True)
    removed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    edited_at = models.DateTimeField(null=True, blank=True)
    reply_count = models.PositiveIntegerField(default=0)

    class Meta:
        indexes = [
            models.Index(fields=["group", "state", "-created_at", "-id"], name="post_feed"),
            models.Index(fields=["group", "kind", "state", "-created_at"], name="post_feed_kind"),
            models.Index(fields=["author", "-created_at"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind="check_in") | Q(mood=""), name="post_mood_only_on_check_in"
            ),
        ]

    def __str__(self) -> str:
        return f"post {self.pk} in {self.group_id}"

    def get_absolute_url(self) -> str:
        return reverse("sharing:post", args=[self.pk])

    @property
    def is_visible(self) -> bool:
        return self.state == State.PUBLISHED

    @property
    def content_warnings(self) -> list[str]:
        return [code for code in self.warnings_text.split(",") if code]

    @content_warnings.setter
    def content_warnings(self, codes: list[str]) -> None:
        self.warnings_text = f",{','.join(codes)}," if codes else ""

    def warning_labels(self) -> list[str]:
        labels = dict(ContentWarning.choices)
        return [str(labels[code]) for code in self.content_warnings if code in labels]

    @property
    def treatment_tags(self) -> list:
        from peerhaven.sharing import treatments

        return treatments.tags_for(self.treatments_text)


class Reply(models.Model):
    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="replies")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="replies"
    )
    body = models.TextField(max_length=MAX_BODY)
    body_html = models.TextField(default="", editable=False)
    anonymous = models.BooleanField(default=False)
    state = models.CharField(max_length=10, choices=State.choices, default=State.PUBLISHED)
    removal_reason = models.TextField(max_length=500, blank=True)
    removed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    helpful = models.BooleanField(default=False)  # marked by the asker of a question
    created_at = models.DateTimeField(default=timezone.now)
    edited_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["post", "created_at"])]

    def __str__(self) -> str:
        return f"reply {self.pk} to {self.post_id}"

    def get_absolute_url(self) -> str:
        return f"{self.post.get_absolute_url()}#reply-{self.pk}"


class PostReaction(models.Model):
    post = models.ForeignKey(
        Post, on_delete=models.CASCADE, null=True, blank=True, related_name="reactions"
    )
    reply = models.ForeignKey(
        Reply, on_delete=models.CASCADE, null=True, blank=True, related_name="reactions"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reactions"
    )
    kind = models.CharField(max_length=20, choices=Reaction.choices)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=(Q(post__isnull=False) & Q(reply__isnull=True))
                | (Q(post__isnull=True) & Q(reply__isnull=False)),
                name="reaction_on_post_or_reply",
            ),
            models.UniqueConstraint(fields=["post", "user", "kind"], name="reaction_once_per_post"),
            models.UniqueConstraint(
                fields=["reply", "user", "kind"], name="reaction_once_per_reply"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kind} by {self.user_id}"


class ReadingPreference(models.Model):
    """How a member wants content warnings handled in their feeds."""

    class Choice(models.TextChoices):
        SHOW = "show", _("Show the post")
        COLLAPSE = "collapse", _("Collapse behind the warning")
        HIDE = "hide", _("Hide from my feeds")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reading_preference"
    )
    # warning code -> Choice; a warning not listed is collapsed.
    warnings = models.JSONField(default=dict, blank=True)

    def __str__(self) -> str:
        return f"reading preference of {self.user_id}"

    def choice_for(self, code: str) -> str:
        return self.warnings.get(code, self.Choice.COLLAPSE)
