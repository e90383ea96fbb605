"""What `--dask` accepts."""

import pytest

from newsweave.scale import Local, Scheduler, SpecError, parse_spec


@pytest.mark.parametrize(
    ("value", "spec"),
    [
        ("local:1", Local(1)),
        ("local:16", Local(16)),
        (" local:2 ", Local(2)),
        ("tcp://scheduler:8786", Scheduler("tcp://scheduler:8786")),
        ("tcp://10.0.0.5:8786", Scheduler("tcp://10.0.0.5:8786")),
        ("tls://dask.example.org:8786", Scheduler("tls://dask.example.org:8786")),
        ("tcp://[::1]:8786", Scheduler("tcp://[::1]:8786")),
    ],
)
def test_the_two_forms(value, spec):
    assert parse_spec(value) == spec
    assert str(spec) == value.strip()


@pytest.mark.parametrize(
    ("value", "says"),
    [
        ("local:0", "1 worker or more"),
        ("local:two", "is not a Dask cluster; use local:N"),
        ("local", "is not a Dask cluster"),
        ("scheduler:8786", "is not a Dask cluster"),
        ("tcp://scheduler", "is not a Dask cluster"),
        ("http://scheduler:8786", "starts with tcp://, tls://, ws://, wss://"),
        ("tcp://scheduler:99999", "99999 is not a port number"),
        ("", "is not a Dask cluster"),
    ],
)
def test_anything_else_is_refused_with_the_forms(value, says):
    with pytest.raises(SpecError, match=says.replace("/", "/")):
        parse_spec(value)
