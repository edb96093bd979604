from django.urls import path

from peerhaven.web import views

app_name = "web"

urlpatterns = [
    path("", views.home, name="home"),
    path("privacy/", views.privacy, name="privacy"),
    path("code-of-conduct/", views.code_of_conduct, name="code_of_conduct"),
]
