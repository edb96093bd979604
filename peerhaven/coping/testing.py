"""Coping things around the shared test cast (peerhaven.testing.build_cast)."""

from dataclasses import dataclass

STEPS = "Put your feet flat on the floor.\nBreathe out slowly.\nName three things you can see."


def strategy_data(**extra) -> dict:
    from peerhaven.coping.models import Category
    from peerhaven.groups.models import Topic

    data = {
        "language": "en",
        "title": "Feet on the floor before the meeting",
        "why": "It helps me arrive in the room.",
        "steps": STEPS,
        "minutes": 3,
        "categories": list(Category.objects.filter(slug="grounding")),
        "topics": list(Topic.objects.filter(slug="anxiety")),
        "group": None,
    }
    data.update(extra)
    return data


@dataclass
class CopingCast:
    strategy: object  # shared only in the cast's group, by its member
    resource: object  # approved, added by the facilitator
    suggestion: object  # suggested by the member, waiting


def build_coping_cast(cast) -> CopingCast:
    from peerhaven.coping import services

    strategy = services.create_strategy(actor=cast.member, data=strategy_data(group=cast.group))
    resource = services.add_resource(
        actor=cast.facilitator,
        group=cast.group,
        data={"kind": "link", "title": "Self-help guides", "url": "https://example.org/guides"},
    )
    suggestion = services.add_resource(
        actor=cast.member,
        group=cast.group,
        data={"kind": "book", "title": "A book that helped me", "note": "Short chapters."},
    )
    return CopingCast(strategy=strategy, resource=resource, suggestion=suggestion)
