from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LiveConfig(AppConfig):
    name = "peerhaven.live"
    label = "live"
    verbose_name = _("Live rooms")

    def ready(self) -> None:
        from peerhaven.live import data_sections, signals  # noqa: F401
