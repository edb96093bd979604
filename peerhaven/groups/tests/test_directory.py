import pytest
from django.urls import reverse

from peerhaven.groups import services
from peerhaven.groups.models import Audience, Topic
from peerhaven.testing import make_group, make_person
from peerhaven.web import versions

pytestmark = pytest.mark.django_db


@pytest.fixture
def groups(db):
    fern = make_person("fern")
    return {
        "madrid": make_group(
            fern,
            name="Duelo Madrid",
            description="Un grupo de duelo y pérdida.",
            format="in_person",
            city="Madrid, ES",
            topics=list(Topic.objects.filter(slug="grief-loss")),
            audiences=list(Audience.objects.filter(slug="adults")),
        ),
        "toledo": make_group(
            fern,
            name="Grief Walks Toledo",
            description="Walking together after a loss.",
            format="in_person",
            city="Toledo, ES",
            topics=list(Topic.objects.filter(slug="grief-loss")),
        ),
        "online": make_group(
            fern, name="Night Owls Anxiety", description="Anxiety support late at night."
        ),
        "private": make_group(
            fern,
            name="Private Panic Circle",
            listing="private",
            topics=list(Topic.objects.filter(slug="panic")),
        ),
        "hidden": make_group(
            fern,
            name="Hidden Anxiety Veterans",
            listing="hidden",
            description="A secret anxiety group.",
        ),
    }


def names(response) -> list[str]:
    return [group.name for group in response.context["page"].groups]


def test_free_text_finds_names_descriptions_and_topics_without_accents(client, groups):
    assert names(client.get("/groups/", {"q": "perdida madrid"})) == ["Duelo Madrid"]
    assert set(names(client.get("/groups/", {"q": "pérdida"}))) == set(
        names(client.get("/groups/", {"q": "PERDIDA"}))
    )
    assert set(names(client.get("/groups/", {"q": "grief"}))) == {
        "Duelo Madrid",
        "Grief Walks Toledo",
    }
    assert set(names(client.get("/groups/", {"q": "anx"}))) == {
        "Night Owls Anxiety",
        "Private Panic Circle",
    }


def test_hidden_groups_never_appear_in_any_result_or_count(client, groups):
    for params in (
        {},
        {"q": "anxiety"},
        {"q": "secret"},
        {"q": "hidden veterans"},
        {"topic": "anxiety"},
    ):
        response = client.get("/groups/", params)
        assert "Hidden Anxiety Veterans" not in response.content.decode()
        assert response.context["page"].total == len(response.context["page"].groups)
    assert client.get("/groups/", {"q": "secret"}).context["page"].total == 0


def test_filters_combine(client, groups):
    assert names(
        client.get("/groups/", {"topic": "grief-loss", "format": "in_person", "audience": "adults"})
    ) == ["Duelo Madrid"]
    # A parent topic includes its children.
    assert "Private Panic Circle" in names(client.get("/groups/", {"topic": "anxiety"}))
    assert names(client.get("/groups/", {"language": "es"})) == []


def test_near_a_city_within_a_radius_and_sorted_by_distance(client, groups):
    response = client.get("/groups/", {"near": "Madrid", "radius_km": 100, "sort": "distance"})
    assert names(response) == ["Duelo Madrid", "Grief Walks Toledo"]
    distances = response.context["page"].distances
    assert distances[groups["madrid"].pk] < 5 < distances[groups["toledo"].pk] < 100
    assert "km away" in response.content.decode()
    narrow = client.get("/groups/", {"near": "Madrid", "radius_km": 10})
    assert names(narrow) == ["Duelo Madrid"]
    with_online = client.get("/groups/", {"near": "Madrid", "radius_km": 10, "online": "on"})
    assert set(names(with_online)) == {"Duelo Madrid", "Night Owls Anxiety", "Private Panic Circle"}


def test_an_unknown_city_says_so_and_offers_close_matches(client, groups):
    response = client.get("/groups/", {"near": "Madridd"})
    html = response.content.decode()
    assert "know a city called" in html
    assert "Madrid, ES" in html


