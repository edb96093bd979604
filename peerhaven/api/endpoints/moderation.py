"""Reports (any member), the moderation queue and its actions (group moderators and platform
moderators), and appeals. Who may see and act on what is decided by peerhaven/safety."""

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest
from django.utils.translation import gettext as _
from ninja import Path, Router, Status

from peerhaven.accounts.models import User
from peerhaven.api import present
from peerhaven.api.endpoints import answers
from peerhaven.api.errors import ApiError
from peerhaven.api.schemas import (
    MAX_ID,
    ActionIn,
    AppealDecisionIn,
    AppealDecisionOut,
    AppealIn,
    AppealOut,
    FlagDetail,
    FlagList,
    LogEntryOut,
    NoticeList,
    ReportIn,
    ReportOut,
)
from peerhaven.groups.access import Need, access_group
from peerhaven.safety import ratelimit, selectors, services
from peerhaven.safety.models import Appeal, Flag, LogEntry
from peerhaven.safety.signals import flag_item

# The queue page's own rules: which flags a moderator sees, and who sees a queue at all.
# The API asks the same functions, so there is one copy of each rule.
from peerhaven.sharing import selectors as sharing_selectors

router = Router(tags=["moderation"])

FlagId = Path(..., ge=1, le=MAX_ID)
RecordId = Path(..., ge=1, le=MAX_ID)
QUEUE_SIZE = 100


@router.post("/reports", response=answers(201, ReportOut))
def create_report(request: HttpRequest, payload: ReportIn):
    """Report a post, a reply, a group or a member (exactly one) to the moderators.

    If someone may be at risk right now, also call your local emergency number."""
    targets = [
        name for name in ("post", "reply", "group", "member") if getattr(payload, name) is not None
    ]
    if len(targets) != 1:
        raise ApiError(
            422, "one_target", _("Report exactly one thing: a post, a reply, a group or a member.")
        )
    user = request.user
    if payload.post is not None:
        lookup = {"post": sharing_selectors.post_for_reader(user, payload.post)[0]}
    elif payload.reply is not None:
        lookup = {"reply": sharing_selectors.reply_for_reader(user, payload.reply)[0]}
    elif payload.group is not None:
        lookup = {"group": access_group(user, payload.group, need=Need.VIEW).group}
    else:
        member = User.objects.filter(username=payload.member, is_active=True).first()
        if member is None:
            raise Http404("No such member")
        lookup = {"member": member}
    # The report pages' own limit, counted in the same cache.
    ratelimit.check("report", user=user, address=ratelimit.client_address(request))
    entry = services.report(actor=user, reason=payload.reason.value, note=payload.note, **lookup)
    return Status(201, {"id": entry.pk, "reason": entry.reason, "created_at": entry.created_at})


def _flag(flag: Flag, report_count: int) -> dict:
    return {
        "id": flag.pk,
        "kind": flag.kind,
        "status": flag.status,
        "priority": flag.priority,
        "group": present.named(flag.group) if flag.group else None,
        "post_id": flag.post_id,
        "reply_id": flag.reply_id,
        "subject": flag.subject.username if flag.subject else None,
        "report_count": report_count,
        "wants_outreach": flag.wants_outreach,
        "safe_now": flag.safe_now,
        "created_at": flag.created_at,
    }


def _flag_for_moderator(user, flag_id: int) -> Flag:
    flag = (
        Flag.objects.select_related("group", "post", "reply", "reply__post", "subject")
        .filter(pk=flag_id)
        .first()
    )
    if flag is None or not services.may_moderate(user, flag):
        raise Http404("No such item in your queue")
    return flag


