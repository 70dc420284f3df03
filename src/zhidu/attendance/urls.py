from django.urls import path  # noqa: F401

app_name = "attendance"
urlpatterns: list = []  # filled in by the app's views
