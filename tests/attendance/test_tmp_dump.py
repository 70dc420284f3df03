import datetime as dt, pytest
from tests.attendance.conftest import _people
from tests.attendance.helpers import approve
from zhidu.attendance import service
from django.test import Client
@pytest.mark.django_db
def test_dump(monkeypatch):
    monkeypatch.setattr(service, "today", lambda: dt.date(2026, 11, 20))
    d=_people("district-bureau")
    from zhidu.accounts.models import User, RoleAssignment
    office=User.objects.create_user("o", password="x-Attendance-2026!", agency=d.agency)
    RoleAssignment.objects.create(user=office, agency=d.agency, role="office")
    app,_=approve("leave.request", d.agency, d["田卯"], {"leave_type":"personal","rank":"staff","start":"2026-11-09","end":"2026-11-16","reason":"家事","pay_category":"organ_clerk"}, dt.date(2026,11,2))
    service.enter_record(d.agency, office, person_name="田卯", day="2026-11-02", late=True)
    service.enter_record(d.agency, office, person_name="田卯", day="2026-11-03", status="absent")
    service.derive_absences(d.agency, "2026-11")
    sheet=service.make_sheet(d.agency, "2026-11", office)
    shift=service.add_shift(d.agency, office, day="2026-10-01", staff_name="田卯", leader_name="郭丑", leader_rank="division")
    c=Client(); c.force_login(office)
    t=Client(); t.force_login(d["田卯"])
    from zhidu.attendance.models import LeaveRecord
    rec=LeaveRecord.objects.get()
    pages={"overview": t.get("/a/district-bureau/attendance/"), "leave": t.get(f"/attendance/leave/{rec.pk}/"),
      "records": c.get("/a/district-bureau/attendance/records/?month=2026-11"), "absences": c.get("/a/district-bureau/attendance/absences/?month=2026-11"),
      "sheets": c.get("/a/district-bureau/attendance/sheets/"), "sheet": c.get(f"/attendance/sheets/{sheet.pk}/"),
      "duty": c.get("/a/district-bureau/duty/?month=2026-10"), "shift": c.get(f"/duty/{shift.pk}/")}
    for k,r in pages.items():
        html=r.content.decode()
        open(f"/tmp/att_{k}.html","w").write(html)
        assert r.status_code==200, (k, r.status_code)
        assert "{%" not in html and "{{" not in html, k
