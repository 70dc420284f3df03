"""The API's OpenAPI document as committed in docs/openapi.json.

    python -m zhidu.api.openapi > docs/openapi.json      (what `make openapi` runs)

tests/api/test_openapi.py fails when the committed file and this output differ.
"""

from __future__ import annotations

import json
import os
import sys


def schema_json() -> str:
    """The OpenAPI document of /api/v1/: sorted keys, indent 2, Chinese as is, newline at the end."""
    from .api import api

    schema = api.get_openapi_schema()  # paths under where zhidu.urls mounts the API (/api/v1/)
    return json.dumps(schema, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def main() -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "zhidu.settings.test")
    import django

    django.setup()
    sys.stdout.write(schema_json())
    return 0


if __name__ == "__main__":
    sys.exit(main())
