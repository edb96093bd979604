from django.urls import path

from peerhaven.safety import views

app_name = "safety"

urlpatterns = [
    path("help/crisis/", views.crisis_help, name="crisis"),
]
