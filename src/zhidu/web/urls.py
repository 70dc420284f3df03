from django.urls import path

from . import views

app_name = "web"
urlpatterns = [
    path("", views.home, name="home"),
    path("a/<slug:slug>/", views.agency, name="agency"),
    path("a/<slug:slug>/duties/", views.duties, name="duties"),
    path("a/<slug:slug>/<int:number>/", views.system, name="system"),
    path("c/<str:cite>/", views.cite, name="cite"),
    path("search/", views.search, name="search"),
    path("compare/", views.compare, name="compare"),
]
