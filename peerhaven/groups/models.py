import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class Named(models.Model):
    """A taxonomy entry with an English and a Spanish name (shipped as data)."""

    slug = models.SlugField(max_length=60, unique=True)
    name_en = models.CharField(max_length=100)
    name_es = models.CharField(max_length=100)

    class Meta:
        abstract = True
        ordering = ["name_en"]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return self.name_es if (get_language() or "en").startswith("es") else self.name_en


class Topic(Named):
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )


class Audience(Named):
    pass


class Language(models.Model):
    code = models.CharField(max_length=2, primary_key=True)  # ISO 639-1
    name_en = models.CharField(max_length=60)
    name_es = models.CharField(max_length=60)

    class Meta:
        ordering = ["name_en"]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return self.name_es if (get_language() or "en").startswith("es") else self.name_en


class Group(models.Model):
    class Format(models.TextChoices):
        IN_PERSON = "in_person", _("In person")
        ONLINE = "online", _("Online")
        HYBRID = "hybrid", _("Hybrid")

    class Listing(models.TextChoices):
        PUBLIC = "public", _("Public: listed, anyone may join or ask to join")
        PRIVATE = "private", _("Private: listed, a facilitator approves each request")
        HIDDEN = "hidden", _("Hidden: not listed, joined through an invite link")

    class JoinPolicy(models.TextChoices):
        OPEN = "open", _("Anyone can join at once")
        APPROVAL = "approval", _("A facilitator approves each request")

    slug = models.SlugField(max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=100)
    description = models.TextField(_("description"), max_length=5000)
    description_html = models.TextField(editable=False, default="")
    topics = models.ManyToManyField(Topic, related_name="groups", verbose_name=_("topics"))
    audiences = models.ManyToManyField(
        Audience, related_name="groups", blank=True, verbose_name=_("audience")
    )
    language = models.ForeignKey(
        Language, on_delete=models.PROTECT, related_name="groups", verbose_name=_("language")
    )
    format = models.CharField(_("format"), max_length=10, choices=Format.choices)
    # Only a city, never a street address at group level.
    city_geonameid = models.IntegerField(null=True, blank=True)
    city_name = models.CharField(max_length=120, blank=True)
    country = models.CharField(max_length=2, blank=True)
    latitude = models.FloatField(null=True, blank=True)
    longitude = models.FloatField(null=True, blank=True)
    time_zone = models.CharField(_("time zone"), max_length=64, default="UTC")
    listing = models.CharField(
        _("listing"), max_length=10, choices=Listing.choices, default=Listing.PUBLIC
    )
    join_policy = models.CharField(
        _("joining"), max_length=10, choices=JoinPolicy.choices, default=JoinPolicy.APPROVAL
    )
    member_cap = models.PositiveIntegerField(_("member cap"), null=True, blank=True)
    guidelines = models.TextField(_("group guidelines"), max_length=10000)
    guidelines_html = models.TextField(editable=False, default="")
    guidelines_version = models.PositiveIntegerField(default=1, editable=False)
    members_note = models.TextField(_("note for members"), max_length=5000, blank=True)
    members_note_html = models.TextField(editable=False, default="")
    # Kept by the services, so list pages need no counting query.
    active_member_count = models.PositiveIntegerField(default=0, editable=False)
    # Kept by the meetings app; lets the directory filter and sort by it.
    next_meeting_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [
            models.Index(fields=["listing", "-created_at"]),
            models.Index(fields=["latitude", "longitude"]),
            models.Index(fields=["next_meeting_at"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(format="online") | Q(city_geonameid__isnull=False),
                name="group_in_person_has_city",
            ),
            models.CheckConstraint(
                condition=Q(member_cap__isnull=True) | Q(member_cap__gte=2),
                name="group_member_cap_at_least_two",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("groups:detail", args=[self.slug])

    @property
    def country_name(self) -> str:
        """The group's country in the reader's language."""
        from peerhaven.accounts.countries import country_name

        return country_name(self.country)

    @property
    def is_full(self) -> bool:
        return self.member_cap is not None and self.active_member_count >= self.member_cap

    @property
    def is_listed(self) -> bool:
        return self.listing != self.Listing.HIDDEN

    @property
    def joins_at_once(self) -> bool:
        return self.listing == self.Listing.PUBLIC and self.join_policy == self.JoinPolicy.OPEN


class Membership(models.Model):
    class Role(models.IntegerChoices):
        # Ordered: a higher role can do everything a lower one can.
        MEMBER = 1, _("Member")
        COFACILITATOR = 2, _("Co-facilitator")
        FACILITATOR = 3, _("Facilitator")

    class State(models.TextChoices):
        REQUESTED = "requested", _("Requested")
        ACTIVE = "active", _("Active")
        LEFT = "left", _("Left")
        REMOVED = "removed", _("Removed")
        DECLINED = "declined", _("Declined")

    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.PositiveSmallIntegerField(choices=Role.choices, default=Role.MEMBER)
    state = models.CharField(max_length=10, choices=State.choices)
    request_message = models.TextField(max_length=500, blank=True)
    guidelines_version = models.PositiveIntegerField(null=True, blank=True)
    coc_version = models.PositiveSmallIntegerField(null=True, blank=True)
    accepted_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    reason = models.TextField(max_length=500, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["group", "user"], name="membership_once_per_group"),
            models.CheckConstraint(
                condition=~Q(state="active") | Q(accepted_at__isnull=False),
                name="membership_active_has_accepted",
            ),
        ]
        indexes = [
            models.Index(fields=["user", "state"]),
            models.Index(fields=["group", "state", "role"]),
        ]

    def __str__(self) -> str:
        return f"{self.user_id} in {self.group_id} ({self.state})"

    @property
    def is_active(self) -> bool:
        return self.state == self.State.ACTIVE


class InviteLink(models.Model):
    group = models.ForeignKey(Group, on_delete=models.CASCADE, related_name="invites")
    token = models.CharField(max_length=64, unique=True, default=secrets.token_urlsafe)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    revoked_at = models.DateTimeField(null=True, blank=True)
    uses = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"invite {self.pk} to {self.group_id}"

    def get_absolute_url(self) -> str:
        return reverse("groups:invite", args=[self.token])

    @property
    def is_usable(self) -> bool:
        return self.revoked_at is None and self.expires_at > timezone.now()
