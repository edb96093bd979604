import io
import json
import zipfile

import pytest
from django.urls import reverse

from peerhaven.accounts import data_rights
from peerhaven.wellbeing import services
from peerhaven.wellbeing.models import JournalEntry, MoodCheckIn, SelfCareDone, SelfCheck

pytestmark = pytest.mark.django_db


def test_every_wellbeing_model_is_covered():
    from django.apps import apps

    covered = data_rights.covered_models()
    for model in apps.get_app_config("wellbeing").get_models():
        assert model in covered, model


def test_the_export_gives_the_member_their_own_words_in_the_clear(
    member_client, member, other_member
):
    services.write_journal_entry(actor=member, title="T", body="MY-JOURNAL-WORDS")
    services.record_mood(actor=member, mood=4, emotions=["calm"], note="MY-NOTE")
    services.write_journal_entry(actor=other_member, body="NOT-MINE")
    response = member_client.post(reverse("accounts:my_data"))
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    data = json.loads(archive.read("peerhaven-data.json"))["sections"]["wellbeing"]
    assert data["journal"][0]["text"] == "MY-JOURNAL-WORDS"
    assert data["mood_check_ins"][0]["note"] == "MY-NOTE"
    assert data["mood_check_ins"][0]["emotions"] == ["calm"]
    assert "NOT-MINE" not in archive.read("peerhaven-data.json").decode()


def test_the_export_lists_the_members_reminders(member_client, member):
    activity = services.save_activity(actor=member, data={"name": "Stretch", "times": ["08:00"]})
    services.record_reminder(user=member, kind="self_care", activity=activity)
    response = member_client.post(reverse("accounts:my_data"))
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    data = json.loads(archive.read("peerhaven-data.json"))["sections"]["wellbeing"]
    assert data["reminders"][0]["kind"] == "self_care"
    assert data["reminders"][0]["activity"] == "Stretch"


def test_erasure_removes_everything(member, other_member):
    services.write_journal_entry(actor=member, body="x")
    services.record_mood(actor=member, mood=4)
    services.take_self_check(actor=member, kind="gad7", answers=[0] * 7)
    activity = services.save_activity(actor=member, data={"name": "walk"})
    services.mark_done(actor=member, activity=activity, done=True)
    services.write_journal_entry(actor=other_member, body="stays")
    data_rights.sections()  # registered
    for section in data_rights.sections():
        if section.name == "wellbeing":
            section.erase(member)
    assert not JournalEntry.objects.filter(user=member).exists()
    assert not MoodCheckIn.objects.exists() and not SelfCheck.objects.exists()
    assert not SelfCareDone.objects.exists()
    assert JournalEntry.objects.filter(user=other_member).count() == 1
