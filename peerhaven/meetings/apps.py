from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MeetingsConfig(AppConfig):
    name = "peerhaven.meetings"
    label = "meetings"
    verbose_name = _("Meetings")

    def ready(self) -> None:
        from peerhaven.meetings import data_sections, demo  # noqa: F401
        from peerhaven.meetings.models import Meeting, Occurrence
        from peerhaven.web import versions

        # The group page lists the next meetings.
        for model in (Meeting, Occurrence):
            versions.follow(
                model, lambda row, **_: (versions.group(row.group_id),), name=model.__name__
            )
