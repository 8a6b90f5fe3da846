"""Verdicts do not depend on machine load: with CPU hogs on every core, the claims whose checks search (descent
curves, classification) give the same statuses, findings and certificates as the golden full-scope run."""

from __future__ import annotations

import multiprocessing
import os
import time

import pytest

from proofs.ledger import registry
from tests.proofs.ledger import golden

SEARCHING = ("local_min_not_global_of_narrow_pair_construction", "local_min_not_global_of_three_layer_example",
             "global_min_or_descent_of_degenerate_kernels", "local_min_is_global_of_full_rank_data",
             "saddle_of_deep_non_global_outside_categories")


def _hog(stop, limit):
    end = time.monotonic() + limit
    x = 0
    while not stop.is_set() and time.monotonic() < end:  # bounded: it stops by itself
        x = (x * 31 + 7) % 1000003


@pytest.mark.slow
def test_searching_claims_are_load_independent():
    expected = golden.load("full")
    context = multiprocessing.get_context("fork")
    stop = context.Event()
    hogs = [context.Process(target=_hog, args=(stop, 900)) for _ in range(2 * (os.cpu_count() or 1))]
    for h in hogs:
        h.start()
    try:
        for cid in SEARCHING:
            outcome = registry.run_claim(registry.get(cid), quick=False)
            assert outcome.certificate_ok is True
            assert golden.digest(outcome) == expected[cid], cid
    finally:
        stop.set()
        for h in hogs:
            h.join(timeout=10)
            if h.is_alive():
                h.terminate()
