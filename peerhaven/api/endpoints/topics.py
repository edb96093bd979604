from django.http import HttpRequest
from ninja import Router

from peerhaven.api.auth import ANYONE
from peerhaven.api.endpoints import answers
from peerhaven.api.schemas import TopicOut
from peerhaven.groups.models import Topic

router = Router(tags=["topics"])


@router.get("", response=answers(200, list[TopicOut]), auth=ANYONE)
def list_topics(request: HttpRequest):
    """Every topic a group can be about (the `topic` filter of the group list takes a slug)."""
    topics = Topic.objects.select_related("parent").order_by("name_en")
    return [
        {
            "slug": topic.slug,
            "name": topic.name,
            "parent": topic.parent.slug if topic.parent else None,
        }
        for topic in topics
    ]
