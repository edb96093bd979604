from peerhaven.accounts import data_rights
from peerhaven.safety.models import Appeal, Block, Flag, LogEntry, Mute, Report


def _export(user) -> dict:
    return {
        "reports_made": [
            {
                "reason": entry.reason,
                "note": entry.note,
                "created_at": entry.created_at.isoformat(),
                "outcome": entry.outcome,
            }
            for entry in Report.objects.filter(reporter=user)
        ],
        "moderation_decisions_about_me": [
            {
                "action": entry.action,
                "reason": entry.reason,
                "created_at": entry.created_at.isoformat(),
            }
            for entry in LogEntry.objects.filter(subject_id=user.pk)
        ],
        "appeals": [
            {
                "statement": entry.statement,
                "upheld": entry.upheld,
                "created_at": entry.created_at.isoformat(),
            }
            for entry in Appeal.objects.filter(member=user)
        ],
        "blocked_members": [
            entry.blocked.public_name
            for entry in Block.objects.filter(blocker=user).select_related("blocked")
        ],
    }


def _erase(user) -> None:
    Report.objects.filter(reporter=user).delete()
    Block.objects.filter(blocker=user).delete()
    Block.objects.filter(blocked=user).delete()
    Mute.objects.filter(user=user).delete()
    # The moderation log and its appeals are permanent by design; they keep
    # pointing at the account row, which erasure leaves as "Former member".
    # Flags about the writer stay with their (kept) posts.


data_rights.register(
    "safety",
    models=[Report, Block, Mute, LogEntry, Appeal, Flag],
    export=_export,
    erase=_erase,
)
