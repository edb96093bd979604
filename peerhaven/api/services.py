"""Every write about API tokens."""

import secrets
from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from peerhaven.api import caching
from peerhaven.api.models import TOKEN_PREFIX, ApiToken, hash_token
from peerhaven.errors import ActionRefused

MAX_ACTIVE_TOKENS = 20
# last_used_at is a hint for the member, not an audit log: write it at most once a minute,
# so a busy client does not turn every read into a write.
LAST_USED_RESOLUTION = timedelta(minutes=1)


@transaction.atomic
def create_token(*, actor, name: str, scope: str) -> tuple[ApiToken, str]:
    """Make a token; returns it with its secret, which is never stored and never shown again."""
    if not actor.is_authenticated:
        raise ActionRefused(_("Sign in to make a token."), code="login_required")
    name = (name or "").strip()
    if not name:
        raise ActionRefused(_("Give the token a name, such as the app it is for."), code="name")
    if len(name) > 60:
        raise ActionRefused(_("A token's name can be at most 60 characters."), code="name")
    if scope not in ApiToken.Scope.values:
        raise ActionRefused(_("Choose read or read and write."), code="scope")
    active = ApiToken.objects.select_for_update().filter(user=actor, revoked_at__isnull=True)
    if active.count() >= MAX_ACTIVE_TOKENS:
        raise ActionRefused(
            _("You have %(max)d tokens already. Revoke one you no longer use first.")
            % {"max": MAX_ACTIVE_TOKENS},
            code="too_many_tokens",
        )
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(
        user=actor,
        name=name,
        scope=scope,
        token_hash=hash_token(secret),
        hint=secret[: len(TOKEN_PREFIX) + 4],
    )
    return token, secret


@transaction.atomic
def revoke_token(*, actor, token_id: int) -> ApiToken:
    token = ApiToken.objects.select_for_update().filter(user=actor, pk=token_id).first()
    if token is None:
        raise ActionRefused(_("That token does not exist."), code="no_token")
    if token.revoked_at is None:
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at"])
    return token


def record_token_use(*, token: ApiToken) -> None:
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at >= LAST_USED_RESOLUTION:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
        token.last_used_at = now
        # The remembered copy carries the time too, so the next write waits its minute.
        caching.remember_token(token)
