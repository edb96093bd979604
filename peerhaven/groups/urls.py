from django.urls import path

from peerhaven.groups import views
from peerhaven.sharing import views as sharing_views

app_name = "groups"

urlpatterns = [
    path("groups/", views.directory, name="directory"),
    path("groups/new/", views.create, name="create"),
    path("groups/invite/<str:token>/", views.invite, name="invite"),
    path("groups/<slug:slug>/", views.detail, name="detail"),
    path("groups/<slug:slug>/space/", sharing_views.feed, name="space"),
    path("groups/<slug:slug>/members/", views.members, name="members"),
    path("groups/<slug:slug>/join/", views.join, name="join"),
    path("groups/<slug:slug>/leave/", views.leave, name="leave"),
    path("groups/<slug:slug>/edit/", views.edit, name="edit"),
    path("groups/<slug:slug>/delete/", views.delete, name="delete"),
    path("groups/<slug:slug>/requests/", views.requests, name="requests"),
    path("groups/<slug:slug>/requests/<int:membership_id>/", views.decide, name="decide"),
    path("groups/<slug:slug>/members/<int:membership_id>/remove/", views.remove, name="remove"),
    path("groups/<slug:slug>/members/<int:membership_id>/role/", views.change_role, name="role"),
    path("groups/<slug:slug>/invites/", views.invites, name="invites"),
    path(
        "groups/<slug:slug>/invites/<int:invite_id>/revoke/",
        views.revoke_invite,
        name="revoke_invite",
    ),
]
