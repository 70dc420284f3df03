from django.urls import path

from . import views

app_name = "workflow"
urlpatterns = [
    path("todo/", views.todo, name="todo"),
    path("todo/notices/<int:notice_id>/read/", views.read_notice, name="read_notice"),
]
