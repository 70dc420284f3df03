"""Attendance, leave balances and entitlements, the duty roster, sick-leave pay (考勤、请休假、值班)."""
