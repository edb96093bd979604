from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GroupsConfig(AppConfig):
    name = "peerhaven.groups"
    label = "groups"
    verbose_name = _("Groups")

    def ready(self) -> None:
        from peerhaven.groups import data_sections, demo  # noqa: F401
