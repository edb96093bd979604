from django.db.models import Q
from django.http import Http404, HttpRequest
from ninja import Path, Query, Router

from peerhaven.api import present
from peerhaven.api.endpoints import answers
from peerhaven.api.pagination import checked_keyset
from peerhaven.api.schemas import CURSOR, MAX_ID, MarkedOut, NotificationList, Text
from peerhaven.notifications import selectors, services
from peerhaven.sharing.selectors import encode_cursor

router = Router(tags=["notifications"])
UNREAD = Query(False, description="Only unread ones.")
PAGE = 30


@router.get("", response=answers(200, NotificationList))
def list_notifications(
    request: HttpRequest,
    unread: bool = UNREAD,
    cursor: Text | None = CURSOR,
):
    """Your notifications, newest first. They say what happened and link to it, never what
    anyone wrote."""
    qs = selectors.notifications_for(request.user)
    if unread:
        qs = qs.filter(read_at__isnull=True)
    position = checked_keyset(cursor)
    if position:
        created, pk = position
        qs = qs.filter(Q(created_at__lt=created) | Q(created_at=created, pk__lt=pk))
    rows = list(qs.order_by("-created_at", "-id")[: PAGE + 1])
    more = len(rows) > PAGE
    rows = rows[:PAGE]
    return {
        "items": [
            {
                "id": row.pk,
                "kind": row.kind,
                "text": row.text,
                "url": present.absolute(row.url) if row.url.startswith("/") else "",
                "group": present.named(row.group) if row.group else None,
                "count": row.count,
                "created_at": row.created_at,
                "read_at": row.read_at,
            }
            for row in rows
        ],
        "unread": selectors.unread_count(request.user),
        "next_cursor": encode_cursor(rows[-1]) if more and rows else None,
    }


@router.post("/{int:notification_id}/read", response=answers(200, MarkedOut))
def mark_read(request: HttpRequest, notification_id: int = Path(..., ge=1, le=MAX_ID)):
    """Mark one notification as read."""
    if not selectors.notifications_for(request.user).filter(pk=notification_id).exists():
        raise Http404("No such notification")
    marked = services.mark_read(user=request.user, notification_id=notification_id)
    return {"marked": int(marked)}


@router.post("/read-all", response=answers(200, MarkedOut))
def mark_all_read(request: HttpRequest):
    """Mark every notification as read."""
    return {"marked": services.mark_all_read(user=request.user)}
