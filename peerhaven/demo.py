"""The demo a newcomer sees after `peerhaven seed-demo`.

Each app adds its part in `SEEDERS` order; every demo account's bio says it
is a demo and its username starts with "demo_".
"""

from django.db import transaction
from django.utils import timezone

from peerhaven.accounts.models import User

DEMO_PASSWORD = "demo password for peerhaven"
DEMO_BIO = "Demo account: not a real person."


class AlreadySeeded(Exception):
    pass


PEOPLE = [
    # username, display name, pronouns, country, time zone, language
    ("demo_river", "River", "they/them", "GB", "Europe/London", "en"),
    ("demo_sol", "Sol", "she/her", "ES", "Europe/Madrid", "es"),
    ("demo_kai", "Kai", "he/him", "US", "America/Chicago", "en"),
    ("demo_amara", "Amara", "she/her", "NG", "Africa/Lagos", "en"),
    ("demo_mateo", "Mateo", "he/him", "MX", "America/Mexico_City", "es"),
    ("demo_ines", "Inés", "", "AR", "America/Argentina/Buenos_Aires", "es"),
    ("demo_noor", "Noor", "she/her", "CA", "America/Toronto", "en"),
    ("demo_tane", "Tāne", "he/him", "NZ", "Pacific/Auckland", "en"),
]


def seed_people() -> dict[str, User]:
    from datetime import timedelta

    now = timezone.now()
    joined = now - timedelta(days=60)
    people = {}
    for username, display_name, pronouns, country, zone, language in PEOPLE:
        user = User(
            username=username,
            display_name=display_name,
            pronouns=pronouns,
            country=country,
            time_zone=zone,
            language=language,
            bio=DEMO_BIO,
            coc_version=1,
            coc_accepted_at=now,
            date_joined=joined,
        )
        user.set_password(DEMO_PASSWORD)
        user.save()
        people[username] = user
    return people


# Later apps append (name, callable(people) -> list of summary lines).
SEEDERS: list = []


@transaction.atomic
def seed() -> list[str]:
    if User.objects.filter(username__startswith="demo_").exists():
        raise AlreadySeeded("The demo is already here; seed-demo runs only once per database.")
    people = seed_people()
    lines = [f"Created {len(people)} demo members (password: {DEMO_PASSWORD!r})."]
    for _name, seeder in SEEDERS:
        lines.extend(seeder(people))
    lines.append("Log in as demo_river to look around.")
    return lines
