from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SafetyConfig(AppConfig):
    name = "peerhaven.safety"
    label = "safety"
    verbose_name = _("Safety")

    def ready(self) -> None:
        from peerhaven.safety import data_sections  # noqa: F401
        from peerhaven.safety.models import Block, LogEntry
        from peerhaven.web import versions

        versions.follow(
            Block,
            lambda block, **_: (
                versions.reader(block.blocker_id),
                versions.reader(block.blocked_id),
            ),
            name="block",
        )
        # The group page's moderation summary.
        versions.follow(
            LogEntry,
            lambda entry, **_: (versions.group(entry.group_id) if entry.group_id else None,),
            name="log",
        )
