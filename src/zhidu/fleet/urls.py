from django.urls import path

from . import views

app_name = "fleet"
urlpatterns = [
    path("fleet/", views.index, name="index"),
    path("fleet/vehicles/add/", views.add_vehicle, name="add_vehicle"),
    path("fleet/cards/add/", views.add_card, name="add_card"),
    path("fleet/vehicles/<int:vehicle_id>/", views.vehicle, name="vehicle"),
    path("fleet/vehicles/<int:vehicle_id>/refuel/", views.refuel, name="refuel"),
    path("fleet/cards/<int:card_id>/top-up/", views.top_up, name="top_up"),
    path("fleet/trips/", views.trips, name="trips"),
    path("fleet/trips/<int:trip_id>/", views.trip, name="trip"),
    path("fleet/trips/<int:trip_id>/depart/", views.depart, name="depart"),
    path("fleet/trips/<int:trip_id>/return/", views.come_back, name="come_back"),
    path("fleet/repairs/", views.repairs, name="repairs"),
    path("fleet/repairs/<int:repair_id>/settle/", views.settle, name="settle"),
    path("fleet/allowances/", views.allowances, name="allowances"),
]
