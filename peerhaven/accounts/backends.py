"""Authentication backends that remember the signed-in member between requests.

Every signed-in request asks the backend for its member. The member is kept in the shared
cache under their id for USER_SECONDS and forgotten whenever their row is saved or deleted
(forget_user() is called by the post_save/post_delete receivers in accounts/signals.py, and by
code that writes the row with queryset.update()), so a suspended, deactivated or logged-out
member is refused at their next request, as before. Django still checks the session's hash of
the password against the member on every request.

With several server processes the cache must be shared (Redis), as for rate limits: a
per-process cache would forget the member in one process only.
"""

from allauth.account.auth_backends import AuthenticationBackend
from django.contrib.auth.backends import ModelBackend
from django.core.cache import cache
from django.db import transaction

USER_SECONDS = 300


def _key(user_id) -> str:
    return f"accounts:user:{user_id}"


def forget_user(user_id) -> None:
    """Forget the remembered member now, and again once the change is committed."""
    key = _key(user_id)
    cache.delete(key)
    transaction.on_commit(lambda: cache.delete(key))


class RememberedUserMixin:
    def get_user(self, user_id):
        key = _key(user_id)
        user = cache.get(key)
        if user is None:
            user = super().get_user(user_id)
            if user is not None:
                cache.add(key, user, timeout=USER_SECONDS)
        return user if self.user_can_authenticate(user) else None


class PeerHavenModelBackend(RememberedUserMixin, ModelBackend):
    pass


class PeerHavenAccountBackend(RememberedUserMixin, AuthenticationBackend):
    pass
