"""What moves the shared versions (peerhaven/web/versions.py) in this app: every save or
delete of a post, reply or reaction moves its group's content version; a reading preference
moves its owner's reader version."""

from peerhaven.web import versions


def _group_of_post(post_id, loaded=None):
    # The services hand the post over already loaded; ask the database only when not.
    if loaded is not None:
        return loaded.group_id
    from peerhaven.sharing.models import Post

    return Post.objects.filter(pk=post_id).values_list("group_id", flat=True).first()


def _post(post, **_):
    return (versions.group_content(post.group_id),)


def _reply(reply, **_):
    loaded = reply.post if type(reply).post.is_cached(reply) else None
    group_id = _group_of_post(reply.post_id, loaded)
    return (versions.group_content(group_id),) if group_id is not None else ()


def _reaction(reaction, **_):
    model = type(reaction)
    if reaction.post_id:
        loaded = reaction.post if model.post.is_cached(reaction) else None
        group_id = _group_of_post(reaction.post_id, loaded)
    elif reaction.reply_id:
        reply = reaction.reply if model.reply.is_cached(reaction) else None
        if reply is None:
            from peerhaven.sharing.models import Reply

            reply = Reply.objects.filter(pk=reaction.reply_id).only("post_id").first()
        if reply is None:
            return ()
        loaded = reply.post if type(reply).post.is_cached(reply) else None
        group_id = _group_of_post(reply.post_id, loaded)
    else:
        return ()
    return (versions.group_content(group_id),) if group_id is not None else ()


def connect() -> None:
    from peerhaven.sharing.models import Post, PostReaction, ReadingPreference, Reply

    versions.follow(Post, _post, name="post")
    versions.follow(Reply, _reply, name="reply")
    versions.follow(PostReaction, _reaction, name="reaction")
    versions.follow(
        ReadingPreference, lambda row, **_: (versions.reader(row.user_id),), name="preference"
    )