def test_unknown_filters_and_values_are_ignored_with_a_visible_note(client, groups):
    response = client.get(
        "/groups/", {"colour": "blue", "format": "telepathy", "radius_km": "a lot", "page": "-3"}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Ignored the unknown filter “colour”" in html
    assert "Ignored the value given for “Format”" in html
    assert response.context["page"].total == 4


def test_search_follows_edits_and_deletes(client, groups):
    fern = groups["online"].created_by
    services.update_group(actor=fern, group=groups["online"], data={"name": "Night Owls Insomnia"})
    assert names(client.get("/groups/", {"q": "insomnia"})) == ["Night Owls Insomnia"]
    services.update_group(actor=fern, group=groups["online"], data={"listing": "hidden"})
    assert names(client.get("/groups/", {"q": "insomnia"})) == []
    services.delete_group(actor=fern, group=groups["toledo"])
    assert names(client.get("/groups/", {"q": "walks"})) == []


def test_the_filter_form_updates_in_place_with_htmx(client, groups):
    response = client.get("/groups/", {"q": "grief"}, HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert "<html" not in html
    assert "Grief Walks Toledo" in html


def test_the_directory_runs_a_fixed_number_of_queries(
    client, django_assert_max_num_queries, groups
):
    fern = groups["online"].created_by
    client.get("/groups/", {"q": "walks"})  # what a process loads once (taxonomy, languages)
    with django_assert_max_num_queries(8) as small:
        client.get("/groups/", {"q": "support"})
    for number in range(25):
        make_group(fern, name=f"Support group {number}")
    with django_assert_max_num_queries(8) as large:
        client.get("/groups/", {"q": "support"})
    assert len(large.captured_queries) == len(small.captured_queries)
    with django_assert_max_num_queries(8):
        client.get("/groups/", {"near": "Madrid", "online": "on", "sort": "distance"})


def test_the_group_page_runs_a_fixed_number_of_queries(client, cast, django_assert_max_num_queries):
    from peerhaven.testing import add_member

    client.force_login(cast.member)
    url = reverse("groups:detail", args=[cast.group.slug])
    client.get(url)  # the first visit of a session stamps it; measure the ones after
    versions.bump(versions.group(cast.group.pk))  # built afresh, not the page kept for Mia
    with django_assert_max_num_queries(12) as few:
        client.get(url)
    from peerhaven.sharing import services as sharing_services

    for number in range(30):
        add_member(cast.group, make_person(f"extra{number}"))
    for number in range(25):
        post = sharing_services.create_post(
            actor=cast.cofacilitator, group=cast.group, body=f"Evening note {number}"
        )
        sharing_services.react(actor=cast.facilitator, kind="same_here", post=post)
    with django_assert_max_num_queries(12) as many:
        page = client.get(url).content.decode()
        assert "extra29" in page and "Evening note 24" in page and "Evening note 4" not in page
    assert len(many.captured_queries) == len(few.captured_queries)
    # Read again with nothing changed, the kept page needs no query at all.
    with django_assert_max_num_queries(0):
        assert "extra29" in client.get(url).content.decode()


def test_a_search_just_shown_follows_edits_joins_and_deletes_at_once(client, groups):
    fern = groups["online"].created_by
    assert "Night Owls Anxiety" in names(client.get("/groups/", {"q": "anxiety"}))
    assert "Night Owls Anxiety" in names(client.get("/groups/"))
    services.update_group(actor=fern, group=groups["online"], data={"listing": "hidden"})
    assert "Night Owls Anxiety" not in names(client.get("/groups/", {"q": "anxiety"}))
    assert "Night Owls Anxiety" not in names(client.get("/groups/"))
    make_group(fern, name="Anxiety Walkers")
    assert "Anxiety Walkers" in names(client.get("/groups/", {"q": "anxiety"}))
    assert "1 member<" in client.get("/groups/", {"q": "madrid"}).content.decode()
    services.join_group(
        actor=make_person("newcomer"),
        group=groups["madrid"],
        guidelines_version=groups["madrid"].guidelines_version,
        message="",
        invite=None,
    )
    assert "2 members<" in client.get("/groups/", {"q": "madrid"}).content.decode()
    services.delete_group(actor=fern, group=groups["madrid"])
    assert names(client.get("/groups/", {"q": "madrid"})) == []


def test_the_filter_form_keeps_the_chosen_filters(client, groups):
    html = client.get(
        "/groups/",
        {"topic": "grief-loss", "format": "in_person", "radius_km": "100", "online": "on"},
    ).content.decode()
    assert '<option value="grief-loss" selected>' in html
    assert '<option value="in_person" selected>' in html
    assert '<option value="100" selected>100 km</option>' in html
    assert '<option value="50" selected>' not in html
    assert 'name="online" id="id_online" checked' in html
    refused = client.get("/groups/", {"format": "<b>x</b>"}).content.decode()
    assert 'aria-invalid="true"' in refused and "<b>x</b>" not in refused


def test_script_in_a_group_card_is_rendered_inert(client, groups):
    fern = groups["online"].created_by
    make_group(
        fern,
        name="<script>alert(1)</script> Circle",
        description="<img src=x onerror=alert(2)> calm talk",
    )
    html = client.get("/groups/", {"q": "circle"}).content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Circle" in html
    assert "<script>alert(1)" not in html and "<img src=x" not in html
