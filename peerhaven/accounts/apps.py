from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "peerhaven.accounts"
    label = "accounts"
    verbose_name = _("Accounts")

    def ready(self) -> None:
        from peerhaven.accounts import data_sections, signals  # noqa: F401
        from peerhaven.accounts.models import User
        from peerhaven.web import versions

        # Saving only these columns cannot change how a member appears to anyone.
        unshown = {"last_login", "session_epoch", "password"}

        def changed(user, update_fields=None, **_):
            if update_fields is not None and set(update_fields) <= unshown:
                return ()
            return (versions.reader(user.pk), versions.PEOPLE)

        versions.follow(User, changed, name="user")
