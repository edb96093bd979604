from django.urls import path

from peerhaven.live import views

app_name = "live"

urlpatterns = [
    path("meetings/<int:occurrence_id>/room/", views.room, name="room"),
]
