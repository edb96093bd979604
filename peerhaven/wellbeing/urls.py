from django.urls import path

from peerhaven.wellbeing import views

app_name = "wellbeing"

urlpatterns = [
    path("me/wellbeing/", views.hub, name="hub"),
    path("me/wellbeing/settings/", views.preferences, name="preferences"),
    path("me/wellbeing/reminders/dismiss/", views.dismiss_reminders, name="dismiss_reminders"),
    path("me/mood/", views.mood, name="mood"),
    path("me/mood/history/", views.mood_history, name="mood_history"),
    path("me/mood/charts/", views.mood_charts, name="mood_charts"),
    path("me/mood/<int:checkin_id>/delete/", views.mood_delete, name="mood_delete"),
    path(
        "me/meetings/<int:occurrence_id>/check-in/",
        views.meeting_checkin,
        name="meeting_checkin",
    ),
    path(
        "wellbeing/meetings/<int:occurrence_id>/trend/", views.meeting_trend, name="meeting_trend"
    ),
    path("me/journal/", views.journal, name="journal"),
    path("me/journal/new/", views.journal_new, name="journal_new"),
    path("me/journal/<int:entry_id>/", views.journal_entry, name="journal_entry"),
    path("me/journal/<int:entry_id>/edit/", views.journal_edit, name="journal_edit"),
    path("me/journal/<int:entry_id>/delete/", views.journal_delete, name="journal_delete"),
    path("me/self-checks/", views.self_checks, name="self_checks"),
    path("me/self-checks/safety/", views.crisis_choice, name="crisis_choice"),
    path("me/self-checks/<int:check_id>/", views.self_check_result, name="self_check_result"),
    path(
        "me/self-checks/<int:check_id>/safety/", views.self_check_crisis, name="self_check_crisis"
    ),
    path(
        "me/self-checks/<int:check_id>/delete/", views.self_check_delete, name="self_check_delete"
    ),
    path("me/self-checks/<slug:kind>/", views.self_check_take, name="self_check_take"),
    path("me/self-care/", views.self_care, name="self_care"),
    path("me/self-care/new/", views.activity_new, name="activity_new"),
    path("me/self-care/<int:activity_id>/edit/", views.activity_edit, name="activity_edit"),
    path("me/self-care/<int:activity_id>/done/", views.activity_done, name="activity_done"),
    path("me/self-care/<int:activity_id>/delete/", views.activity_delete, name="activity_delete"),
    path("me/milestones/", views.milestones, name="milestones"),
    path("me/milestones/new/", views.milestone_new, name="milestone_new"),
    path("me/milestones/<int:milestone_id>/edit/", views.milestone_edit, name="milestone_edit"),
    path("me/milestones/<int:milestone_id>/reset/", views.milestone_reset, name="milestone_reset"),
    path(
        "me/milestones/<int:milestone_id>/celebrated/",
        views.milestone_celebrated,
        name="milestone_celebrated",
    ),
    path(
        "me/milestones/<int:milestone_id>/delete/", views.milestone_delete, name="milestone_delete"
    ),
    path("me/milestones/<int:milestone_id>/share/", views.milestone_share, name="milestone_share"),
]
