"""The meetings pages (``views``): 我的会议, an agency's meetings, a body's members, one meeting, the chair's
screen for one item, a decision."""

from django.urls import path

from . import views

app_name = "meetings"
urlpatterns = [
    path("meetings/", views.mine, name="mine"),
    path("a/<slug:slug>/meetings/", views.index, name="index"),
    path("a/<slug:slug>/meetings/new/", views.plan, name="plan"),
    path("a/<slug:slug>/meetings/classify/", views.classify, name="classify"),
    path("a/<slug:slug>/meetings/bodies/<slug:key>/members/", views.members, name="members"),
    path("a/<slug:slug>/meetings/bodies/<slug:key>/members/add/", views.member_add, name="member_add"),
    path("a/<slug:slug>/meetings/bodies/<slug:key>/members/<int:pk>/end/", views.member_end, name="member_end"),
    path("a/<slug:slug>/meetings/<int:pk>/", views.meeting, name="meeting"),
    path("a/<slug:slug>/meetings/<int:pk>/items/", views.propose, name="propose"),
    path("a/<slug:slug>/meetings/<int:pk>/notice/", views.notice, name="notice"),
    path("a/<slug:slug>/meetings/<int:pk>/attendees/", views.attendee, name="attendee"),
    path("a/<slug:slug>/meetings/<int:pk>/attendance/", views.attendance, name="attendance"),
    path("a/<slug:slug>/meetings/<int:pk>/convene/", views.convene, name="convene"),
    path("a/<slug:slug>/meetings/<int:pk>/minutes/", views.minutes_generate, name="minutes"),
    path("a/<slug:slug>/meetings/minutes/<int:pk>/sign/", views.minutes_sign, name="minutes_sign"),
    path("a/<slug:slug>/meetings/minutes/<int:pk>/file/", views.minutes_file, name="minutes_file"),
    path("a/<slug:slug>/meetings/minutes/<int:pk>.<str:fmt>", views.minutes_download, name="minutes_download"),
    path("a/<slug:slug>/meetings/materials/<int:pk>/", views.material, name="material"),
    path("a/<slug:slug>/meetings/items/<int:pk>/", views.item, name="item"),
    path("a/<slug:slug>/meetings/items/<int:pk>/live/", views.item_live, name="item_live"),
    path("a/<slug:slug>/meetings/items/<int:pk>/list/", views.item_list, name="item_list"),
    path("a/<slug:slug>/meetings/items/<int:pk>/withdraw/", views.item_withdraw, name="item_withdraw"),
    path("a/<slug:slug>/meetings/items/<int:pk>/take-up/", views.take_up, name="take_up"),
    path("a/<slug:slug>/meetings/items/<int:pk>/recuse/", views.recuse, name="recuse"),
    path("a/<slug:slug>/meetings/items/<int:pk>/state/", views.state, name="state"),
    path("a/<slug:slug>/meetings/items/<int:pk>/vote/", views.vote, name="vote"),
    path("a/<slug:slug>/meetings/items/<int:pk>/close/", views.close, name="close"),
    path("a/<slug:slug>/meetings/decisions/<int:pk>/", views.decision, name="decision"),
    path("a/<slug:slug>/meetings/decisions/<int:pk>/report/", views.report, name="report"),
    path("a/<slug:slug>/meetings/decisions/<int:pk>/change/", views.change, name="change"),
]
