"""The coping part of `peerhaven seed-demo`: ratings, a group-only strategy, group resources."""

from peerhaven import demo
from peerhaven.coping import services
from peerhaven.coping.models import Category, Strategy
from peerhaven.groups.models import Group, Topic

GROUP = "Tuesday Evening Depression Circle"
# username, starter strategy key, outcome, note (shared with the group when there is one)
RATINGS = [
    ("demo_river", "ten-minute-walk", "helped_a_lot", "Demo note: even round the block helps."),
    ("demo_kai", "ten-minute-walk", "helped_a_bit", ""),
    ("demo_noor", "ten-minute-walk", "helped_a_lot", "Demo note: I go right after work."),
    ("demo_amara", "three-good-things", "helped_a_lot", "Demo note: I read them back on Sundays."),
    ("demo_kai", "three-good-things", "not_for_me", ""),
    ("demo_noor", "one-small-thing", "helped_a_lot", ""),
    ("demo_river", "one-small-thing", "helped_a_bit", ""),
    ("demo_sol", "box-breathing", "helped_a_lot", ""),
    ("demo_mateo", "box-breathing", "helped_a_bit", ""),
    ("demo_tane", "box-breathing", "helped_a_lot", ""),
    ("demo_ines", "letter-to-them", "helped_a_lot", ""),
]


def seed_coping(people) -> list[str]:
    group = Group.objects.filter(name=GROUP).first()
    for username, key, outcome, note in RATINGS:
        strategy = Strategy.objects.get(starter_key=key)
        user = people[username]
        shared = (
            group if group is not None and group.memberships.filter(user=user).exists() else None
        )
        services.rate_strategy(
            actor=user, strategy=strategy, outcome=outcome, note=note, group=shared
        )
    lines = [f"Rated {len(RATINGS)} starter strategies as demo members."]
    if group is None:
        return lines
    services.create_strategy(
        actor=people["demo_kai"],
        data={
            "language": "en",
            "title": "Demo: the Tuesday tea check-in",
            "why": "A demo strategy shared only in this group: a small ritual before our meeting.",
            "steps": "Make a warm drink before the meeting.\nWrite one word for how you feel.\n"
            "Say that word in the opening round, or pass.",
            "minutes": 5,
            "categories": list(Category.objects.filter(slug__in=["routine", "connection"])),
            "topics": list(Topic.objects.filter(slug="depression")),
            "group": group,
        },
    )
    facilitator = people["demo_river"]
    for data in [
        {
            "kind": "link",
            "title": "NHS: self-help for mental health",
            "url": "https://www.nhs.uk/mental-health/self-help/",
            "note": "Demo resource: guides and audio on low mood, sleep and stress.",
        },
        {
            "kind": "book",
            "title": "Demo: the group's favourite book on low mood",
            "note": "Ask in the group which one; a facilitator keeps a copy to lend.",
        },
        {
            "kind": "service",
            "title": "Demo: community wellbeing café",
            "note": "Thursdays 2–5 pm at the library. Free, no booking.",
        },
    ]:
        services.add_resource(actor=facilitator, group=group, data=data)
    services.add_resource(
        actor=people["demo_kai"],
        group=group,
        data={
            "kind": "link",
            "title": "Demo: local walking groups",
            "url": "https://example.org/walking-groups",
            "note": "A demo suggestion waiting for a facilitator.",
        },
    )
    lines.append(f"Added a group-only strategy and resources to {GROUP}.")
    return lines


demo.SEEDERS.append(("coping", seed_coping))
