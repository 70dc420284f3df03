from django.urls import path  # noqa: F401

app_name = "seals"
urlpatterns: list = []  # filled in by the app's views