def _flag_detail(flag: Flag) -> dict:
    reports = list(flag.reports.select_related("reporter"))
    data = _flag(flag, len(reports))
    item = flag.item
    if item is not None:
        body = item.body
    else:  # an item another app holds (a live-room message)
        others = [answer for _receiver, answer in flag_item.send(sender=Flag, flag=flag) if answer]
        body = others[0]["body"] if others else None
    data.update(
        {
            "item_body": body,
            "signals": [str(signal) for signal in flag.signals or []],
            "reports": [
                {
                    "reason": entry.reason,
                    "note": entry.note,
                    "reporter": entry.reporter.username,
                    "created_at": entry.created_at,
                }
                for entry in reports
            ],
            "log": [_log_entry(entry) for entry in flag.log.order_by("created_at", "id")],
        }
    )
    return data


def _log_entry(entry: LogEntry) -> dict:
    return {
        "id": entry.pk,
        "action": entry.action,
        "reason": entry.reason,
        "created_at": entry.created_at,
    }


@router.get("/moderation/queue", response=answers(200, FlagList))
def moderation_queue(request: HttpRequest):
    """Open flags, most urgent first: for co-facilitators and facilitators (their groups) and
    platform moderators (everything, with what was escalated)."""
    if not selectors.may_see_queue(request.user):
        raise PermissionDenied("Moderators and facilitators only")
    flags = selectors.queue_for(request.user).order_by("priority", "created_at")[:QUEUE_SIZE]
    return {"items": [_flag(flag, flag.report_count) for flag in flags]}


@router.get("/moderation/flags/{int:flag_id}", response=answers(200, FlagDetail))
def get_flag(request: HttpRequest, flag_id: int = FlagId):
    """One flag with what was written, the reports and what was done so far."""
    return _flag_detail(_flag_for_moderator(request.user, flag_id))


@router.post("/moderation/flags/{int:flag_id}/actions", response=answers(201, LogEntryOut))
def act_on_flag(request: HttpRequest, payload: ActionIn, flag_id: int = FlagId):
    """Act on a flag (dismiss, release, remove, warn, mute…): recorded in the moderation log,
    and the people it concerns are told."""
    flag = _flag_for_moderator(request.user, flag_id)
    entry = services.act(
        actor=request.user,
        flag=flag,
        action=payload.action.value,
        reason=payload.reason,
        mute_days=payload.mute_days,
        edited_body=payload.edited_body,
    )
    return Status(201, _log_entry(entry))


@router.get("/me/moderation-notices", response=answers(200, NoticeList))
def list_moderation_notices(request: HttpRequest):
    """Decisions about you (a removal, a warning, a mute…), newest first, with their reasons:
    the ids to appeal with."""
    notices = selectors.notices_for(request.user)[:QUEUE_SIZE]
    return {
        "items": [
            {
                **_log_entry(entry),
                "group": entry.group.name if entry.group else None,
                "appealed": hasattr(entry, "appeal"),
            }
            for entry in notices
        ]
    }


@router.post("/me/moderation-notices/{int:notice_id}/appeal", response=answers(201, AppealOut))
def appeal_decision(request: HttpRequest, payload: AppealIn, notice_id: int = RecordId):
    """Appeal a moderation decision about you, once; a different moderator reviews it."""
    entry = selectors.notice_for(request.user, notice_id)
    if entry is None:
        raise Http404("No such notice")
    appeal = services.appeal(actor=request.user, entry=entry, statement=payload.statement)
    return Status(201, {"id": appeal.pk, "created_at": appeal.created_at})


@router.post(
    "/moderation/appeals/{int:appeal_id}/decision", response=answers(200, AppealDecisionOut)
)
def decide_appeal(request: HttpRequest, payload: AppealDecisionIn, appeal_id: int = RecordId):
    """Decide an appeal (platform moderators other than the one who made the decision)."""
    # As on the appeal page: to anyone but a platform moderator, appeals do not exist.
    if not services.is_platform_moderator(request.user):
        raise Http404("No such appeal")
    if not Appeal.objects.filter(pk=appeal_id).exists():
        raise Http404("No such appeal")
    appeal = services.decide_appeal(
        actor=request.user, appeal_id=appeal_id, upheld=payload.upheld, reason=payload.reason
    )
    return {"id": appeal.pk, "upheld": bool(appeal.upheld), "decided_at": appeal.decided_at}
