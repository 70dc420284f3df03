from django.urls import path

from . import views

app_name = "access"
urlpatterns = [
    path("", views.mine, name="mine"),
    path("grants/", views.grants, name="grants"),
    path("grants/<int:grant_id>/revoke/", views.revoke, name="revoke"),
]
