import time

from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver


@receiver(user_logged_in)
def stamp_session(sender, request, user, **kwargs) -> None:
    # Read by SessionLifetimeMiddleware: the absolute age of a session and the
    # epoch it belongs to ("log out everywhere" moves the epoch on).
    request.session["ph_auth_at"] = int(time.time())
    request.session["ph_epoch"] = user.session_epoch
