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

        from django.db.models.signals import m2m_changed

        from peerhaven.web import versions

        versions.follow(
            Group, lambda group, **_: (versions.DIRECTORY, versions.group(group.pk)), name="group"
        )
        versions.follow(
            Membership,
            lambda membership, **_: (
                versions.group(membership.group_id),
                versions.reader(membership.user_id),
            ),
            name="membership",
        )

        def labels_changed(sender, instance, reverse=False, pk_set=None, **kwargs) -> None:
            if kwargs.get("action") not in ("post_add", "post_remove", "post_clear"):
                return
            group_ids = (pk_set or ()) if reverse else (instance.pk,)
            versions.bump(versions.DIRECTORY, *(versions.group(pk) for pk in group_ids))

        for through in (Group.topics.through, Group.audiences.through):
            m2m_changed.connect(labels_changed, sender=through, dispatch_uid=f"versions-{through}")
