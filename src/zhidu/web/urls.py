from django.urls import path

from . import views

app_name = "web"
urlpatterns = [
    path("", views.home, name="home"),
    path("a/<slug:slug>/", views.agency, name="agency"),
    path("search/", views.search, name="search"),
    path("compare/", views.compare, name="compare"),
]
