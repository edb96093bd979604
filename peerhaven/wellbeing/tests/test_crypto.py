"""The data key: made once, never replaced over sealed data, rotated without downtime."""

import os

import pytest
from django.core.management import CommandError, call_command

from peerhaven.wellbeing import crypto, selectors, services
from peerhaven.wellbeing.models import JournalEntry, MoodCheckIn

pytestmark = pytest.mark.django_db


@pytest.fixture
def data_dir(settings, tmp_path):
    settings.DATA_DIR = tmp_path
    settings.PEERHAVEN_DATA_KEY = ""  # the key file, whatever this machine's environment says
    crypto.forget_loaded_keys()
    yield tmp_path
    crypto.forget_loaded_keys()


def write_some(member):
    services.write_journal_entry(actor=member, body="first entry")
    services.write_journal_entry(actor=member, body="second entry")
    services.record_mood(actor=member, mood=3, note="a private note")


def texts(member):
    return sorted(selectors.open_entry(e).body for e in JournalEntry.objects.all()) + [
        selectors.open_note(c) for c in MoodCheckIn.objects.all()
    ]


def test_the_key_file_is_made_on_first_use_readable_by_its_owner_only(data_dir, member):
    services.write_journal_entry(actor=member, body="hello")
    path = data_dir / "data_key"
    assert path.exists()
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    assert JournalEntry.objects.get().key_id == crypto.key_ring().current.id


def test_a_missing_key_file_with_sealed_data_stops_start_up_and_makes_no_new_key(data_dir, member):
    write_some(member)
    (data_dir / "data_key").unlink()
    crypto.forget_loaded_keys()
    with pytest.raises(CommandError, match="is missing, but 3 sealed") as problem:
        crypto.check_data_key()
    assert "Restore the file from your backup" in str(problem.value)
    assert not (data_dir / "data_key").exists()
    with pytest.raises(crypto.DataKeyError):
        services.write_journal_entry(actor=member, body="must not be sealed under a new key")


def test_a_wrong_key_stops_start_up_and_changes_nothing(data_dir, settings, member):
    write_some(member)
    before = list(JournalEntry.objects.values_list("key_id", "ciphertext"))
    settings.PEERHAVEN_DATA_KEY = crypto.encode_secret(crypto.new_secret())
    with pytest.raises(CommandError, match="which environment does not hold") as problem:
        crypto.check_data_key()
    assert "Nothing was changed" in str(problem.value)
    assert list(JournalEntry.objects.values_list("key_id", "ciphertext")) == before


@pytest.mark.parametrize("value", ["not-a-key", "c2hvcnQ=", "a,,b"])
def test_a_malformed_key_says_how_to_make_one(data_dir, settings, value):
    settings.PEERHAVEN_DATA_KEY = value
    with pytest.raises(CommandError, match="rotate-data-key --print-new-key"):
        crypto.check_data_key()


def test_a_key_file_others_can_read_is_refused(data_dir, member):
    services.write_journal_entry(actor=member, body="hello")
    os.chmod(data_dir / "data_key", 0o644)
    with pytest.raises(CommandError, match="chmod 600"):
        crypto.check_data_key()


def test_serve_stops_before_serving_when_the_key_is_missing(data_dir, member, monkeypatch):
    import uvicorn

    write_some(member)
    (data_dir / "data_key").unlink()
    crypto.forget_loaded_keys()
    monkeypatch.setattr(uvicorn, "run", lambda *a, **k: pytest.fail("served without a key"))
    with pytest.raises(CommandError, match="is missing"):
        call_command("serve", "--no-task-worker", "--no-migrate")


def test_rotation_reseals_everything_and_forgets_the_old_key(data_dir, member, capsys):
    write_some(member)
    old_id = crypto.key_ring().current.id
    readable = texts(member)
    call_command("rotate_data_key")
    crypto.forget_loaded_keys()
    ring = crypto.key_ring()
    assert ring.current.id != old_id and len(ring.keys) == 1
    assert set(JournalEntry.objects.values_list("key_id", flat=True)) == {ring.current.id}
    assert set(
        MoodCheckIn.objects.exclude(note_key_id="").values_list("note_key_id", flat=True)
    ) == {ring.current.id}
    assert texts(member) == readable
    assert oct((data_dir / "data_key").stat().st_mode & 0o777) == "0o600"
    assert "3 values re-sealed" in capsys.readouterr().out
    crypto.check_data_key()


def test_a_running_process_reads_values_sealed_under_a_key_it_has_not_loaded(data_dir, member):
    entry = services.write_journal_entry(actor=member, body="before the rotation")
    old_ring = crypto.key_ring()
    new = crypto.new_secret()
    crypto.write_key_file(data_dir / "data_key", [new, old_ring.current.secret])
    # A value sealed under the new key, by a process that already has it ...
    crypto.forget_loaded_keys()
    services.update_journal_entry(actor=member, entry=entry, body="sealed elsewhere")
    entry.refresh_from_db()
    assert entry.key_id == crypto.key_id_for(new)
    # ... is read by this one, which still holds the old keys for the new file.
    crypto._cache.update(stamp=crypto._stamp(data_dir / "data_key"), ring=old_ring)
    assert selectors.open_entry(entry).body == "sealed elsewhere"


def test_an_edit_made_during_rotation_is_never_overwritten(data_dir, member, monkeypatch):
    entry = services.write_journal_entry(actor=member, body="old words")
    real_seal = crypto.seal
    calls = []

    def seal_while_the_member_edits(plaintext, **kwargs):
        if not calls:
            calls.append(1)
            # The member saves a new version between the read and the write of the rotation.
            services.update_journal_entry(actor=member, entry=entry, body="new words")
        return real_seal(plaintext, **kwargs)

    crypto.write_key_file(
        data_dir / "data_key", [crypto.new_secret(), crypto.key_ring().current.secret]
    )
    monkeypatch.setattr(crypto, "seal", seal_while_the_member_edits)
    crypto.reseal_all()
    assert selectors.open_entry(JournalEntry.objects.get()).body == "new words"


def test_rotation_with_keys_from_the_environment(data_dir, settings, member, capsys):
    first = crypto.encode_secret(crypto.new_secret())
    settings.PEERHAVEN_DATA_KEY = first
    write_some(member)
    second = crypto.encode_secret(crypto.new_secret())
    settings.PEERHAVEN_DATA_KEY = f"{second},{first}"
    call_command("rotate_data_key")
    new_id = crypto.key_ring().current.id
    assert set(JournalEntry.objects.values_list("key_id", flat=True)) == {new_id}
    assert "can now be removed" in capsys.readouterr().out
    settings.PEERHAVEN_DATA_KEY = second
    crypto.check_data_key()
    assert "first entry" in texts(member)
    assert not (data_dir / "data_key").exists()


def test_print_new_key(data_dir, capsys):
    call_command("rotate_data_key", "--print-new-key")
    printed = capsys.readouterr().out.strip()
    assert len(crypto.parse_keys(printed, where="test")) == 1
