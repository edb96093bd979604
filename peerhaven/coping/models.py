import math
import re

from django.conf import settings
from django.core.validators import URLValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import get_language, gettext, ngettext
from django.utils.translation import gettext_lazy as _

from peerhaven.groups.models import Named

MAX_STEPS_CHARS = 5000
MAX_STEPS = 30
MAX_NOTE_CHARS = 500
# 95% confidence: the usual z for the Wilson interval.
WILSON_Z = 1.96


def wilson_lower_bound(helped: int, tried: int, z: float = WILSON_Z) -> float:
    """The lower bound of the Wilson score interval of `helped` out of `tried`.

    Fair to new strategies: one "helped" out of one ranks below 40 out of 50,
    because so little is known about it yet; nothing known ranks last (0.0).
    """
    if tried <= 0:
        return 0.0
    share = helped / tried
    z2 = z * z
    centre = share + z2 / (2 * tried)
    margin = z * math.sqrt((share * (1 - share) + z2 / (4 * tried)) / tried)
    return max(0.0, (centre - margin) / (1 + z2 / tried))


_NUMBERING = re.compile(r"^\s*(?:\d{1,2}\s*[.):-]|[-*•·])\s*")


def split_steps(text: str) -> list[str]:
    """One step per line; numbering and bullets the writer typed are dropped (we number them)."""
    steps = []
    for line in (text or "").splitlines():
        step = _NUMBERING.sub("", line).strip()
        if step:
            steps.append(step)
    return steps


class Category(Named):
    """Breathing, grounding, movement…: shipped as data (data/categories.json)."""

    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position"]
        verbose_name_plural = "categories"


class Strategy(models.Model):
    """Something that helps some people cope, with the counts of how it went for them.

    Written in one language (`language`); starter strategies carry both English
    and Spanish. `group` set: shared only inside that group, and readable only
    by its active members (groups/access.py decides). The counters are kept by
    the rating service in the same transaction as the rating, so list pages
    sort on `score` (indexed) without counting anything.
    """

    language = models.CharField(
        _("written in"), max_length=8, choices=settings.LANGUAGES, default="en"
    )
    title_en = models.CharField(max_length=120, blank=True)
    title_es = models.CharField(max_length=120, blank=True)
    why_en = models.TextField(max_length=500, blank=True)
    why_es = models.TextField(max_length=500, blank=True)
    # One step per line.
    steps_en = models.TextField(max_length=MAX_STEPS_CHARS, blank=True)
    steps_es = models.TextField(max_length=MAX_STEPS_CHARS, blank=True)
    minutes = models.PositiveSmallIntegerField(_("minutes it takes"))
    categories = models.ManyToManyField(Category, related_name="strategies")
    topics = models.ManyToManyField("groups.Topic", related_name="strategies", blank=True)
    # Treatment tags (sharing/treatments.py), stored as ",talk-therapy,exercise,".
    treatments_text = models.CharField(max_length=300, blank=True, default="")
    group = models.ForeignKey(
        "groups.Group",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="strategies",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="strategies",
    )
    is_starter = models.BooleanField(default=False, editable=False)
    # Lets later data migrations find and improve a starter strategy.
    starter_key = models.SlugField(max_length=60, null=True, blank=True, unique=True)
    helped_a_lot_count = models.PositiveIntegerField(default=0, editable=False)
    helped_a_bit_count = models.PositiveIntegerField(default=0, editable=False)
    not_for_me_count = models.PositiveIntegerField(default=0, editable=False)
    # wilson_lower_bound(helped a lot + helped a bit, everyone who tried it).
    score = models.FloatField(default=0.0, editable=False)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-score", "-id"]
        verbose_name_plural = "strategies"
        indexes = [
            models.Index(fields=["-score", "-id"], name="strategy_rank"),
            models.Index(fields=["group", "-score", "-id"], name="strategy_group_rank"),
            models.Index(fields=["minutes", "-score"], name="strategy_quickest"),
            models.Index(fields=["author", "-created_at"], name="strategy_author"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~Q(title_en="") | ~Q(title_es=""), name="strategy_has_a_title"
            ),
            models.CheckConstraint(
                condition=Q(minutes__gte=1, minutes__lte=240), name="strategy_minutes_in_range"
            ),
            models.CheckConstraint(
                condition=Q(score__gte=0, score__lte=1), name="strategy_score_in_range"
            ),
            models.CheckConstraint(
                condition=Q(is_starter=False) | Q(group__isnull=True),
                name="strategy_starter_is_for_everyone",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("coping:detail", args=[self.pk])

    @cached_property
    def shown_language(self) -> str:
        """The reader's language when the strategy has it, else the one it was written in."""
        wanted = "es" if (get_language() or "en").startswith("es") else "en"
        return wanted if getattr(self, f"title_{wanted}") else self.language

    def _text(self, field: str) -> str:
        return getattr(self, f"{field}_{self.shown_language}", "") or ""

    @property
    def title(self) -> str:
        return self._text("title") or self.title_en or self.title_es

    @property
    def why(self) -> str:
        return self._text("why")

    @property
    def steps(self) -> list[str]:
        return split_steps(self._text("steps"))

    @property
    def tried_count(self) -> int:
        return self.helped_a_lot_count + self.helped_a_bit_count + self.not_for_me_count

    @property
    def helped_count(self) -> int:
        return self.helped_a_lot_count + self.helped_a_bit_count

    @property
    def treatment_tags(self) -> list:
        from peerhaven.sharing import treatments

        return treatments.tags_for(self.treatments_text)

    @property
    def is_group_only(self) -> bool:
        return self.group_id is not None

    # Labels for list pages, built here: a {% blocktranslate count %} per card costs more
    # than the rest of the card together.
    @property
    def minutes_label(self) -> str:
        return ngettext("%(count)d minute", "%(count)d minutes", self.minutes) % {
            "count": self.minutes
        }

    @property
    def tally_label(self) -> str:
        tried = self.tried_count
        if not tried:
            return gettext("Nobody has said how it went yet.")
        tried_label = ngettext("%(count)d member tried it", "%(count)d members tried it", tried) % {
            "count": tried
        }
        helped_label = ngettext(
            "%(count)d said it helped", "%(count)d said it helped", self.helped_count
        ) % {"count": self.helped_count}
        return f"{tried_label} · {helped_label}"


class Rating(models.Model):
    """ "I tried this": one per member per strategy, updatable.

    Counts are public. The note is for the member and, when they share the
    rating with one of their groups (`group`), for that group's active
    members; a rating shared with a group also counts towards "what helped
    members of this group". A group-only strategy's ratings belong to its group.
    """

    class Outcome(models.TextChoices):
        HELPED_A_LOT = "helped_a_lot", _("Helped a lot")
        HELPED_A_BIT = "helped_a_bit", _("Helped a bit")
        NOT_FOR_ME = "not_for_me", _("Not for me")

    HELPED = (Outcome.HELPED_A_LOT, Outcome.HELPED_A_BIT)

    strategy = models.ForeignKey(Strategy, on_delete=models.CASCADE, related_name="ratings")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="strategy_ratings"
    )
    outcome = models.CharField(max_length=12, choices=Outcome.choices)
    note = models.TextField(max_length=MAX_NOTE_CHARS, blank=True)
    # If the group goes, the note stays the member's own.
    group = models.ForeignKey(
        "groups.Group", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["strategy", "user"], name="rating_once_per_member"),
            models.CheckConstraint(
                condition=Q(outcome__in=["helped_a_lot", "helped_a_bit", "not_for_me"]),
                name="rating_outcome_known",
            ),
        ]
        indexes = [
            models.Index(fields=["group", "strategy"], name="rating_group"),
            models.Index(fields=["user", "-updated_at"], name="rating_user"),
        ]

    def __str__(self) -> str:
        return f"{self.user_id} {self.outcome} {self.strategy_id}"

    @property
    def helped(self) -> bool:
        return self.outcome in self.HELPED


