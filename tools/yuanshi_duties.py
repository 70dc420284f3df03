"""Write src/zhidu/agencies/yuanshi-hrss/duties.yaml from the duty register (seed 004): one duty per
具体工作事项, held by its responsible sections. Run once after the register changes; review the diff.

    .venv/bin/python tools/yuanshi_duties.py

Frequency: "yearly" where the item's own text speaks of an annual task (年度/每年/年终), else
"continuous" (a standing duty with no calendar due date). S004-20 and S004-22 are added by hand below
the generated part (their text is prose, not register rows).
"""

from __future__ import annotations

from pathlib import Path

import yaml

from zhidu.core.rulebook.importer import agencies_dir, load_shipped

MARK = "# --- generated from the duty register by tools/yuanshi_duties.py; edit below the END line ---"
END = "# --- END of generated part ---"


def main() -> None:
    book = next(b for b in load_shipped() if b.slug == "yuanshi-hrss")
    rows = []
    for w in book.work_items:
        text = w.text.strip()
        yearly = any(k in text for k in ("年度", "每年", "年终"))
        rows.append(
            {
                "id": f"register.{w.system}.{w.item_no}",
                "system": w.system,
                "title_zh": text,
                "title_en": f"Duty item {w.duty_no}.{w.item_no} of the duty register",
                "who": list(w.sections) or ["登记表未列承办科室 (no section in the register)"],
                "frequency": "yearly" if yearly else "continuous",
                "cite": f"yuanshi-hrss:{w.system}",
                "quote": text[:24],
            }
        )
    path = agencies_dir() / "yuanshi-hrss" / "duties.yaml"
    kept = ""
    if path.exists():
        old = path.read_text(encoding="utf-8")
        if END in old:
            kept = old.split(END, 1)[1]
    body = yaml.safe_dump(rows, allow_unicode=True, sort_keys=False, width=120)
    path.write_text(f"{MARK}\n{body}{END}{kept}", encoding="utf-8")
    print(f"wrote {len(rows)} duties to {Path(path)}")


if __name__ == "__main__":
    main()
