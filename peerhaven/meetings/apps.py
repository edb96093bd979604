from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MeetingsConfig(AppConfig):
    name = "peerhaven.meetings"
    label = "meetings"
    verbose_name = _("Meetings")

    def ready(self) -> None:
        from peerhaven.meetings import data_sections, demo  # noqa: F401
