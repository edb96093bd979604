"""Ask the group, mark the answer that helped, and read experiences with a treatment."""

import pytest
from playwright.sync_api import expect

from peerhaven.coping.tests.test_browser_coping import shot
from peerhaven.sharing import services as sharing_services
from peerhaven.sharing.models import Post, Reply
from peerhaven.testing import add_member, log_in, make_group, make_person

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_questions_answers_and_experiences_with_a_treatment(live_server, browser):
    fern = make_person("fern", display_name="Fern")
    group = make_group(fern, name="Evening Anxiety Circle")
    nia = make_person("nia", display_name="Nia")
    add_member(group, nia)
    ada = make_person("ada", display_name="Ada")
    add_member(group, ada)
    olga = make_person("olga", display_name="Olga")
    other = make_group(olga, name="Elsewhere")
    sharing_services.create_post(
        actor=olga,
        group=other,
        body="A post about therapy from a group Nia is not in.",
        treatments=["talk-therapy"],
    )
    older = sharing_services.create_post(
        actor=ada,
        group=group,
        kind="question",
        body="Does anyone have a trick for the walk into the meeting?",
    )
    sharing_services.create_reply(actor=fern, post=older, body="I count my steps to ten.")
    sharing_services.create_post(
        actor=fern,
        group=group,
        kind="share",
        body="Eight months of talk therapy: slow at first, then it clicked.",
        treatments=["talk-therapy"],
    )

    context = browser.new_context(viewport={"width": 1200, "height": 900})
    page = context.new_page()
    log_in(page, live_server.url, "nia")
    page.goto(f"{live_server.url}/groups/{group.slug}/")
    page.get_by_role("link", name="Questions and answers").click()
    expect(page.get_by_role("heading", name="Questions and answers", level=1)).to_be_visible()
    page.locator("summary", has_text="Ask the group").click()
    page.get_by_label("Your question").fill(
        "How did you tell your therapist that something wasn't working?"
    )
    page.get_by_text("Tag a treatment (optional)").click()
    page.get_by_label("Talk therapy").check()
    page.get_by_role("button", name="Ask", exact=True).click()
    expect(page.locator(".messages")).to_contain_text("Shared with the group.")
    question = Post.objects.get(author=nia)
    assert question.kind == "question" and question.treatments_text == ",talk-therapy,"

    sharing_services.create_reply(
        actor=ada, post=question, body="I wrote it down and read it out at the start."
    )
    page.goto(f"{live_server.url}/groups/{group.slug}/questions/?show=unanswered")
    expect(page.locator("main")).to_contain_text("Waiting for a helpful answer")
    page.get_by_role("link", name="Mark the answers that helped you").click()
    page.get_by_role("button", name="Mark as helpful").click()
    assert Reply.objects.get(post=question).helpful
    page.get_by_role("link", name="Questions and answers").click()
    page.get_by_role("link", name="Answered (1)", exact=True).click()
    expect(page.locator("main")).to_contain_text("I wrote it down and read it out at the start.")
    expect(page.locator("main")).not_to_contain_text("a trick for the walk into the meeting")
    page.get_by_role("link", name="All questions (2)").click()
    expect(page.locator("main")).to_contain_text("a trick for the walk into the meeting")
    shot(page, "coping-20-questions-and-answers")

    page.locator(f"#post-{question.pk}").get_by_role("link", name="Talk therapy").click()
    expect(page.get_by_role("heading", name="Experiences with Talk therapy")).to_be_visible()
    expect(page.get_by_role("note")).to_contain_text("Experiences are not medical advice.")
    expect(page.locator("main")).to_contain_text("Eight months of talk therapy")
    expect(page.locator("main")).to_contain_text("How did you tell your therapist")
    expect(page.locator("main")).not_to_contain_text("a group Nia is not in")
    shot(page, "coping-21-experiences-with-a-treatment")
    context.close()

    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    log_in(page, live_server.url, "nia")
    page.goto(f"{live_server.url}/experiences/talk-therapy/")
    expect(page.get_by_role("note")).to_be_in_viewport()
    shot(page, "coping-22-experiences-mobile")
    context.close()
