"""The personal calendar: one page to manage it, one secret feed address (outside any agenda)."""

from django.urls import path

from tafels import views

app_name = "kalender"
urlpatterns = [
    path("", views.mijn_kalender, name="mijn_kalender"),
    path("<str:token>.ics", views.kalender_feed, name="feed"),
]
