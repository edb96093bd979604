"""Pages kept as their reader saw them, until anything they were made from changes.

A page that members read again and again (a group's page, its feed) is kept as HTML under a
key made of who reads it (the member, their language and time zone), what they asked for (the
path with its query, whether htmx asked for a part of it) and the versions of everything the
page was made from (peerhaven/web/versions.py): the versions the view names, the reader's own
version (their account, memberships, blocks and preferences), their notifications (the
header's count), everyone's shown names and the directory (the header's "My groups").
A change to any of them moves a version, and the next request builds the page afresh.

The view still asks groups/access.py before it reaches the kept page. The page's CSRF token
is not kept: it is taken out when the page is stored and the reader's own token is put in
when it is served. Pages with a message to show (after a form) are never kept or served
from here, and only plain 200 answers are kept. Relative times and the next meetings move
with the clock, so a page is kept for PAGE_SECONDS at most.
"""

import hashlib
import re
from collections.abc import Callable

from django.contrib import messages
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.utils import timezone, translation

from peerhaven.web import versions

PAGE_SECONDS = 30
_TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
# Cannot occur in a rendered page: templates escape "<" in any text they print.
_SLOT = "<!--csrf-token-->"


def _has_messages(request: HttpRequest) -> bool:
    # Counting loads the stored messages without marking them shown.
    return bool(len(messages.get_messages(request)))


def _key(request: HttpRequest, depends_on: list[str]) -> str:
    user = request.user
    if user.is_authenticated:
        reader = str(user.pk)
        keys = [
            *depends_on,
            versions.reader(user.pk),
            versions.notifications(user.pk),
            versions.PEOPLE,
            versions.DIRECTORY,
        ]
    else:
        reader = "anonymous"
        keys = [*depends_on, versions.PEOPLE, versions.DIRECTORY]
    parts = [
        reader,
        translation.get_language() or "",
        timezone.get_current_timezone_name(),
        request.get_full_path(),
        request.headers.get("HX-Request", ""),
        request.headers.get("HX-Target", ""),
        *map(str, versions.read(keys)),
    ]
    return "page:" + hashlib.sha256("\n".join(parts).encode()).hexdigest()


def reader_page(
    request: HttpRequest, build: Callable[[], HttpResponse], *, depends_on: list[str]
) -> HttpResponse:
    """The page build() makes, kept for this reader until one of `depends_on` (or the reader's
    own versions) moves."""
    if request.method not in ("GET", "HEAD") or _has_messages(request):
        return build()
    key = _key(request, depends_on)
    kept = cache.get(key)
    if kept is not None:
        content_type, body = kept
        return HttpResponse(body.replace(_SLOT, get_token(request)), content_type=content_type)
    response = build()
    if response.status_code == 200 and not response.streaming and not response.cookies:
        body = response.content.decode(response.charset)
        for token in set(_TOKEN.findall(body)):
            body = body.replace(token, _SLOT)
        cache.set(key, (response["Content-Type"], body), timeout=PAGE_SECONDS)
    return response
