"""A group's list ("what helped members"), curation by facilitators, and group resources."""

import pytest
from django.urls import reverse

from peerhaven.coping import services
from peerhaven.coping.models import GroupCuration, Resource, Strategy
from peerhaven.coping.testing import strategy_data
from peerhaven.errors import ActionRefused
from peerhaven.testing import add_member, make_group, make_person

pytestmark = pytest.mark.django_db


def group_url(cast) -> str:
    return reverse("coping:group_strategies", args=[cast.group.slug])


def resources_url(cast) -> str:
    return reverse("coping:group_resources", args=[cast.group.slug])


def test_the_group_page_links_members_to_what_helped(client, cast):
    client.force_login(cast.member)
    html = client.get(cast.group.get_absolute_url()).content.decode()
    assert f'href="{group_url(cast)}"' in html and f'href="{resources_url(cast)}"' in html
    client.force_login(cast.outsider)
    html = client.get(cast.group.get_absolute_url()).content.decode()
    assert group_url(cast) not in html


def test_what_helped_members_ranks_the_ratings_shared_with_the_group(client, cast):
    walk = Strategy.objects.get(starter_key="ten-minute-walk")
    breathing = Strategy.objects.get(starter_key="box-breathing")
    doodle = Strategy.objects.get(starter_key="doodle")
    people = [cast.member, cast.cofacilitator, cast.facilitator]
    for person in people:
        services.rate_strategy(
            actor=person, strategy=walk, outcome="helped_a_lot", group=cast.group
        )
    services.rate_strategy(
        actor=cast.member,
        strategy=breathing,
        outcome="helped_a_bit",
        group=cast.group,
        note="Before I speak in the round.",
    )
    services.rate_strategy(
        actor=cast.cofacilitator, strategy=breathing, outcome="not_for_me", group=cast.group
    )
    # Not shared with this group: does not count here.
    services.rate_strategy(actor=cast.other_group_member, strategy=doodle, outcome="helped_a_lot")
    client.force_login(cast.member)
    response = client.get(group_url(cast))
    helped = [
        (strategy.starter_key, tally.helped, tally.tried)
        for strategy, tally in response.context["lists"].helped
    ]
    assert helped == [("ten-minute-walk", 3, 3), ("box-breathing", 1, 2)]
    html = response.content.decode()
    assert "In this group: 3 of 3 members said it helped" in html
    assert "Before I speak in the round." in html
    # The group's topics bring the most helpful strategies for them.
    assert any(
        "anxiety" in {t.slug for t in s.topics.all()} for s in response.context["lists"].for_topics
    )


def test_facilitators_pin_and_hide_members_cannot(client, cast):
    walk = Strategy.objects.get(starter_key="ten-minute-walk")
    services.rate_strategy(
        actor=cast.member, strategy=walk, outcome="helped_a_lot", group=cast.group
    )
    curate = reverse("coping:curate", args=[cast.group.slug, walk.pk])
    client.force_login(cast.member)
    assert client.post(curate, {"action": "pin"}).status_code == 403
    client.force_login(cast.cofacilitator)
    assert client.post(curate, {"action": "pin"}).status_code == 302
    lists = client.get(group_url(cast)).context["lists"]
    assert [s.pk for s in lists.pinned] == [walk.pk]
    assert walk.pk not in [s.pk for s, _t in lists.helped]
    assert "Unpin" in client.get(group_url(cast)).content.decode()
    client.post(curate, {"action": "hide"})
    lists = client.get(group_url(cast)).context["lists"]
    assert lists.pinned == [] and [s.pk for s in lists.hidden] == [walk.pk]
    client.force_login(cast.member)
    lists = client.get(group_url(cast)).context["lists"]
    assert walk.pk not in {s.pk for s in lists.pinned + lists.own + lists.for_topics + lists.hidden}
    assert walk.pk not in {s.pk for s, _t in lists.helped}
    # Still in the library.
    assert client.get(walk.get_absolute_url()).status_code == 200
    client.force_login(cast.facilitator)
    client.post(curate, {"action": "show"})
    assert not GroupCuration.objects.exists()
    assert client.post(curate, {"action": "explode"}).status_code == 302
    assert not GroupCuration.objects.exists()


def test_curating_another_groups_strategy_is_a_404(client, cast):
    elsewhere = make_group(cast.other_group_member, name="Elsewhere")
    theirs = services.create_strategy(
        actor=cast.other_group_member, data=strategy_data(group=elsewhere)
    )
    client.force_login(cast.facilitator)
    response = client.post(
        reverse("coping:curate", args=[cast.group.slug, theirs.pk]), {"action": "pin"}
    )
    assert response.status_code == 404
    with pytest.raises(ActionRefused):
        services.curate_strategy(
            actor=cast.facilitator, group=cast.group, strategy=theirs, action="pin"
        )


def test_the_group_list_runs_a_fixed_number_of_queries(client, cast, django_assert_max_num_queries):
    client.force_login(cast.facilitator)
    client.get(group_url(cast))
    with django_assert_max_num_queries(16) as few:
        client.get(group_url(cast))
    starters = list(Strategy.objects.filter(is_starter=True)[:20])
    for number in range(15):
        person = make_person(f"member{number}")
        add_member(cast.group, person)
        for strategy in starters[number : number + 5]:
            services.rate_strategy(
                actor=person,
                strategy=strategy,
                outcome="helped_a_lot",
                note="Yes.",
                group=cast.group,
            )
    for number in range(10):
        own = services.create_strategy(
            actor=cast.member, data=strategy_data(title=f"Ours {number}", group=cast.group)
        )
        services.curate_strategy(
            actor=cast.facilitator,
            group=cast.group,
            strategy=own,
            action="pin" if number % 2 else "hide",
        )
    with django_assert_max_num_queries(16) as many:
        client.get(group_url(cast))
    assert len(many.captured_queries) == len(few.captured_queries)


