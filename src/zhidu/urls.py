from django.contrib.auth.decorators import login_not_required
from django.urls import include, path
from django.views.i18n import set_language

from zhidu.access import requires

urlpatterns = [
    path("accounts/", include("zhidu.accounts.urls")),
    path("access/", include("zhidu.access.urls")),
    path("api/v1/", include("zhidu.api.urls")),
    path("i18n/setlang/", requires("site", "set_language")(login_not_required(set_language)), name="set_language"),
    path("", include("zhidu.org.urls")),
    path("", include("zhidu.workflow.urls")),
    path("", include("zhidu.meetings.urls")),
    path("", include("zhidu.approvals.urls")),
    path("", include("zhidu.fleet.urls")),
    path("", include("zhidu.seals.urls")),
    path("", include("zhidu.assets.urls")),
    path("", include("zhidu.attendance.urls")),
    path("", include("zhidu.web.urls")),
]
