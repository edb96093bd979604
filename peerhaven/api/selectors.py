"""Reads about API tokens."""

from django.db.models import QuerySet

from peerhaven.api import caching
from peerhaven.api.models import TOKEN_PREFIX, ApiToken, hash_token


def tokens_of(user) -> QuerySet[ApiToken]:
    return ApiToken.objects.filter(user=user)


def token_for_secret(secret: str) -> ApiToken | None:
    """The active token whose secret this is, with its member, or None."""
    if not secret.startswith(TOKEN_PREFIX) or len(secret) > 100:
        return None
    token_hash = hash_token(secret)
    token = caching.remembered_token(token_hash)
    if token is not None:
        return token
    found = list(
        ApiToken.objects.select_related("user")
        .filter(token_hash=token_hash, revoked_at__isnull=True, user__is_active=True)
        .order_by()[:1]
    )
    if not found:
        return None
    caching.remember_token(found[0])
    return found[0]
