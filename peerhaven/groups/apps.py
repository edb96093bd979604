from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GroupsConfig(AppConfig):
    name = "peerhaven.groups"
    label = "groups"
    verbose_name = _("Groups")

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save

        from peerhaven.groups import data_sections, demo, selectors  # noqa: F401
        from peerhaven.groups.models import Group, Membership

        # Saves that do not go through the search index (the admin, a shell) still drop the
        # directory's cached pages.
        post_save.connect(selectors.directory_changed, sender=Group, dispatch_uid="directory")
        post_delete.connect(selectors.directory_changed, sender=Group, dispatch_uid="directory")
        post_save.connect(selectors.membership_changed, sender=Membership, dispatch_uid="nav")
        post_delete.connect(selectors.membership_changed, sender=Membership, dispatch_uid="nav")
