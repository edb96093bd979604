import time

from django.conf import settings
from django.contrib.auth.signals import user_logged_in
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from peerhaven.accounts.backends import forget_user


@receiver(user_logged_in)
def stamp_session(sender, request, user, **kwargs) -> None:
    # Read by SessionLifetimeMiddleware: the absolute age of a session and the
    # epoch it belongs to ("log out everywhere" moves the epoch on).
    request.session["ph_auth_at"] = int(time.time())
    request.session["ph_epoch"] = user.session_epoch


@receiver(post_save, sender=settings.AUTH_USER_MODEL)
@receiver(post_delete, sender=settings.AUTH_USER_MODEL)
def forget_changed_user(sender, instance, **kwargs) -> None:
    forget_user(instance.pk)
