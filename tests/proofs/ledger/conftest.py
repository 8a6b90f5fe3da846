"""``cpu_hog``: a process that keeps one core busy while the full-scope golden tests run beside it."""

from __future__ import annotations

import multiprocessing
import time

import pytest

#: The hog stops by itself after this many seconds, whatever happens to the test session.
HOG_LIMIT = 3600


def _hog(stop, limit):
    end = time.monotonic() + limit
    x = 0
    while not stop.is_set() and time.monotonic() < end:
        for _ in range(10000):
            x = (x * 31 + 7) % 1000003


@pytest.fixture(scope="session")
def cpu_hog():
    """One busy process beside the tests that use it (started once per session, stopped at its end)."""
    context = multiprocessing.get_context("fork")
    stop = context.Event()
    hog = context.Process(target=_hog, args=(stop, HOG_LIMIT), daemon=True)
    hog.start()
    try:
        yield hog
    finally:
        stop.set()
        hog.join(timeout=10)
        if hog.is_alive():
            hog.terminate()
            hog.join(timeout=10)
