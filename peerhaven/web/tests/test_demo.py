import pytest
from django.core.management import CommandError, call_command

from peerhaven.accounts.models import User

pytestmark = pytest.mark.django_db


def test_seed_demo_fills_the_database_once(capsys):
    call_command("seed_demo")
    out = capsys.readouterr().out
    assert "demo_river" in out
    demo_people = User.objects.filter(username__startswith="demo_")
    assert demo_people.count() >= 6
    assert all("Demo account" in person.bio for person in demo_people)
    with pytest.raises(CommandError, match="already here"):
        call_command("seed_demo")
    assert User.objects.filter(username__startswith="demo_").count() == demo_people.count()
