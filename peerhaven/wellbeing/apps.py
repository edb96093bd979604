from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WellbeingConfig(AppConfig):
    name = "peerhaven.wellbeing"
    label = "wellbeing"
    verbose_name = _("Wellbeing")

    def ready(self) -> None:
        from peerhaven.wellbeing import data_sections, demo  # noqa: F401
