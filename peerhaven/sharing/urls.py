from django.urls import path

from peerhaven.sharing import qa, views

app_name = "sharing"

urlpatterns = [
    path("groups/<slug:slug>/space/updates/", views.feed_updates, name="feed_updates"),
    path("groups/<slug:slug>/posts/new/", views.create_post, name="create_post"),
    path("posts/<int:post_id>/", views.post_detail, name="post"),
    path("posts/<int:post_id>/edit/", views.edit_post, name="edit_post"),
    path("posts/<int:post_id>/delete/", views.delete_post, name="delete_post"),
    path("posts/<int:post_id>/remove/", views.remove_post, name="remove_post"),
    path("replies/<int:reply_id>/edit/", views.edit_reply, name="edit_reply"),
    path("replies/<int:reply_id>/delete/", views.delete_reply, name="delete_reply"),
    path("replies/<int:reply_id>/remove/", views.remove_reply, name="remove_reply"),
    path("replies/<int:reply_id>/helpful/", views.mark_helpful, name="helpful"),
    path("posts/<int:item_id>/react/", views.react, {"target": "post"}, name="react_post"),
    path("replies/<int:item_id>/react/", views.react, {"target": "reply"}, name="react_reply"),
    path("account/reading/", views.reading_preferences, name="reading_preferences"),
    path("groups/<slug:slug>/questions/", qa.questions, name="questions"),
]
