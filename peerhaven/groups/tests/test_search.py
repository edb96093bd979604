"""Searching the whole directory: the order, the pages and the totals a reader sees.

A search with no other filter is counted and ranked from the search index alone; a filter
sends it through the group rows. Both must show the same groups in the same order, with the
same totals, and never a hidden group, however the group rows were written.
"""

from datetime import timedelta

import pytest
from django.utils import timezone

from peerhaven.groups import search, selectors, services
from peerhaven.groups.models import Group, Language
from peerhaven.testing import make_group, make_person

pytestmark = pytest.mark.django_db

SUPPORT = "support"


@pytest.fixture
def small_pages(monkeypatch):
    monkeypatch.setattr(selectors, "PAGE_SIZE", 3)
    return 3


@pytest.fixture
def directory(db):
    """Groups that match "support" more or less well, some exactly alike, and some hidden."""
    fern = make_person("fern")
    made = {
        "name": make_group(fern, name="Support Circle", description="Peer support, every week."),
        "name_only": make_group(fern, name="Support Hour", description="We talk and listen."),
        "long": make_group(
            fern,
            name="Evening Walkers",
            description="A long walk, a long talk, and some support along the way " * 6,
        ),
        "private": make_group(
            fern, name="Quiet Support", listing="private", description="Support, quietly."
        ),
        "unrelated": make_group(fern, name="Chess Club", description="Strategy and calm."),
        "hidden": make_group(
            fern, name="Hidden Support", listing="hidden", description="Support in secret."
        ),
    }
    # Alike groups rank alike: the newest first, then the highest id.
    for number in range(7):
        made[f"twin{number}"] = make_group(
            fern, name=f"Twin {number}", description="Mutual support for carers."
        )
    same_time = timezone.now() - timedelta(days=3)
    Group.objects.filter(pk__in=[made["twin1"].pk, made["twin2"].pk]).update(created_at=same_time)
    Group.objects.filter(pk=made["twin5"].pk).update(created_at=same_time - timedelta(days=1))
    search.changed()
    return made


def expected_order(query: str) -> list[int]:
    """Listed groups matching `query`, best match first, then the newest, then the highest id."""
    scores = search.scores(query)
    listed = Group.objects.exclude(listing="hidden").filter(pk__in=scores)
    created = dict(listed.values_list("pk", "created_at"))
    return sorted(created, key=lambda pk: (-scores[pk], -created[pk].timestamp(), -pk))


def every_page(query: selectors.DirectoryQuery) -> tuple[list[int], list[selectors.DirectoryPage]]:
    shown, pages = [], []
    number = 1
    while True:
        query.page = number
        page = selectors.search_directory(query)
        pages.append(page)
        shown += [group.pk for group in page.groups]
        if not page.has_next:
            return shown, pages
        number += 1


def test_pages_show_the_best_match_first_then_the_newest_without_gaps(directory, small_pages):
    expected = expected_order(SUPPORT)
    assert directory["hidden"].pk not in expected
    assert directory["unrelated"].pk not in expected
    assert len(expected) == 11

    shown, pages = every_page(selectors.DirectoryQuery(q=SUPPORT))

    assert shown == expected
    assert [(page.page, page.pages, page.total) for page in pages] == [
        (number, 4, 11) for number in range(1, 5)
    ]
    # The name weighs more than the description.
    assert shown.index(directory["name"].pk) < shown.index(directory["twin0"].pk)
    # Alike groups: newest first; created at the same moment, the highest id first.
    twins = [pk for pk in shown if pk in {directory[f"twin{n}"].pk for n in range(7)}]
    assert twins == [directory[f"twin{n}"].pk for n in (6, 4, 3, 0, 2, 1, 5)]


def test_a_page_past_the_last_shows_the_last_one(directory, small_pages):
    last = selectors.search_directory(selectors.DirectoryQuery(q=SUPPORT, page=4))
    past = selectors.search_directory(selectors.DirectoryQuery(q=SUPPORT, page=99_999))

    assert (past.page, past.pages, past.total) == (4, 4, 11)
    assert [group.pk for group in past.groups] == [group.pk for group in last.groups]
    assert [group.pk for group in past.groups] == expected_order(SUPPORT)[9:]


@pytest.mark.parametrize("words", [SUPPORT, "SUPPÖRT carers", "sup", "walk support", "nothing"])
def test_a_filter_that_keeps_every_group_changes_nothing(directory, small_pages, words):
    """Every group here speaks English: the language filter goes through the group rows, the
    plain search does not, and a reader sees the same either way."""
    english = Language.objects.get(code="en")
    assert not Group.objects.exclude(language=english).exists()

    plain, plain_pages = every_page(selectors.DirectoryQuery(q=words))
    filtered, filtered_pages = every_page(selectors.DirectoryQuery(q=words, language="en"))

    assert plain == filtered == expected_order(words)
    assert [(p.page, p.pages, p.total) for p in plain_pages] == [
        (p.page, p.pages, p.total) for p in filtered_pages
    ]


def test_a_cached_page_is_the_page_first_shown(directory, small_pages, django_assert_num_queries):
    query = selectors.DirectoryQuery(q=SUPPORT, page=2)
    first = selectors.search_directory(query)
    with django_assert_num_queries(2):  # the cards and their topics: nothing is searched again
        again = selectors.search_directory(query)

    assert [group.pk for group in again.groups] == [group.pk for group in first.groups]
    assert (again.total, again.page, again.pages) == (first.total, first.page, first.pages)
    assert [group.pk for group in first.groups] == expected_order(SUPPORT)[3:6]


def test_hidden_and_deleted_groups_leave_every_result_and_count_whatever_wrote_them(
    client, directory
):
    def shown(**filters) -> tuple[set[str], int]:
        page = client.get("/groups/", {"q": SUPPORT, **filters}).context["page"]
        return {group.name for group in page.groups}, page.total

    names, total = shown()
    assert total == 11 and "Hidden Support" not in names and "Quiet Support" in names

    # Rows written without the services (an admin's bulk edit, a data fix): the search follows.
    Group.objects.filter(pk=directory["private"].pk).update(listing="hidden")
    Group.objects.filter(pk=directory["name_only"].pk).delete()
    search.changed()  # such writes send no signal; the directory's cache would keep the page
    for filters in ({}, {"language": "en"}, {"sort": "newest"}):
        names, total = shown(**filters)
        assert total == 9
        assert not names & {"Hidden Support", "Quiet Support", "Support Hour"}

    # Shown again once listed again and saved through the services.
    fern = directory["private"].created_by
    services.update_group(actor=fern, group=directory["private"], data={"listing": "public"})
    names, total = shown()
    assert total == 10 and "Quiet Support" in names


def test_the_order_follows_a_changed_creation_date(directory, small_pages):
    twins = {directory[f"twin{n}"].pk for n in range(7)}
    oldest_twin = directory["twin5"]
    Group.objects.filter(pk=oldest_twin.pk).update(created_at=timezone.now() + timedelta(days=1))
    search.changed()

    shown, _ = every_page(selectors.DirectoryQuery(q=SUPPORT))

    assert shown == expected_order(SUPPORT)
    assert [pk for pk in shown if pk in twins][0] == oldest_twin.pk
