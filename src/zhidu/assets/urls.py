from django.urls import path

from . import views

app_name = "assets"
urlpatterns = [
    path("assets/", views.index, name="index"),
    path("assets/receive/", views.receive, name="receive"),
    path("assets/stock/", views.stock, name="stock"),
    path("assets/stock/<int:item_id>/issue/", views.issue, name="issue"),
    path("assets/counts/", views.counts, name="counts"),
    path("assets/counts/open/", views.open_count, name="open_count"),
    path("assets/counts/<int:count_id>/", views.count, name="count"),
    path("assets/counts/<int:count_id>/lines/<int:line_id>/", views.count_line, name="count_line"),
    path("assets/counts/<int:count_id>/surplus/", views.surplus, name="surplus"),
    path("assets/counts/<int:count_id>/close/", views.close_count, name="close_count"),
    path("assets/<int:asset_id>/", views.asset, name="asset"),
    path("assets/<int:asset_id>/assign/", views.assign, name="assign"),
]
