from django.urls import path

from . import views

app_name = "seals"
urlpatterns = [
    path("seals/", views.index, name="index"),
    path("seals/add/", views.add_seal, name="add_seal"),
    path("seals/log/", views.log_use, name="log_use"),
    path("seals/<int:seal_id>/", views.seal, name="seal"),
    path("seals/<int:seal_id>/manage/", views.manage, name="manage"),
    path("seals/uses/<int:use_id>/", views.use, name="use"),
    path("seals/uses/<int:use_id>/<slug:what>/", views.act, name="act"),
]
