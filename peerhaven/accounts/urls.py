from django.urls import path

from peerhaven.accounts import views

app_name = "accounts"

urlpatterns = [
    path("", views.account, name="account"),
    path("profile/", views.profile, name="profile"),
    path("code-of-conduct/", views.code_of_conduct, name="code_of_conduct"),
    path("sessions/end-all/", views.log_out_everywhere, name="log_out_everywhere"),
    path("data/", views.my_data, name="my_data"),
    path("delete/", views.delete_account, name="delete_account"),
]
