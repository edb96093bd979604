from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    name = "peerhaven.notifications"
    label = "notifications"
    verbose_name = _("Notifications")

    def ready(self) -> None:
        from peerhaven.notifications import data_sections  # noqa: F401
        from peerhaven.notifications.models import Notification
        from peerhaven.web import versions

        versions.follow(
            Notification,
            lambda row, **_: (versions.notifications(row.user_id),),
            name="notification",
        )
