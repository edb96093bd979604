"""Treatment tags on strategies, the library's treatment filter, and "Experiences with …"."""

import pytest
from django.urls import reverse

from peerhaven.coping import services
from peerhaven.coping.models import Category, Strategy
from peerhaven.coping.testing import strategy_data
from peerhaven.errors import ActionRefused
from peerhaven.groups.models import Group
from peerhaven.safety.models import Block
from peerhaven.sharing import services as sharing_services
from peerhaven.testing import add_member

pytestmark = pytest.mark.django_db

LIBRARY = "/strategies/"
DISCLAIMER = "Experiences are not medical advice."


def experiences_url(slug: str) -> str:
    return reverse("coping:experiences", args=[slug])


def form_data(**overrides) -> dict:
    data = {
        "language": "en",
        "title": "A walk after my therapy session",
        "why": "It gives me time to let the session settle.",
        "steps": "Leave your phone in your pocket.\nWalk for ten minutes.\nNotice one thing.",
        "minutes": "10",
        "categories": [str(Category.objects.get(slug="movement").pk)],
        "treatments": ["talk-therapy", "exercise"],
        "share": "",
    }
    data.update(overrides)
    return data


def test_a_member_tags_a_strategy_and_it_shows_as_chips(client, member):
    client.force_login(member)
    html = client.get(reverse("coping:create")).content.decode()
    assert 'name="treatments" value="talk-therapy"' in html
    response = client.post(reverse("coping:create"), form_data())
    strategy = Strategy.objects.get(title_en="A walk after my therapy session")
    assert response.status_code == 302
    assert strategy.treatments_text == ",talk-therapy,exercise,"
    html = client.get(strategy.get_absolute_url()).content.decode()
    assert 'href="/experiences/talk-therapy/">Talk therapy</a>' in html
    assert DISCLAIMER.replace("Experiences", "Experiences with a treatment") in html
    edit = client.get(reverse("coping:edit", args=[strategy.pk]))
    assert edit.context["form"]["treatments"].value() == ["talk-therapy", "exercise"]
    client.post(reverse("coping:edit", args=[strategy.pk]), form_data(treatments=["exercise"]))
    strategy.refresh_from_db()
    assert strategy.treatments_text == ",exercise,"


@pytest.mark.parametrize(
    ("treatments", "message"),
    [
        (["homeopathic-miracle"], "That treatment tag does not exist."),
        (
            [
                "talk-therapy",
                "medication",
                "exercise",
                "peer-support",
                "support-line",
                "mutual-aid",
            ],
            "Choose at most 5 treatment tags.",
        ),
    ],
)
def test_bad_treatment_tags_on_a_strategy_change_nothing(client, member, treatments, message):
    client.force_login(member)
    before = Strategy.objects.count()
    response = client.post(reverse("coping:create"), form_data(treatments=treatments))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert Strategy.objects.count() == before
    with pytest.raises(ActionRefused):
        services.create_strategy(actor=member, data=strategy_data(treatments=treatments))
    assert Strategy.objects.count() == before


def test_the_library_filters_by_treatment(client, member):
    ours = services.create_strategy(
        actor=member,
        data=strategy_data(title="Notes for my next session", treatments=["talk-therapy"]),
    )
    response = client.get(LIBRARY, {"treatment": "talk-therapy"})
    found = [strategy.title for strategy in response.context["page"].strategies]
    assert ours.title in found
    # Starter strategies ship with tags too (an appointment is prepared for therapy).
    assert "Prepare for a doctor's appointment" in found
    assert all(
        "talk-therapy" in strategy.treatments_text
        for strategy in response.context["page"].strategies
    )
    html = response.content.decode()
    assert "Top strategies that go with Talk therapy" in html and DISCLAIMER in html
    assert '<span class="tag treatment">Talk therapy</span>' in html
    bad = client.get(LIBRARY, {"treatment": "snake-oil"})
    assert bad.status_code == 200
    assert "Ignored the value given for “Treatment”." in bad.content.decode()


def test_the_library_still_runs_a_fixed_number_of_queries_with_a_treatment(
    client, django_assert_max_num_queries
):
    client.get(LIBRARY, {"treatment": "exercise"})
    with django_assert_max_num_queries(12):
        assert client.get(LIBRARY, {"treatment": "exercise", "topic": "anxiety"}).status_code == 200


