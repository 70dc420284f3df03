from django.urls import path

from zhidu.access import requires

from . import views

app_name = "accounts"
urlpatterns = [
    path("login/", requires("session", "sign_in")(views.sign_in), name="login"),
    path("login/verify/", requires("session", "sign_in")(views.verify), name="verify"),
    path("logout/", requires("session", "sign_out")(views.sign_out), name="logout"),
    path("2fa/", requires("session", "enrol")(views.enrol), name="enrol"),
    path("password/", requires("session", "change_password")(views.password_change), name="password"),
]
