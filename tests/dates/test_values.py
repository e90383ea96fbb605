"""Reading resolved date values (`newsweave.dates.values`): where each starts and ends."""

import pytest

from newsweave.dates.values import end, start


@pytest.mark.parametrize(
    ("value", "first", "last"),
    [
        ("2023-09-13", "2023-09-13", "2023-09-13"),  # "onsdag" in the Danish case article
        ("2023-W36", "2023-09-04", "2023-09-10"),
        ("2022-06", "2022-06-01", "2022-06-30"),  # "Juni 2022" in the German one
        ("2024-02", "2024-02-01", "2024-02-29"),
        ("2009-Q3", "2009-07-01", "2009-09-30"),
        ("2009-WI", "2009-12-01", "2010-02-28"),
        ("1950", "1950-01-01", "1950-12-31"),
        ("199X", "1990-01-01", "1999-12-31"),
    ],
)
def test_each_value_covers_its_days(value, first, last):
    assert (start(value), end(value)) == (first, last)


def test_a_value_of_no_known_form_is_itself():
    assert end("soon") == "soon"
