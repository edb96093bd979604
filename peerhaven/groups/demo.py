"""The groups part of `peerhaven seed-demo`."""

from peerhaven import demo
from peerhaven.groups import cities, services
from peerhaven.groups.models import Audience, Group, Language, Membership, Topic

GUIDELINES = """1. What is shared here stays here.
2. Speak from your own experience; listen without fixing.
3. No advice about medication doses or stopping treatment.
4. Pass whenever you like: listening is taking part too."""

GROUPS = [
    # name, topics, audiences, language, format, city, listing, join policy, facilitator, members
    (
        "Tuesday Evening Depression Circle",
        ["depression"],
        ["adults"],
        "en",
        "online",
        None,
        "public",
        "open",
        "demo_river",
        ["demo_kai", "demo_noor", "demo_amara"],
    ),
    (
        "Anxiety Peer Support London",
        ["anxiety", "panic"],
        ["young-adults"],
        "en",
        "hybrid",
        "London, GB",
        "public",
        "approval",
        "demo_river",
        ["demo_tane"],
    ),
    (
        "Duelo y pérdida Madrid",
        ["grief-loss"],
        ["adults"],
        "es",
        "in_person",
        "Madrid, ES",
        "public",
        "open",
        "demo_sol",
        ["demo_mateo", "demo_ines"],
    ),
    (
        "Recovery Together: Alcohol",
        ["alcohol"],
        ["adults"],
        "en",
        "online",
        None,
        "private",
        "approval",
        "demo_kai",
        ["demo_river"],
    ),
    (
        "Caregivers' Coffee Chicago",
        ["caregiving"],
        ["parents"],
        "en",
        "in_person",
        "Chicago, US",
        "public",
        "open",
        "demo_kai",
        ["demo_noor"],
    ),
    (
        "Survivors of Suicide Loss",
        ["suicide-loss", "grief-loss"],
        [],
        "en",
        "online",
        None,
        "private",
        "approval",
        "demo_noor",
        ["demo_amara"],
    ),
    (
        "Ansiedad social: Ciudad de México",
        ["social-anxiety"],
        ["young-adults", "students"],
        "es",
        "hybrid",
        "Mexico City, MX",
        "public",
        "approval",
        "demo_mateo",
        ["demo_ines", "demo_sol"],
    ),
    (
        "New Parents After Birth",
        ["perinatal-postpartum"],
        ["parents", "women"],
        "en",
        "online",
        None,
        "public",
        "open",
        "demo_amara",
        [],
    ),
    (
        "Veterans' Night Watch",
        ["ptsd-trauma"],
        ["veterans"],
        "en",
        "online",
        None,
        "hidden",
        "approval",
        "demo_tane",
        ["demo_kai"],
    ),
    (
        "Burnout Recovery Toronto",
        ["stress-burnout"],
        ["adults"],
        "en",
        "in_person",
        "Toronto, CA",
        "public",
        "open",
        "demo_noor",
        ["demo_river", "demo_tane"],
    ),
]


def seed_groups(people) -> list[str]:
    created = 0
    for (
        name,
        topics,
        audiences,
        language,
        group_format,
        city,
        listing,
        policy,
        facilitator,
        members,
    ) in GROUPS:
        owner = people[facilitator]
        group = services.create_group(
            actor=owner,
            data={
                "name": name,
                "description": f"*Demo group.* A peer support group: {name}. We meet, listen and share.",
                "topics": list(Topic.objects.filter(slug__in=topics)),
                "audiences": list(Audience.objects.filter(slug__in=audiences)),
                "language": Language.objects.get(code=language),
                "format": group_format,
                "city": cities.resolve(city) if city else None,
                "time_zone": "" if city else owner.time_zone,
                "listing": listing,
                "join_policy": policy,
                "member_cap": None,
                "guidelines": GUIDELINES,
                "members_note": "Welcome! Introduce yourself whenever you feel ready.",
            },
        )
        for username in members:
            Membership.objects.create(
                group=group,
                user=people[username],
                state=Membership.State.ACTIVE,
                guidelines_version=group.guidelines_version,
                coc_version=1,
                accepted_at=group.created_at,
            )
        Group.objects.filter(pk=group.pk).update(active_member_count=1 + len(members))
        created += 1
    return [f"Created {created} demo groups across topics, formats, cities and listings."]


demo.SEEDERS.append(("groups", seed_groups))