def test_experiences_come_only_from_the_readers_own_groups(client, cast):
    sharing_services.create_post(
        actor=cast.member,
        group=cast.group,
        body="Medication took six weeks to feel different for me.",
        treatments=["medication"],
    )
    sharing_services.create_post(
        actor=cast.other_group_member,
        group=Group.objects.get(name="Other Group"),
        body="In the other group: my medication story.",
        treatments=["medication"],
    )
    untagged = "No tags on this one about medication."
    sharing_services.create_post(actor=cast.member, group=cast.group, body=untagged)

    client.force_login(cast.cofacilitator)
    response = client.get(experiences_url("medication"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Experiences with Medication" in html and DISCLAIMER in html
    assert "Medication took six weeks to feel different for me." in html
    assert untagged not in html and "In the other group" not in html

    for outsider in (cast.outsider, cast.requested, cast.removed, cast.other_group_member):
        client.force_login(outsider)
        html = client.get(experiences_url("medication")).content.decode()
        assert "Medication took six weeks" not in html, outsider
        assert DISCLAIMER in html
    client.logout()
    response = client.get(experiences_url("medication"))
    assert response.status_code == 302 and response["Location"].startswith("/account/login/")


def test_experiences_keep_what_the_feeds_hide(client, cast):
    post = sharing_services.create_post(
        actor=cast.member,
        group=cast.group,
        body="Talking to someone every week changed a lot.",
        treatments=["talk-therapy"],
        anonymous=True,
    )
    client.force_login(cast.cofacilitator)
    html = client.get(experiences_url("talk-therapy")).content.decode()
    # A co-facilitator sees who wrote an anonymous post, like in the feed.
    assert "Mia (anonymous to members)" in html
    client.force_login(cast.facilitator)
    html = client.get(experiences_url("talk-therapy")).content.decode()
    assert "Talking to someone every week" in html
    extra = add_member(cast.group, cast.outsider)
    assert extra.is_active
    client.force_login(cast.outsider)
    html = client.get(experiences_url("talk-therapy")).content.decode()
    assert "Anonymous member" in html and "Mia" not in html
    Block.objects.create(blocker=cast.outsider, blocked=cast.member)
    html = client.get(experiences_url("talk-therapy")).content.decode()
    assert "Talking to someone every week" not in html
    sharing_services.delete_post(actor=cast.member, post=post)
    client.force_login(cast.facilitator)
    assert "Talking to someone" not in client.get(experiences_url("talk-therapy")).content.decode()


def test_group_only_strategies_show_with_experiences_for_members_only(client, cast):
    services.create_strategy(
        actor=cast.member,
        data=strategy_data(
            group=cast.group, title="Our group medication diary", treatments=["medication"]
        ),
    )
    client.force_login(cast.cofacilitator)
    assert (
        "Our group medication diary" in client.get(experiences_url("medication")).content.decode()
    )
    client.force_login(cast.outsider)
    assert (
        "Our group medication diary"
        not in client.get(experiences_url("medication")).content.decode()
    )


def test_an_unknown_treatment_is_a_404_and_the_index_lists_them_all(client, member):
    client.force_login(member)
    assert client.get(experiences_url("snake-oil")).status_code == 404
    html = client.get(reverse("coping:experiences_index")).content.decode()
    assert DISCLAIMER in html
    assert (
        'href="/experiences/self-help-book/"' in html
        and 'href="/experiences/support-line/"' in html
    )


def test_experiences_run_a_fixed_number_of_queries(client, cast, django_assert_max_num_queries):
    def share(count):
        for number in range(count):
            sharing_services.create_post(
                actor=cast.member,
                group=cast.group,
                body=f"Week {number} of the self-help book.",
                treatments=["self-help-book"],
                warnings=["medical"] if number % 2 else [],
            )

    client.force_login(cast.cofacilitator)
    share(2)
    url = experiences_url("self-help-book")
    client.get(url)
    with django_assert_max_num_queries(20) as small:
        client.get(url)
    share(25)
    with django_assert_max_num_queries(20) as large:
        response = client.get(url)
    assert len(response.context["page"].experiences) == 20
    assert len(large.captured_queries) == len(small.captured_queries)
    older = client.get(url + "?cursor=" + response.context["page"].next_cursor)
    assert len(older.context["page"].experiences) == 7
    assert client.get(url + "?cursor=%%%").status_code == 200


def test_searching_a_treatment_name_finds_the_strategies_tagged_with_it(client, member):
    def found(query: str) -> list[str]:
        response = client.get(LIBRARY, {"q": query})
        return [strategy.title for strategy in response.context["page"].strategies]

    # A starter strategy tagged by the data migration, in both languages.
    starter = Strategy.objects.get(starter_key="save-a-crisis-line").title
    assert starter in found("support line")
    assert starter in found("linea de apoyo")
    # A member's own strategy, re-indexed when its tags change.
    mine = services.create_strategy(
        actor=member, data=strategy_data(title="Humming on the bus", treatments=[])
    )
    assert "Humming on the bus" not in found("self-help book")
    services.update_strategy(
        actor=member,
        strategy=mine,
        data=strategy_data(title="Humming on the bus", treatments=["self-help-book"]),
    )
    assert "Humming on the bus" in found("self-help book")
