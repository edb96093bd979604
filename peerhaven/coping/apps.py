from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CopingConfig(AppConfig):
    name = "peerhaven.coping"
    label = "coping"
    verbose_name = _("Coping strategies")

    def ready(self) -> None:
        from peerhaven.coping import bench, data_sections, demo, signals  # noqa: F401
