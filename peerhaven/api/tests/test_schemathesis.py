"""A property-based run against the live OpenAPI schema, in process through the WSGI app.

Schemathesis generates valid and invalid requests for every operation, anonymous and as a
signed-in member with a token, and checks that nothing answers 5xx and that every answer
matches the schema (status code, content type, body). Bounded: a few examples per operation,
no shrinking, a minute or two in all.
"""

import contextlib

import pytest
import schemathesis
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from peerhaven.api.tests.conftest import token_for
from peerhaven.api.tests.test_authorization_matrix import records_of
from peerhaven.notifications.models import Notification
from peerhaven.testing import build_cast

EXAMPLES = 6
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    negative_data_rejection,
]


@pytest.fixture
def world(db, settings, monkeypatch):
    from peerhaven.safety import ratelimit

    # Generous limits: the run sends hundreds of requests from one member in seconds.
    for action, (_member, _address, window) in list(ratelimit.LIMITS.items()):
        monkeypatch.setitem(ratelimit.LIMITS, action, (100_000, 100_000, window))
    settings.PEERHAVEN_API_RATES = dict.fromkeys(("member", "visitor", "write"), (100000, 60))
    cast = build_cast("public")
    notification = Notification.objects.filter(user=cast.member).first()
    records = records_of(cast)
    return {
        "token": token_for(cast.member),
        "moderator_token": token_for(cast.facilitator),
        # Real objects for the path parameters, so bodies are tried against things that exist.
        "path": {
            "slug": cast.group.slug,
            "occurrence_id": cast.occurrence.pk,
            "post_id": cast.post.pk,
            "reply_id": cast.reply.pk,
            "membership_id": cast.requested_membership.pk,
            "notification_id": notification.pk,
            "checkin_id": records["checkin"],
            "entry_id": records["entry"],
            "check_id": records["self_check"],
            "activity_id": records["activity"],
            "milestone_id": records["milestone"],
            "strategy_id": records["strategy"],
            "flag_id": records["flag"],
            "notice_id": records["notice"],
            "appeal_id": records["appeal"],
        },
    }


@contextlib.contextmanager
def keep_connection():
    """As Django's test client does: the test's transaction must outlive each request."""
    signals = (request_started, request_finished)
    for signal in signals:
        signal.disconnect(close_old_connections)
    try:
        yield
    finally:
        for signal in signals:
            signal.connect(close_old_connections)


def fuzz(world, headers: dict) -> list[str]:
    with keep_connection():
        return _fuzz(world, headers)


def _fuzz(world, headers: dict) -> list[str]:
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", WSGIHandler())
    failures = []
    for result in schema.get_all_operations():
        operation = result.ok()
        pinned = {
            name: value
            for name, value in world["path"].items()
            if any(param.name == name for param in operation.path_parameters)
        }
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            strategy = operation.as_strategy(mode, path_parameters=pinned or None)

            @given(case=strategy)
            @BOUNDS
            def run(case):
                case.call_and_validate(headers=headers, checks=CHECKS)

            try:
                run()
            except Exception as error:  # every failure is reported, not only the first
                failures.append(f"{mode.value} {operation.label}: {error}")
    return failures


BOUNDS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
    derandomize=True,
    database=None,
)


def test_api_as_a_visitor(world):
    assert fuzz(world, {}) == []


def test_api_as_a_member_with_a_token(world):
    assert fuzz(world, {"Authorization": f"Bearer {world['token']}"}) == []


def test_api_as_a_facilitator_with_a_token(world):
    """The moderation queue and its actions answer a moderator, not only refuse a member."""
    assert fuzz(world, {"Authorization": f"Bearer {world['moderator_token']}"}) == []
