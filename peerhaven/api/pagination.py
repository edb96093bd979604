"""Opaque cursors. A list answers {"items": [...], "next_cursor": "…" or null}; pass
`cursor=<next_cursor>` for the next page. A cursor that was not given by the API is a 400."""

import base64
import binascii

from django.utils.translation import gettext as _

from peerhaven.api.errors import ApiError

MAX_OFFSET = 1_000_000


def bad_cursor() -> ApiError:
    return ApiError(400, "bad_cursor", _("This cursor is not valid; start again without it."))


def encode_position(kind: str, value: int) -> str:
    return base64.urlsafe_b64encode(f"{kind}:{value}".encode()).decode().rstrip("=")


def decode_position(kind: str, cursor: str | None) -> int | None:
    """The number a cursor of `kind` carries, None without a cursor; ApiError when damaged."""
    if cursor is None or cursor == "":
        return None
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        found, _sep, value = base64.urlsafe_b64decode(padded.encode()).decode().partition(":")
        number = int(value)
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise bad_cursor() from None
    if found != kind or not 0 <= number <= MAX_OFFSET:
        raise bad_cursor()
    return number


def checked_keyset(cursor: str | None):
    """A (created_at, id) cursor in the sharing feed's format, checked; None without one."""
    from peerhaven.sharing.selectors import decode_cursor

    if cursor is None or cursor == "":
        return None
    position = decode_cursor(cursor)
    if position is None or position[0].tzinfo is None:
        raise bad_cursor()
    return position
