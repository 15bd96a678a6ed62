import pytest

from danvan_desktop.domain.units import Level, parse_unit_list_csv, parse_unit_list_json, search_units
from danvan_desktop.errors import PermissionDenied, ValidationError
from danvan_desktop.services import units as unit_service
from danvan_desktop.services.auth import login
from danvan_desktop.services.users import add_user
from danvan_desktop.domain.users import Role
from danvan_desktop.storage import units_repo

LEGACY_CSV = """code,name,type,parent
08,Tỉnh Tuyên Quang,tỉnh,
070,Huyện Lâm Bình,huyện,08
02266,Xã Lăng Can,xã,070
02269,Xã Thượng Lâm,xã,070
071,Huyện Na Hang,huyện,08
02215,Thị trấn Na Hang,thị trấn,071
"""


def test_bundled_list_is_the_2025_official_list():
    unit_list = unit_service.bundled_unit_list()
    provinces = [u for u in unit_list.units if u.level is Level.PROVINCE]
    communes = [u for u in unit_list.units if u.level is Level.COMMUNE]
    assert (len(provinces), len(communes)) == (34, 3321)
    assert str(unit_list.effective_from) == "2025-07-01"
    assert unit_service.find_in_bundled("02266").name == "Xã Lâm Bình"
    assert unit_service.find_in_bundled("8").name == "Tuyên Quang"


def test_search_ignores_accents_and_d():
    unit_list = unit_service.bundled_unit_list()
    assert [u.name for u in search_units(unit_list, "lam binh", Level.COMMUNE)] == ["Xã Lâm Bình"]
    assert any(u.name == "Đồng Nai" for u in search_units(unit_list, "dong nai", Level.PROVINCE))
    tq = unit_service.find_in_bundled("08")
    inside = search_units(unit_list, "", Level.COMMUNE, parent_code=tq.code)
    assert inside and all(u.parent_code == "08" for u in inside)


def test_legacy_three_level_list_loads(admin_session):
    legacy = parse_unit_list_csv(LEGACY_CSV, list_id="vn-legacy", name="Danh mục trước 01/7/2025",
                                 effective_from="2008-01-01", effective_to="2025-06-30")
    counts = unit_service.install_unit_list(admin_session, legacy)
    assert counts == {"province": 1, "district": 2, "commune": 3}
    na_hang = units_repo.children(admin_session.db, "vn-legacy", "071")
    assert [u.name for u in na_hang] == ["Thị trấn Na Hang"]
    # The same commune code keeps its own meaning in each list.
    assert units_repo.get_unit(admin_session.db, "vn-legacy", "02266").name == "Xã Lăng Can"
    assert units_repo.get_unit(admin_session.db, "vn-2025-07-01", "02266").name == "Xã Lâm Bình"


def test_broken_list_rejected_and_nothing_changes(admin_session):
    before = unit_service.unit_lists(admin_session.store)
    with pytest.raises(ValidationError, match="không có trong danh mục"):
        parse_unit_list_csv(LEGACY_CSV.replace("02269,Xã Thượng Lâm,xã,070", "02269,Xã Thượng Lâm,xã,099"),
                            list_id="x", name="x", effective_from="2008-01-01")
    with pytest.raises(ValidationError, match="hai lần"):
        parse_unit_list_csv(LEGACY_CSV + "02266,Trùng,xã,070\n", list_id="x", name="x", effective_from="2008-01-01")
    with pytest.raises(ValidationError, match="không phải"):
        parse_unit_list_json('{"format": "something-else"}')
    assert unit_service.unit_lists(admin_session.store) == before


def test_only_admin_loads_lists(admin_session):
    add_user(admin_session, "lanhdao", "Ma Văn Thắng", Role.LEADER, "matkhau-lanhdao")
    leader = login(admin_session.store, "lanhdao", "matkhau-lanhdao")
    legacy = parse_unit_list_csv(LEGACY_CSV, list_id="vn-legacy", name="x", effective_from="2008-01-01")
    with pytest.raises(PermissionDenied):
        unit_service.install_unit_list(leader, legacy)
