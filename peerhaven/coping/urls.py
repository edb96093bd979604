from django.urls import path

from peerhaven.coping import views

app_name = "coping"

urlpatterns = [
    path("strategies/", views.library, name="library"),
    path("strategies/new/", views.create, name="create"),
    path("strategies/<int:strategy_id>/", views.detail, name="detail"),
    path("strategies/<int:strategy_id>/edit/", views.edit, name="edit"),
    path("strategies/<int:strategy_id>/delete/", views.delete, name="delete"),
    path("strategies/<int:strategy_id>/rate/", views.rate, name="rate"),
    path("strategies/<int:strategy_id>/toolkit/", views.toolkit_toggle, name="toolkit_toggle"),
    path("strategies/<int:strategy_id>/self-care/", views.add_to_plan, name="add_to_plan"),
    path("me/toolkit/", views.toolkit, name="toolkit"),
    path("experiences/", views.experiences_index, name="experiences_index"),
    path("experiences/<slug:treatment>/", views.experiences, name="experiences"),
    path("groups/<slug:slug>/strategies/", views.group_strategies, name="group_strategies"),
    path("groups/<slug:slug>/strategies/<int:strategy_id>/curate/", views.curate, name="curate"),
    path("groups/<slug:slug>/resources/", views.group_resources, name="group_resources"),
    path("groups/<slug:slug>/resources/new/", views.suggest_resource, name="suggest_resource"),
    path(
        "groups/<slug:slug>/resources/<int:resource_id>/decide/",
        views.decide_resource,
        name="decide_resource",
    ),
    path(
        "groups/<slug:slug>/resources/<int:resource_id>/remove/",
        views.remove_resource,
        name="remove_resource",
    ),
]