# --- resources -------------------------------------------------------------------


def test_a_facilitator_adds_a_resource_and_it_shows_as_a_plain_link(client, cast):
    client.force_login(cast.facilitator)
    response = client.post(
        reverse("coping:suggest_resource", args=[cast.group.slug]),
        {
            "kind": "hotline",
            "title": "Night line",
            "url": "www.example.org/night",
            "phone": "+44 (0)20 7946 0000",
            "note": "Open all night.",
        },
    )
    assert response.status_code == 302
    resource = Resource.objects.get(title="Night line")
    assert resource.state == "approved" and resource.url == "https://www.example.org/night"
    client.force_login(cast.member)
    html = client.get(resources_url(cast)).content.decode()
    assert '<a href="https://www.example.org/night" rel="nofollow noopener">Night line</a>' in html
    assert 'href="tel:+4402079460000"' in html


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "ftp://example.org/file",
        "data:text/html,hi",
        "//example.org",
        "http://",
    ],
)
def test_a_resource_link_that_is_not_http_is_refused(client, cast, url):
    client.force_login(cast.facilitator)
    response = client.post(
        reverse("coping:suggest_resource", args=[cast.group.slug]),
        {"kind": "link", "title": "Sneaky", "url": url},
    )
    assert response.status_code == 200
    assert "Only web links that start with http:// or https:// can be added." in (
        response.content.decode()
    )
    assert not Resource.objects.filter(title="Sneaky").exists()


def test_bad_resources_get_a_clear_message(client, cast):
    client.force_login(cast.member)
    url = reverse("coping:suggest_resource", args=[cast.group.slug])
    for data, message in [
        ({"kind": "link", "title": "No address"}, "A link needs a web address."),
        (
            {"kind": "hotline", "title": "No number"},
            "A hotline needs a phone number or a web address.",
        ),
        (
            {"kind": "hotline", "title": "Letters", "phone": "call me"},
            "Write the phone number with digits",
        ),
        ({"kind": "podcast", "title": "Odd"}, "Select a valid choice."),
        ({"kind": "book", "title": ""}, "This field is required."),
    ]:
        response = client.post(url, data)
        assert response.status_code == 200
        assert message in response.content.decode(), data
    assert (
        not Resource.objects.filter(state="suggested")
        .exclude(title="A book that helped me")
        .exists()
    )


def test_members_suggest_and_facilitators_approve_or_decline(client, cast):
    client.force_login(cast.member)
    url = reverse("coping:suggest_resource", args=[cast.group.slug])
    client.post(url, {"kind": "book", "title": "Gentle book", "note": "Short chapters."})
    client.post(url, {"kind": "link", "title": "Odd site", "url": "https://example.org/odd"})
    gentle = Resource.objects.get(title="Gentle book")
    odd = Resource.objects.get(title="Odd site")
    assert gentle.state == odd.state == "suggested"
    html = client.get(resources_url(cast)).content.decode()
    assert "Your suggestions waiting for a facilitator" in html
    client.force_login(cast.outsider)
    assert client.get(resources_url(cast)).status_code == 403
    client.force_login(cast.other_group_member)
    assert client.get(resources_url(cast)).status_code == 403
    client.force_login(cast.facilitator)
    html = client.get(resources_url(cast)).content.decode()
    assert "Suggestions waiting for you" in html and "Suggested by Mia" in html
    decide = "coping:decide_resource"
    client.post(reverse(decide, args=[cast.group.slug, gentle.pk]), {"decision": "approve"})
    client.post(reverse(decide, args=[cast.group.slug, odd.pk]), {"decision": "decline"})
    gentle.refresh_from_db()
    odd.refresh_from_db()
    assert (gentle.state, odd.state) == ("approved", "declined")
    # Deciding twice says so.
    response = client.post(
        reverse(decide, args=[cast.group.slug, odd.pk]), {"decision": "approve"}, follow=True
    )
    assert "That suggestion has already been answered." in response.content.decode()
    client.force_login(cast.member)
    html = client.get(resources_url(cast)).content.decode()
    assert "Gentle book" in html and "Odd site" not in html
    client.force_login(cast.cofacilitator)
    client.post(reverse("coping:remove_resource", args=[cast.group.slug, gentle.pk]))
    assert not Resource.objects.filter(pk=gentle.pk).exists()


def test_a_resource_of_another_group_cannot_be_decided_here(client, cast):
    elsewhere = make_group(cast.other_group_member, name="Elsewhere")
    theirs = services.add_resource(
        actor=cast.other_group_member, group=elsewhere, data={"kind": "book", "title": "Theirs"}
    )
    client.force_login(cast.facilitator)
    response = client.post(
        reverse("coping:remove_resource", args=[cast.group.slug, theirs.pk]), follow=True
    )
    assert "That resource is not in this group" in response.content.decode()
    assert Resource.objects.filter(pk=theirs.pk).exists()


def test_deleting_a_group_takes_its_strategies_out_of_search(client, cast):
    from peerhaven.groups import search
    from peerhaven.groups import services as group_services

    ours = services.create_strategy(
        actor=cast.member, data=strategy_data(title="Zephyr humming", group=cast.group)
    )
    assert ours.pk in search.scores("zephyr", search.STRATEGIES)
    group_services.delete_group(actor=cast.facilitator, group=cast.group)
    assert not Strategy.objects.filter(pk=ours.pk).exists()
    assert search.scores("zephyr", search.STRATEGIES) == {}