class ToolkitItem(models.Model):
    """A strategy a member saved to their personal toolkit."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="toolkit"
    )
    strategy = models.ForeignKey(Strategy, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["user", "strategy"], name="toolkit_once_per_strategy")
        ]

    def __str__(self) -> str:
        return f"{self.strategy_id} in the toolkit of {self.user_id}"


class GroupCuration(models.Model):
    """A facilitator pinned a strategy to the top of the group's list, or hid it from that list."""

    group = models.ForeignKey(
        "groups.Group", on_delete=models.CASCADE, related_name="strategy_curations"
    )
    strategy = models.ForeignKey(Strategy, on_delete=models.CASCADE, related_name="+")
    pinned_at = models.DateTimeField(null=True, blank=True)
    hidden_at = models.DateTimeField(null=True, blank=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["group", "strategy"], name="curation_once"),
            models.CheckConstraint(
                condition=Q(pinned_at__isnull=True) | Q(hidden_at__isnull=True),
                name="curation_pinned_or_hidden",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.strategy_id} in {self.group_id}"


def validate_web_url(value: str) -> None:
    URLValidator(
        schemes=["http", "https"],
        message=_("Only web links that start with http:// or https:// can be added."),
    )(value)


_PHONE = re.compile(r"^\+?[0-9][0-9 ()./-]{1,38}$")


class Resource(models.Model):
    """A link, book, local service or hotline a group's facilitators recommend.

    Links are shown as plain links (no preview is ever fetched). A member's
    suggestion waits for a co-facilitator or facilitator to approve it.
    """

    class Kind(models.TextChoices):
        LINK = "link", _("Link")
        BOOK = "book", _("Book")
        SERVICE = "service", _("Local service")
        HOTLINE = "hotline", _("Hotline")

    class State(models.TextChoices):
        SUGGESTED = "suggested", _("Suggested")
        APPROVED = "approved", _("Approved")
        DECLINED = "declined", _("Declined")

    group = models.ForeignKey("groups.Group", on_delete=models.CASCADE, related_name="resources")
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=120)
    url = models.URLField(
        _("web address"), max_length=500, blank=True, validators=[validate_web_url]
    )
    phone = models.CharField(_("phone number"), max_length=40, blank=True)
    note = models.TextField(_("a short note"), max_length=500, blank=True)
    state = models.CharField(max_length=10, choices=State.choices)
    suggested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["kind", "title"]
        indexes = [models.Index(fields=["group", "state"], name="resource_group_state")]
        constraints = [
            models.CheckConstraint(
                condition=Q(url="") | Q(url__startswith="http://") | Q(url__startswith="https://"),
                name="resource_url_is_web",
            ),
            models.CheckConstraint(
                condition=Q(state__in=["suggested", "approved", "declined"]),
                name="resource_state_known",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def tel(self) -> str:
        """The phone number for a tel: link: digits and a leading plus only."""
        return re.sub(r"[^0-9+]", "", self.phone)


def valid_phone(value: str) -> bool:
    return bool(_PHONE.match(value))
