from django.urls import path

from . import views

app_name = "approvals"
urlpatterns = [
    path("approvals/", views.mine, name="mine"),
    path("approvals/todo/", views.todo, name="todo"),
    path("approvals/overdue/", views.overdue, name="overdue"),
    path("approvals/<int:pk>/", views.detail, name="detail"),
    path("approvals/<int:pk>/edit/", views.edit, name="edit"),
    path("approvals/<int:pk>/act/", views.act, name="act"),
    path("approvals/<int:pk>/attachments/", views.attach, name="attach"),
    path("approvals/<int:pk>/attachments/<int:att>/", views.attachment, name="attachment"),
    path("approvals/<int:pk>/sheet.pdf", views.sheet_pdf, name="sheet"),
    path("a/<slug:slug>/approvals/", views.kinds, name="kinds"),
    path("a/<slug:slug>/approvals/<str:kind>/new/", views.new, name="new"),
    path("a/<slug:slug>/approvals/<str:kind>/check/", views.check, name="check"),
]
