from django.urls import path

from . import views

app_name = "org"
urlpatterns = [
    path("a/<slug:slug>/org/", views.org_page, name="org"),
]
