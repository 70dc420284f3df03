"""Write src/zhidu/agencies/catalog-map.tsv (catalog section id → citation id) from the shipped rulebooks.

Run after changing a manifest: ``.venv/bin/python tools/gen_catalog_map.py``. The test
tests/core/test_catalog_map.py fails when the committed file and the importer disagree.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from zhidu.core.rulebook import importer

if __name__ == "__main__":
    path = importer.catalog_map_path()
    path.write_text(importer.catalog_map_tsv(), encoding="utf-8")
    print(f"wrote {path} ({len(importer.catalog_map())} rows)")
