from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from peerhaven.errors import ActionRefused
from peerhaven.wellbeing import crypto, schedule, selectors, services
from peerhaven.wellbeing.models import JournalEntry

pytestmark = pytest.mark.django_db


def test_an_entry_is_encrypted_at_rest_and_readable_by_its_writer(member_client, member):
    response = member_client.post(
        "/me/journal/new/",
        {"title": "TITLE-SENTINEL", "body": "BODY-SENTINEL about my sister", "prompt": "helped"},
    )
    entry = JournalEntry.objects.get(user=member)
    assert response.status_code == 302 and response["Location"] == entry.get_absolute_url()
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM wellbeing_journalentry")
        row = cursor.fetchone()
    raw = b"".join(bytes(v) if isinstance(v, bytes | memoryview) else str(v).encode() for v in row)
    assert b"SENTINEL" not in raw
    assert b"sister" not in raw
    page = member_client.get(entry.get_absolute_url()).content.decode()
    assert "TITLE-SENTINEL" in page and "BODY-SENTINEL about my sister" in page


def test_a_tampered_entry_is_refused_with_a_clear_error_not_garbage(member_client, member):
    entry = services.write_journal_entry(actor=member, title="Mine", body="What helped: tea.")
    blob = bytearray(entry.ciphertext)
    blob[20] ^= 0x01
    JournalEntry.objects.filter(pk=entry.pk).update(ciphertext=bytes(blob))
    entry.refresh_from_db()
    with pytest.raises(crypto.TamperedData):
        crypto.unseal(entry.ciphertext, entry.key_id, purpose="journal", user_id=member.pk)
    for path in (entry.get_absolute_url(), f"/me/journal/{entry.pk}/edit/", "/me/journal/"):
        response = member_client.get(path)
        assert response.status_code == 200
        html = response.content.decode()
        assert "This entry could not be opened" in html, path
        assert "tea" not in html
    assert (
        "changed outside PeerHaven or is damaged"
        in member_client.get(entry.get_absolute_url()).content.decode()
    )
    # Saving over it is not offered as an edit of garbage; deleting it is.
    assert member_client.post(f"/me/journal/{entry.pk}/delete/").status_code == 302


def test_a_sealed_entry_moved_to_another_member_does_not_open(member, other_member):
    entry = services.write_journal_entry(actor=member, body="only mine")
    moved = JournalEntry.objects.create(
        user=other_member, day=entry.day, ciphertext=entry.ciphertext, key_id=entry.key_id
    )
    assert selectors.open_entry(moved).problem == "damaged"


def test_search_looks_only_in_ones_own_journal(member_client, member, other_member):
    services.write_journal_entry(actor=member, title="Morning", body="Café con leche by the river.")
    services.write_journal_entry(actor=member, body="A hard day at work.")
    services.write_journal_entry(actor=other_member, body="OTHER river secret")
    for query, found in (("cafe", 1), ("RIVER", 1), ("river cafe", 1), ("hard", 1), ("nothing", 0)):
        html = member_client.get("/me/journal/", {"q": query}).content.decode()
        assert "OTHER" not in html
        results = selectors.search_journal(member, query)
        assert len(results) == found, query
    html = member_client.get("/me/journal/", {"q": "cafe"}).content.decode()
    assert "<mark>Café</mark>" in html
    assert "1 entry found" in html
    assert len(selectors.search_journal(other_member, "river")) == 1


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            {"body": "x" * 50_001},
            "A journal entry can be at most 50,000 characters; this one has 50,001.",
        ),
        ({"body": "   "}, "Write something first."),
        ({"body": "ok", "title": "t" * 201}, "A title can be at most 200 characters."),
        ({"body": "ok", "day": "2999-01-01"}, "cannot be in the future"),
        ({"body": "ok", "day": "1899-06-01"}, "must be in 1900 or later"),
        ({"body": "ok", "prompt": "made-up"}, "Choose one of the prompts."),
    ],
)
def test_bad_entries_get_a_clear_message_and_save_nothing(member_client, data, message):
    response = member_client.post("/me/journal/new/", data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert JournalEntry.objects.count() == 0


def test_an_entry_of_exactly_fifty_thousand_characters_is_fine(member):
    services.write_journal_entry(actor=member, body="y" * 50_000)
    with pytest.raises(ActionRefused):
        services.write_journal_entry(actor=member, body="y" * 50_001)
    assert JournalEntry.objects.count() == 1


def test_editing_and_deleting_an_entry(member_client, member):
    entry = services.write_journal_entry(actor=member, body="first words")
    form = member_client.get(f"/me/journal/{entry.pk}/edit/").content.decode()
    assert "first words" in form
    member_client.post(f"/me/journal/{entry.pk}/edit/", {"body": "second words", "title": "T"})
    assert selectors.open_entry(JournalEntry.objects.get()).body == "second words"
    member_client.post(f"/me/journal/{entry.pk}/delete/")
    assert not JournalEntry.objects.exists()


def test_the_journal_list_runs_a_fixed_number_of_queries(
    member_client, member, django_assert_max_num_queries
):
    for number in range(3):
        services.write_journal_entry(actor=member, body=f"entry {number}")
    paths = ["/me/journal/", "/me/journal/?q=entry", "/me/journal/?page=2"]
    small = {}
    for path in paths:
        member_client.get(path)
        with CaptureQueriesContext(connection) as captured:
            member_client.get(path)
        small[path] = len(captured)
    today = schedule.local_today(member.zone)
    for number in range(120):
        services.write_journal_entry(
            actor=member, body=f"entry {number} " * 20, day=today - timedelta(days=number)
        )
    for path in paths:
        with django_assert_max_num_queries(small[path]):
            assert member_client.get(path).status_code == 200
