from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SafetyConfig(AppConfig):
    name = "peerhaven.safety"
    label = "safety"
    verbose_name = _("Safety")

    def ready(self) -> None:
        from peerhaven.safety import data_sections  # noqa: F401
