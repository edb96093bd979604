from peerhaven.accounts import data_rights
from peerhaven.sharing import treatments
from peerhaven.sharing.models import Post, PostReaction, ReadingPreference, Reply


def _export(user) -> dict:
    return {
        "posts": [
            {
                "group": post.group.name,
                "kind": post.kind,
                "body": post.body,
                "anonymous": post.anonymous,
                "content_warnings": post.content_warnings,
                "treatments": treatments.decode(post.treatments_text),
                "state": post.state,
                "created_at": post.created_at.isoformat(),
            }
            for post in Post.objects.filter(author=user).select_related("group")
        ],
        "replies": [
            {
                "post": reply.post_id,
                "body": reply.body,
                "anonymous": reply.anonymous,
                "created_at": reply.created_at.isoformat(),
            }
            for reply in Reply.objects.filter(author=user)
        ],
        "reactions": [
            {"kind": reaction.kind, "post": reaction.post_id, "reply": reaction.reply_id}
            for reaction in PostReaction.objects.filter(user=user)
        ],
        "reading_preferences": getattr(
            ReadingPreference.objects.filter(user=user).first(), "warnings", {}
        ),
    }


def _erase(user) -> None:
    # Posts and replies stay so conversations still make sense; the erased
    # account shows as "Former member". Private choices go.
    PostReaction.objects.filter(user=user).delete()
    ReadingPreference.objects.filter(user=user).delete()
    Post.objects.filter(removed_by=user).update(removed_by=None)
    Reply.objects.filter(removed_by=user).update(removed_by=None)


data_rights.register(
    "sharing",
    models=[Post, Reply, PostReaction, ReadingPreference],
    export=_export,
    erase=_erase,
)
