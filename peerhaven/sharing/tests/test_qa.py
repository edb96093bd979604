"""A group's "Questions and answers": who sees it, the answered and unanswered filters, speed."""

import pytest
from django.urls import reverse

from peerhaven.sharing import services
from peerhaven.sharing.models import Post
from peerhaven.testing import build_cast

pytestmark = pytest.mark.django_db


def questions_url(cast, **query) -> str:
    url = reverse("sharing:questions", args=[cast.group.slug])
    if query:
        url += "?" + "&".join(f"{key}={value}" for key, value in query.items())
    return url


def shown(response) -> list[str]:
    return [question.item.obj.body for question in response.context["page"].questions]


def test_outsiders_and_pending_members_are_refused_and_nothing_leaks(client, cast):
    client.force_login(cast.outsider)
    response = client.get(questions_url(cast))
    assert response.status_code == 403
    assert "How do you sleep" not in response.content.decode()
    client.force_login(cast.requested)
    assert client.get(questions_url(cast)).status_code == 403
    client.force_login(cast.other_group_member)
    assert client.get(questions_url(cast)).status_code == 403
    client.logout()
    response = client.get(questions_url(cast))
    assert response.status_code == 302 and response["Location"].startswith("/account/login/")


def test_a_hidden_groups_questions_do_not_exist_for_outsiders(client):
    cast = build_cast("hidden")
    client.force_login(cast.outsider)
    assert client.get(questions_url(cast)).status_code == 404
    client.force_login(cast.member)
    assert client.get(questions_url(cast)).status_code == 200


def test_members_see_only_questions_and_the_asker_marks_the_helpful_answer(client, cast):
    services.create_post(actor=cast.cofacilitator, group=cast.group, body="Just a share today.")
    client.force_login(cast.facilitator)
    response = client.get(questions_url(cast))
    assert response.status_code == 200
    assert shown(response) == ["How do you sleep before a hard day?"]
    html = response.content.decode()
    assert "Just a share today." not in html
    assert "Unanswered (1)" in html and "Answered (0)" in html
    assert "Waiting for a helpful answer" in html
    # Only the asker is invited to mark answers.
    assert "Mark the answers that helped you" not in html
    assert shown(client.get(questions_url(cast, show="answered"))) == []

    client.force_login(cast.member)
    assert "Mark the answers that helped you" in client.get(questions_url(cast)).content.decode()
    response = client.post(reverse("sharing:helpful", args=[cast.reply.pk]), {"helpful": "1"})
    assert response.status_code == 302

    client.force_login(cast.facilitator)
    answered = client.get(questions_url(cast, show="answered"))
    assert shown(answered) == ["How do you sleep before a hard day?"]
    html = answered.content.decode()
    assert "Answer the asker found helpful" in html and "A warm shower helps me." in html
    assert "Answered (1)" in html and "Unanswered (0)" in html
    assert shown(client.get(questions_url(cast, show="unanswered"))) == []


def test_a_helpful_answer_that_is_deleted_no_longer_answers_the_question(client, cast):
    services.mark_helpful(actor=cast.member, reply=cast.reply)
    services.delete_reply(actor=cast.cofacilitator, reply=cast.reply)
    client.force_login(cast.member)
    assert shown(client.get(questions_url(cast, show="unanswered"))) == [
        "How do you sleep before a hard day?"
    ]


def test_held_and_deleted_questions_stay_out(client, cast):
    gone = services.create_post(
        actor=cast.member, group=cast.group, kind="question", body="Deleted question?"
    )
    services.delete_post(actor=cast.member, post=gone)
    client.force_login(cast.cofacilitator)
    assert "Deleted question?" not in shown(client.get(questions_url(cast)))


def test_an_anonymous_question_keeps_the_askers_name_from_members(client, cast):
    services.create_post(
        actor=cast.cofacilitator,
        group=cast.group,
        kind="question",
        body="Does anyone else dread Sundays?",
        anonymous=True,
    )
    client.force_login(cast.member)
    html = client.get(questions_url(cast)).content.decode()
    assert "Does anyone else dread Sundays?" in html
    assert "Anonymous member" in html and "Cole" not in html


def test_an_unknown_filter_is_ignored_with_a_note(client, cast):
    client.force_login(cast.member)
    response = client.get(questions_url(cast, show="everything<script>"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Ignored the unknown filter" in html and "<script>" not in html
    assert shown(response) == ["How do you sleep before a hard day?"]
    damaged = client.get(questions_url(cast, cursor="not-a-cursor"))
    assert damaged.status_code == 200


def test_asking_from_the_page_posts_a_question(client, cast):
    client.force_login(cast.cofacilitator)
    html = client.get(questions_url(cast)).content.decode()
    assert 'name="kind" value="question"' in html and "Ask the group" in html
    response = client.post(
        reverse("sharing:create_post", args=[cast.group.slug]),
        {"kind": "question", "body": "What helps you on the first day back at work?"},
    )
    assert response.status_code == 302
    assert Post.objects.latest("id").kind == "question"
    assert "What helps you on the first day back at work?" in shown(
        client.get(questions_url(cast, show="unanswered"))
    )


def test_the_group_page_and_the_feed_link_to_questions_and_answers(client, cast):
    client.force_login(cast.member)
    url = questions_url(cast)
    assert url in client.get(reverse("groups:detail", args=[cast.group.slug])).content.decode()
    assert url in client.get(reverse("groups:space", args=[cast.group.slug])).content.decode()
    assert url in client.get(cast.post.get_absolute_url()).content.decode()
    client.force_login(cast.outsider)
    assert url not in client.get(reverse("groups:detail", args=[cast.group.slug])).content.decode()


def test_the_page_runs_a_fixed_number_of_queries(client, cast, django_assert_max_num_queries):
    def ask(count):
        for number in range(count):
            post = services.create_post(
                actor=cast.member, group=cast.group, kind="question", body=f"Question {number}"
            )
            reply = services.create_reply(actor=cast.cofacilitator, post=post, body="Me too.")
            services.react(actor=cast.facilitator, post=post, kind="same_here")
            if number % 2:
                services.mark_helpful(actor=cast.member, reply=reply)

    client.force_login(cast.facilitator)
    ask(2)
    url = questions_url(cast)
    client.get(url)
    with django_assert_max_num_queries(20) as small:
        client.get(url)
    ask(25)
    with django_assert_max_num_queries(20) as large:
        response = client.get(url)
    assert len(response.context["page"].questions) == 20 and response.context["page"].next_cursor
    assert len(large.captured_queries) == len(small.captured_queries)
    older = client.get(url + "?cursor=" + response.context["page"].next_cursor)
    assert len(older.context["page"].questions) == 8
