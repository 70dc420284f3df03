"""Approvals (审批): spending, receptions, vehicles, leave and duty, seals, purchases and assets; the form
says what the rules allow and who must approve, and the route follows from the verdict (issue 6)."""
