from django.urls import path

from peerhaven.notifications import views

app_name = "notifications"

urlpatterns = [
    path("notifications/", views.index, name="index"),
    path("notifications/<int:notification_id>/open/", views.open_notification, name="open"),
    path("notifications/read-all/", views.mark_all_read, name="read_all"),
]
