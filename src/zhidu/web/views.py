"""Server-rendered pages (zh-Hans first, English switch); htmx for live search."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from zhidu.rulebook import service


def home(request: HttpRequest) -> HttpResponse:
    return render(request, "web/home.html", {"agencies": service.agency_summaries()})


def search(request: HttpRequest) -> HttpResponse:  # completed by the web pages work
    return render(request, "web/home.html", {"agencies": service.agency_summaries()})


def compare(request: HttpRequest) -> HttpResponse:  # completed by the web pages work
    return render(request, "web/home.html", {"agencies": service.agency_summaries()})


def agency(request: HttpRequest, slug: str) -> HttpResponse:  # completed by the web pages work
    return render(request, "web/home.html", {"agencies": service.agency_summaries()})
