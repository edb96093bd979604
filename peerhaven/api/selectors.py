"""Reads about API tokens."""

from django.db.models import QuerySet

from peerhaven.api.models import TOKEN_PREFIX, ApiToken, hash_token


def tokens_of(user) -> QuerySet[ApiToken]:
    return ApiToken.objects.filter(user=user)


def token_for_secret(secret: str) -> ApiToken | None:
    """The active token whose secret this is, with its member, or None."""
    if not secret.startswith(TOKEN_PREFIX) or len(secret) > 100:
        return None
    found = list(
        ApiToken.objects.select_related("user")
        .filter(token_hash=hash_token(secret), revoked_at__isnull=True, user__is_active=True)
        .order_by()[:1]
    )
    return found[0] if found else None
