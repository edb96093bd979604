"""The sharing part of `peerhaven seed-demo`: a few conversations, clearly marked as demo."""

from peerhaven import demo
from peerhaven.groups.models import Group
from peerhaven.sharing import services

CONVERSATIONS = [
    # group, author, kind, body, warnings, replies [(author, body)], reactions [(person, kind)]
    (
        "Tuesday Evening Depression Circle",
        "demo_kai",
        "share",
        "*(Demo post.)* Getting out of bed felt impossible this morning. I did it anyway, slowly.",
        [],
        [
            ("demo_noor", "That counts. Slowly is still forward."),
            ("demo_river", "Thank you for telling us."),
        ],
        [("demo_noor", "same_here"), ("demo_amara", "sending_strength")],
    ),
    (
        "Tuesday Evening Depression Circle",
        "demo_noor",
        "question",
        "*(Demo post.)* What do you do on evenings when everything feels grey?",
        [],
        [
            ("demo_kai", "A short walk, even round the block, then a warm drink."),
            ("demo_amara", "I text one person. Just one."),
        ],
        [("demo_kai", "i_hear_you")],
    ),
    (
        "Tuesday Evening Depression Circle",
        "demo_amara",
        "triumph",
        "*(Demo post.)* Three weeks of going to bed before midnight. Small, but it's mine.",
        [],
        [],
        [("demo_river", "sending_strength"), ("demo_kai", "helped_me")],
    ),
    (
        "Duelo y pérdida Madrid",
        "demo_mateo",
        "share",
        "*(Publicación de demostración.)* Hoy hace un año que murió mi padre. Gracias por estar.",
        ["loss_grief"],
        [("demo_ines", "Aquí estamos contigo, Mateo.")],
        [("demo_sol", "sending_strength")],
    ),
    (
        "Tuesday Evening Depression Circle",
        "demo_kai",
        "check_in",
        "*(Demo check-in.)* A bit better than yesterday.",
        [],
        [],
        [("demo_noor", "i_hear_you")],
    ),
]


def seed_posts(people) -> list[str]:
    created = 0
    for group_name, author, kind, body, warnings, replies, reactions in CONVERSATIONS:
        group = Group.objects.filter(name=group_name).first()
        if group is None:
            continue
        post = services.create_post(
            actor=people[author],
            group=group,
            body=body,
            kind=kind,
            warnings=warnings,
            mood="🙂" if kind == "check_in" else "",
        )
        for replier, text in replies:
            services.create_reply(actor=people[replier], post=post, body=text)
        for person, reaction in reactions:
            services.react(actor=people[person], post=post, kind=reaction)
        created += 1
    return [f"Wrote {created} demo conversations."]


demo.SEEDERS.append(("sharing", seed_posts))
