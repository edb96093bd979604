import hashlib

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

TOKEN_PREFIX = "ph_"


def hash_token(secret: str) -> str:
    """The stored form of a token. Tokens are 256 random bits, so a plain SHA-256 is enough:
    nothing can be guessed from the hash, and lookups stay one indexed query."""
    return hashlib.sha256(secret.encode("utf-8", "surrogatepass")).hexdigest()


class ApiToken(models.Model):
    """A personal access token: a member's app acting as them through the API."""

    class Scope(models.TextChoices):
        READ = "read", _("Read: see what you can see")
        WRITE = "write", _("Read and write: also post, reply, react, join, RSVP")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens"
    )
    name = models.CharField(_("name"), max_length=60)
    scope = models.CharField(_("access"), max_length=5, choices=Scope.choices, default=Scope.READ)
    # Only the hash is kept; the token itself is shown once, when it is made.
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    # The first characters, so a member can tell their tokens apart.
    hint = models.CharField(max_length=12, editable=False)
    created_at = models.DateTimeField(default=timezone.now)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["user", "revoked_at"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(scope__in=["read", "write"]), name="token_scope_known"
            )
        ]

    def __str__(self) -> str:
        return f"token {self.pk} of {self.user_id}"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None

    @property
    def can_write(self) -> bool:
        return self.scope == self.Scope.WRITE
