"""Regenerate resources/units/vn-units-2025-07-01.json from the vietnam-provinces package.

The package (GPL-3.0-or-later, like this project) carries the official list of
QĐ 19/2025/QĐ-TTg. It is a development dependency only: the app reads the JSON file,
and an administrator can load a newer list without a new release.

    pip install vietnam-provinces==2025.10.1 && python scripts/update_unit_list.py
"""

import json
import sys
from pathlib import Path

import vietnam_provinces

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "resources" / "units" / "vn-units-2025-07-01.json"


def main() -> int:
    nested = json.loads(Path(vietnam_provinces.NESTED_DIVISIONS_JSON_PATH).read_text("utf-8"))
    units = []
    for province in nested:
        pcode = f"{province['code']:02d}"
        units.append({"code": pcode, "name": province["name"], "type": province["division_type"], "parent": None})
        for ward in province["wards"]:
            units.append({"code": f"{ward['code']:05d}", "name": ward["name"], "type": ward["division_type"],
                          "parent": pcode})
    document = {
        "format": "danvan-unit-list",
        "version": 1,
        "id": "vn-2025-07-01",
        "name": "Danh mục đơn vị hành chính từ 01/7/2025",
        "effective_from": "2025-07-01",
        "effective_to": None,
        "source": f"QĐ 19/2025/QĐ-TTg, qua vietnam-provinces {vietnam_provinces.__version__} "
                  f"(dữ liệu {vietnam_provinces.__data_version__})",
        "units": units,
    }
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", "utf-8")
    print(f"{TARGET.relative_to(ROOT)}: {len(nested)} provinces, {len(units) - len(nested)} communes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
