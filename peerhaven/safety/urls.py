from django.urls import path

from peerhaven.safety import views

app_name = "safety"

urlpatterns = [
    path("help/crisis/", views.crisis_help, name="crisis"),
    path("safety/care/<int:flag_id>/", views.care_answer, name="care_answer"),
    path("safety/notices/", views.notices, name="notices"),
    path("posts/<int:item_id>/report/", views.report, {"target": "post"}, name="report_post"),
    path("replies/<int:item_id>/report/", views.report, {"target": "reply"}, name="report_reply"),
    path("groups/<slug:key>/report/", views.report_other, {"target": "group"}, name="report_group"),
    path(
        "members/<str:key>/report/", views.report_other, {"target": "member"}, name="report_member"
    ),
    path("moderation/", views.queue, name="queue"),
    path("moderation/flags/<int:flag_id>/", views.flag_detail, name="flag"),
    path("moderation/log/", views.moderation_log, name="log"),
    path("moderation/appeals/<int:appeal_id>/", views.appeal_detail, name="appeal"),
    path("account/blocks/", views.blocks, name="blocks"),
    path("groups/<slug:slug>/words/", views.group_words, name="group_words"),
]
