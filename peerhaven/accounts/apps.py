from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "peerhaven.accounts"
    label = "accounts"
    verbose_name = _("Accounts")

    def ready(self) -> None:
        from peerhaven.accounts import data_sections, signals  # noqa: F401
