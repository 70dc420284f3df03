"""PostgreSQL: refuse UPDATE, DELETE and TRUNCATE on the ledger, and DELETE, TRUNCATE and any rewind
of the head row. Only a session that set ``zhidu.ledger_maintenance = 'on'``
(``zhidu.ledger.service.maintenance``: flush and restore) passes. Other databases: nothing here; the
model refuses (``zhidu.ledger.models.AppendOnly``) and ``zhidu ledger verify`` catches direct edits."""

from django.db import migrations

INSTALL = r"""
CREATE OR REPLACE FUNCTION zhidu_ledger_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF coalesce(current_setting('zhidu.ledger_maintenance', true), '') = 'on' THEN
        IF TG_OP = 'DELETE' THEN
            RETURN OLD;
        END IF;
        RETURN NEW;  -- NULL for TRUNCATE (statement level): ignored there
    END IF;
    IF TG_TABLE_NAME = 'ledger_head' AND TG_OP = 'UPDATE' THEN
        IF NEW.id = OLD.id AND (NEW.seq = OLD.seq OR NEW.seq = OLD.seq + 1) THEN
            RETURN NEW;  -- appending: the number moves on by one, then the hash follows
        END IF;
    END IF;
    RAISE EXCEPTION USING
        ERRCODE = 'insufficient_privilege',
        MESSAGE = format('留痕台账只能追加，拒绝 %s（表 %s）/ the ledger is append-only: %s refused on %s',
                         TG_OP, TG_TABLE_NAME, TG_OP, TG_TABLE_NAME),
        HINT = 'zhidu ledger verify';
END;
$$;

CREATE TRIGGER ledger_entry_no_update_delete
    BEFORE UPDATE OR DELETE ON ledger_entry
    FOR EACH ROW EXECUTE FUNCTION zhidu_ledger_append_only();
CREATE TRIGGER ledger_entry_no_truncate
    BEFORE TRUNCATE ON ledger_entry
    FOR EACH STATEMENT EXECUTE FUNCTION zhidu_ledger_append_only();
CREATE TRIGGER ledger_head_forward_only
    BEFORE UPDATE OR DELETE ON ledger_head
    FOR EACH ROW EXECUTE FUNCTION zhidu_ledger_append_only();
CREATE TRIGGER ledger_head_no_truncate
    BEFORE TRUNCATE ON ledger_head
    FOR EACH STATEMENT EXECUTE FUNCTION zhidu_ledger_append_only();
"""

REMOVE = r"""
DROP TRIGGER IF EXISTS ledger_entry_no_update_delete ON ledger_entry;
DROP TRIGGER IF EXISTS ledger_entry_no_truncate ON ledger_entry;
DROP TRIGGER IF EXISTS ledger_head_forward_only ON ledger_head;
DROP TRIGGER IF EXISTS ledger_head_no_truncate ON ledger_head;
DROP FUNCTION IF EXISTS zhidu_ledger_append_only();
"""


def _run(sql):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            with schema_editor.connection.cursor() as cur:
                cur.execute(sql)  # no parameters: the % of format() stays as it is

    return run


class Migration(migrations.Migration):
    dependencies = [("ledger", "0001_initial")]

    operations = [migrations.RunPython(_run(INSTALL), _run(REMOVE))]
