from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    name = "peerhaven.api"
    label = "api"
    verbose_name = _("API")

    def ready(self) -> None:
        from peerhaven.api import caching, data_sections  # noqa: F401

        caching.connect()
