"""Summing figures across units."""

from danvan_desktop.bundles.consolidate import leaves, sum_figures


def test_sum_is_recursive_and_tolerates_missing_keys():
    a = {"format": 1, "unit": {"code": "1"}, "period": {"id": "p"}, "petitions": {"received": 2, "by_kind": {"x": 1}},
         "models": {"meets_expectation": True, "expected_min": 1}}
    b = {"format": 1, "unit": {"code": "2"}, "petitions": {"received": 3, "by_kind": {"x": 2, "y": 5}, "note": "t"},
         "models": {"meets_expectation": False, "expected_min": 1}}
    total = sum_figures([a, b])
    assert total == {"petitions": {"received": 5, "by_kind": {"x": 3, "y": 5}},
                     "models": {"meets_expectation": 1, "expected_min": 2}}
    assert sum_figures([]) == {}
    assert leaves(total) == [("models.expected_min", 2), ("models.meets_expectation", 1),
                             ("petitions.by_kind.x", 3), ("petitions.by_kind.y", 5), ("petitions.received", 5)]
