from django.urls import path

from peerhaven.meetings import views

app_name = "meetings"

urlpatterns = [
    path("meetings/", views.upcoming, name="upcoming"),
    path("meetings/<int:occurrence_id>/", views.detail, name="detail"),
    path("meetings/<int:occurrence_id>/meeting.ics", views.occurrence_ics, name="ics"),
    path("meetings/<int:occurrence_id>/rsvp/", views.rsvp, name="rsvp"),
    path("meetings/<int:occurrence_id>/edit/", views.edit, name="edit"),
    path("meetings/<int:occurrence_id>/cancel/", views.cancel, name="cancel"),
    path("meetings/<int:occurrence_id>/attendees/", views.attendees, name="attendees"),
    path("groups/<slug:slug>/meetings/new/", views.schedule, name="schedule"),
    path("groups/<slug:slug>/calendar.ics", views.group_feed, name="group_feed"),
    path("me/attendance/", views.my_attendance, name="attendance"),
    path("account/calendar/", views.calendar_settings, name="calendar_settings"),
    path("calendar/<str:token>.ics", views.personal_feed, name="personal_feed"),
]
