"""The API's routers, one module per domain; each operation is a thin edge: one access
call, one service or selector call, then presentation (peerhaven/api/present.py)."""

from peerhaven.api.errors import ERROR_RESPONSES


def answers(status: int, schema) -> dict:
    """The responses an operation documents: its success and every error shape."""
    return {status: schema, **ERROR_RESPONSES}
