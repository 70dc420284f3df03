from django.urls import path

from . import views

app_name = "attendance"
urlpatterns = [
    path("attendance/", views.home, name="home"),
    path("a/<slug:slug>/attendance/", views.overview, name="overview"),
    path("a/<slug:slug>/attendance/records/", views.records, name="records"),
    path("a/<slug:slug>/attendance/records/new/", views.record_new, name="record_new"),
    path("a/<slug:slug>/attendance/records/import/", views.record_import, name="record_import"),
    path("a/<slug:slug>/attendance/absences/", views.absences, name="absences"),
    path("a/<slug:slug>/attendance/absences/derive/", views.absences_derive, name="absences_derive"),
    path("a/<slug:slug>/attendance/sheets/", views.sheets, name="sheets"),
    path("a/<slug:slug>/attendance/sheets/new/", views.sheet_new, name="sheet_new"),
    path("a/<slug:slug>/duty/", views.duty, name="duty"),
    path("a/<slug:slug>/duty/new/", views.duty_new, name="duty_new"),
    path("attendance/leave/<int:pk>/", views.leave_detail, name="leave"),
    path("attendance/leave/<int:pk>/close/", views.leave_close, name="leave_close"),
    path("attendance/leave/<int:pk>/file/", views.leave_file, name="leave_file"),
    path("attendance/sheets/<int:pk>/", views.sheet_detail, name="sheet"),
    path("attendance/sheets/<int:pk>/sign/", views.sheet_sign, name="sheet_sign"),
    path("attendance/sheets/<int:pk>/submit/", views.sheet_submit, name="sheet_submit"),
    path("duty/<int:pk>/", views.shift_detail, name="shift"),
    path("duty/<int:pk>/log/", views.shift_log, name="shift_log"),
    path("duty/<int:pk>/pay/", views.shift_pay, name="shift_pay"),
]
