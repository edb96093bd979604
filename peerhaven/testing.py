"""Named people for tests, shared by every app's tests.

Later apps give these people roles (a facilitator, a member, a pending
member, an outsider, a moderator) in their own fixtures.
"""

from django.utils import timezone

from peerhaven.accounts.models import User

PASSWORD = "a calm river at dawn 42"


def make_person(username: str, **fields) -> User:
    fields.setdefault("coc_version", 1)
    fields.setdefault("coc_accepted_at", timezone.now())
    user = User(username=username, **fields)
    user.set_password(PASSWORD)
    user.save()
    return user


def all_url_paths(junk: str = "junk") -> list[str]:
    """Every URL pattern of the project, with each argument filled by junk.

    Integer converters get a large id that exists nowhere; other converters get
    `junk`. Used by the test that no URL answers 500.
    """
    import re

    from django.urls import URLPattern, URLResolver, get_resolver

    paths: list[str] = []

    def fill(pattern: str) -> str:
        pattern = pattern.lstrip("^").rstrip("$").replace("\\Z", "").replace("\\", "")
        pattern = re.sub(r"<int:\w+>", "987654321", pattern)
        pattern = re.sub(r"<(?:\w+:)?\w+>", junk, pattern)
        pattern = re.sub(r"\(\?P<\w+>[^)]*\)", junk, pattern)
        return pattern

    def walk(patterns, prefix: str) -> None:
        for entry in patterns:
            text = fill(str(entry.pattern))
            if isinstance(entry, URLResolver):
                walk(entry.url_patterns, prefix + text)
            elif isinstance(entry, URLPattern):
                paths.append("/" + (prefix + text).lstrip("/"))

    walk(get_resolver().url_patterns, "")
    return sorted(set(paths))
