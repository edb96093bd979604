import pytest

from peerhaven.testing import add_member, make_group, make_person
from peerhaven.wellbeing.models import ReachOutRequest, SelfCheck
from peerhaven.wellbeing.selfchecks import GAD7, PHQ9

pytestmark = pytest.mark.django_db


def answers(values):
    return {f"item_{number}": str(value) for number, value in enumerate(values, start=1)}


def test_the_items_are_the_published_ones():
    assert len(PHQ9.items) == 9 and len(GAD7.items) == 7
    assert str(PHQ9.items[0]) == "Little interest or pleasure in doing things"
    assert str(PHQ9.items[8]) == (
        "Thoughts that you would be better off dead or of hurting yourself in some way"
    )
    assert str(GAD7.items[1]) == "Not being able to stop or control worrying"
    assert str(GAD7.items[6]) == "Feeling afraid, as if something awful might happen"
    assert PHQ9.max_score == 27 and GAD7.max_score == 21


@pytest.mark.parametrize(
    ("questionnaire", "score", "band"),
    [
        (PHQ9, 0, "minimal"),
        (PHQ9, 4, "minimal"),
        (PHQ9, 5, "mild"),
        (PHQ9, 9, "mild"),
        (PHQ9, 10, "moderate"),
        (PHQ9, 14, "moderate"),
        (PHQ9, 15, "moderately_severe"),
        (PHQ9, 19, "moderately_severe"),
        (PHQ9, 20, "severe"),
        (PHQ9, 27, "severe"),
        (GAD7, 4, "minimal"),
        (GAD7, 5, "mild"),
        (GAD7, 10, "moderate"),
        (GAD7, 15, "severe"),
        (GAD7, 21, "severe"),
    ],
)
def test_severity_bands(questionnaire, score, band):
    assert questionnaire.band_for(score).code == band


def test_taking_a_gad7_scores_it_and_keeps_a_history(member_client, member):
    response = member_client.post("/me/self-checks/gad7/", answers([1, 2, 1, 0, 3, 2, 1]))
    check = SelfCheck.objects.get(user=member)
    assert response["Location"] == f"/me/self-checks/{check.pk}/"
    assert check.score == 10 and check.band.code == "moderate"
    page = member_client.get(response["Location"]).content.decode()
    assert "10 of 21" in page and "Moderate" in page
    assert "This is a self-check, not a diagnosis." in page
    assert "crisis-panel" not in page
    history = member_client.get("/me/self-checks/").content.decode()
    assert '<title id="scores-gad7-title">' in history and '<desc id="scores-gad7-desc">' in history


def test_a_missing_answer_gets_a_clear_message_and_saves_nothing(member_client):
    data = answers([1, 1, 1, 1, 1, 1, 1, 1, 0])
    del data["item_4"]
    response = member_client.post("/me/self-checks/phq9/", data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Please answer question 4." in html
    assert "Please answer every question." in html
    assert not SelfCheck.objects.exists()
    bad = member_client.post("/me/self-checks/phq9/", {**answers([1] * 9), "item_2": "7"})
    assert "Please answer question 2." in bad.content.decode()
    assert not SelfCheck.objects.exists()
    assert member_client.get("/me/self-checks/bdi/").status_code == 404


def test_any_answer_above_zero_on_item_9_brings_up_the_crisis_panel(member_client, member):
    member.country = "GB"
    member.save()
    response = member_client.post("/me/self-checks/phq9/", answers([0] * 8 + [1]))
    page = member_client.get(response["Location"]).content.decode()
    panel = page.index('id="crisis-panel"')
    assert panel < page.index("<h1>Your PHQ-9 result")  # at once, before the score
    assert "Samaritans" in page  # the United Kingdom's lines
    assert "I&#x27;m safe right now" in page or "I'm safe right now" in page
    assert "Ask a facilitator to reach out" not in page  # no group yet
    assert "When you join a group" in page
    for item9 in (0,):
        other = member_client.post("/me/self-checks/phq9/", answers([3] * 8 + [item9]))
        assert "crisis-panel" not in member_client.get(other["Location"]).content.decode()


def test_the_panel_is_there_before_sending_and_even_in_an_incomplete_form(member_client):
    page = member_client.get("/me/self-checks/phq9/").content.decode()
    assert 'id="crisis-panel"' in page and 'data-item="item_9"' in page
    assert "js/self_check.js" in page
    assert " hidden>" in page.split('id="crisis-panel"')[1][:200]
    incomplete = member_client.post("/me/self-checks/phq9/", {"item_9": "2"}).content.decode()
    after = incomplete.split('id="crisis-panel"')[1][:200]
    assert " hidden" not in after.split(">")[0]
    assert not SelfCheck.objects.exists()
    assert "GAD-7" in member_client.get("/me/self-checks/gad7/").content.decode()
    assert "crisis-panel" not in member_client.get("/me/self-checks/gad7/").content.decode()


def test_asking_a_facilitator_to_reach_out_is_recorded_for_the_safety_team(member_client, member):
    fern = make_person("fern")
    group = make_group(fern, name="Evening Circle")
    add_member(group, member)
    other = make_group(make_person("olga"), name="Not Mine")
    response = member_client.post("/me/self-checks/phq9/", answers([1] * 9))
    check = SelfCheck.objects.get()
    page = member_client.get(response["Location"]).content.decode()
    assert "Ask a facilitator to reach out" in page
    # A group that is not theirs is refused.
    member_client.post(
        f"/me/self-checks/{check.pk}/safety/", {"choice": "reach_out", "group": other.pk}
    )
    assert not ReachOutRequest.objects.exists()
    member_client.post(
        f"/me/self-checks/{check.pk}/safety/", {"choice": "reach_out", "group": group.pk}
    )
    request = ReachOutRequest.objects.get()
    assert request.user == member and request.group == group and request.handled_at is None
    check.refresh_from_db()
    assert check.safety_response == "reach_out"
    assert (
        "You asked a facilitator to reach out to you."
        in member_client.get(response["Location"]).content.decode()
    )


def test_i_am_safe_is_recorded_and_asks_for_nothing_else(member_client, member):
    response = member_client.post("/me/self-checks/phq9/", answers([0] * 8 + [2]))
    check = SelfCheck.objects.get()
    member_client.post(f"/me/self-checks/{check.pk}/safety/", {"choice": "safe"})
    check.refresh_from_db()
    assert check.safety_response == "safe"
    assert not ReachOutRequest.objects.exists()
    assert (
        "You told us you are safe right now."
        in member_client.get(response["Location"]).content.decode()
    )


def test_reaching_out_from_the_form_before_sending_it(member_client, member):
    group = make_group(make_person("fern"), name="Evening Circle")
    add_member(group, member)
    response = member_client.post(
        "/me/self-checks/safety/", {"choice": "reach_out", "group": str(group.pk)}
    )
    assert response.status_code == 200
    assert "asked a facilitator to reach out" in response.content.decode()
    assert ReachOutRequest.objects.get().group == group
    assert member_client.post("/me/self-checks/safety/", {"choice": "maybe"}).status_code == 302
