from peerhaven.accounts import data_rights
from peerhaven.coping import services
from peerhaven.coping.models import GroupCuration, Rating, Resource, Strategy, ToolkitItem
from peerhaven.sharing import treatments


def _export(user) -> dict:
    return {
        "strategies_shared": [
            {
                "title": strategy.title_en or strategy.title_es,
                "why": strategy.why_en or strategy.why_es,
                "steps": (strategy.steps_en or strategy.steps_es).splitlines(),
                "minutes": strategy.minutes,
                "treatments": treatments.decode(strategy.treatments_text),
                "shared_with": strategy.group.name if strategy.group else "everyone",
                "created_at": strategy.created_at.isoformat(),
            }
            for strategy in Strategy.objects.filter(author=user).select_related("group")
        ],
        "ratings": [
            {
                "strategy": rating.strategy.title,
                "outcome": rating.outcome,
                "note": rating.note,
                "shared_with": rating.group.name if rating.group else None,
                "updated_at": rating.updated_at.isoformat(),
            }
            for rating in Rating.objects.filter(user=user).select_related("strategy", "group")
        ],
        "toolkit": [
            item.strategy.title
            for item in ToolkitItem.objects.filter(user=user).select_related("strategy")
        ],
        "resources_suggested": [
            {
                "group": resource.group.name,
                "title": resource.title,
                "url": resource.url,
                "state": resource.state,
            }
            for resource in Resource.objects.filter(suggested_by=user).select_related("group")
        ],
    }


def _erase(user) -> None:
    rated = list(Rating.objects.filter(user=user).values_list("strategy_id", flat=True))
    Rating.objects.filter(user=user).delete()
    services.recount(rated)
    ToolkitItem.objects.filter(user=user).delete()
    # What a member shared stays for those it helps, under "a former member".
    Strategy.objects.filter(author=user).update(author=None)
    Resource.objects.filter(suggested_by=user).update(suggested_by=None)
    Resource.objects.filter(decided_by=user).update(decided_by=None)
    GroupCuration.objects.filter(updated_by=user).update(updated_by=None)


data_rights.register(
    "coping",
    models=[Strategy, Rating, ToolkitItem, Resource, GroupCuration],
    export=_export,
    erase=_erase,
)
