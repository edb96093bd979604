from peerhaven.accounts import data_rights
from peerhaven.notifications.models import Notification


def _export(user) -> list[dict]:
    return [
        {
            "kind": notification.kind,
            "url": notification.url,
            "created_at": notification.created_at.isoformat(),
            "read_at": notification.read_at.isoformat() if notification.read_at else None,
        }
        for notification in Notification.objects.filter(user=user)
    ]


def _erase(user) -> None:
    Notification.objects.filter(user=user).delete()


data_rights.register("notifications", models=[Notification], export=_export, erase=_erase)
