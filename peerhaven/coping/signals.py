from django.db.models.signals import post_delete
from django.dispatch import receiver

from peerhaven.coping import indexing
from peerhaven.coping.models import Strategy


@receiver(post_delete, sender=Strategy)
def forget_deleted_strategy(sender, instance: Strategy, **kwargs) -> None:
    # A group's deletion takes its group-only strategies with it (a cascade that the
    # coping services never see); their rows in SQLite's search table must go too.
    indexing.remove_strategy(instance.pk)
