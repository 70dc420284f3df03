"""Shared workflow machinery (待办、期限、提醒、督办): every workflow step checked by a rule and recorded in
the ledger (``service.step``), tasks with deadlines on the working-day calendar, reminders and escalation.

The meetings and approvals apps build on it; its one public surface is ``zhidu.workflow.service``."""
