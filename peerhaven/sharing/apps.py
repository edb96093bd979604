from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SharingConfig(AppConfig):
    name = "peerhaven.sharing"
    label = "sharing"
    verbose_name = _("Sharing")

    def ready(self) -> None:
        from peerhaven.sharing import data_sections, demo, versions  # noqa: F401

        versions.connect()
