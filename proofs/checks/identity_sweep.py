"""Identity claims checked on a bounded sweep of dims tuples, with their certificate.

A formula of the library (a gradient or Hessian in closed form) is a universal
statement; it is confirmed only within a scope: every dims tuple with
:math:`1 \\le L \\le` ``max_depth`` and widths :math:`1..` ``max_width``
(:func:`symbolic.calculus.sweep.dims_tuples`).  :func:`sweep_outcome` runs the
library's comparison on every tuple and returns the :class:`~proofs.ledger.claim.Outcome`
with an ``identity_sweep`` certificate (see :mod:`symbolic.checker.identities`),
which the separate checker recomputes tuple by tuple: on every tuple when
confirmed, on the failing tuples (``"holds": false``) when refuted.

Main definitions
----------------
* :data:`QUICK`, :data:`FULL` -- the two scopes, ``(max_depth, max_width)``.
* :func:`scope_tuples`, :func:`sweep_outcome`, :func:`data_entry`.
"""

from __future__ import annotations

from symbolic.checker.identities import dims_key
from symbolic.calculus.sweep import dims_tuples, sweep_data

from proofs.ledger.claim import Outcome

__all__ = ["QUICK", "FULL", "scope_tuples", "scope_text", "data_entry", "sweep_outcome"]

#: ``--quick``: L <= 3, widths <= 2 (28 tuples).
QUICK = (3, 2)
#: The full scope: L <= 4, widths <= 3 (360 tuples).
FULL = (4, 3)


def scope_tuples(quick: bool) -> list[tuple[int, ...]]:
    """The dims tuples of the quick or the full scope.

    Examples
    ========

    >>> from proofs.checks.identity_sweep import scope_tuples
    >>> len(scope_tuples(True)), len(scope_tuples(False))
    (28, 360)
    """
    return dims_tuples(*(QUICK if quick else FULL))


def scope_text(quick: bool) -> str:
    max_depth, max_width = QUICK if quick else FULL
    return f"every dims tuple with L <= {max_depth} and widths <= {max_width} ({len(scope_tuples(quick))} tuples)"


def data_entry(dims) -> dict:
    """The fixed exact data of :func:`symbolic.calculus.sweep.sweep_data` in certificate form."""
    X, Y = sweep_data(dims)
    return {"X": X, "Y": Y}


def sweep_outcome(identity: str, cases, holds, scope: str, data=None) -> Outcome:
    """Run ``holds(case)`` on every case; certify the result.

    ``cases`` are dims tuples; ``data(dims)`` gives the certificate data of a
    tuple (``None``: the identity needs no data).  All hold: confirmed, and
    the certificate lists every tuple.  Some fail: refuted, and the
    certificate lists the failing tuples with ``"holds": false``.
    """
    cases = [tuple(d) for d in cases]
    failing = [d for d in cases if not holds(d)]
    listed = failing or cases
    cert = {"kind": "identity_sweep", "identity": identity, "dims": [list(d) for d in listed],
            "data": {dims_key(d): data(d) for d in listed} if data is not None else {},
            "holds": not failing}
    if failing:
        shown = ", ".join(str(d) for d in failing[:5]) + (" ..." if len(failing) > 5 else "")
        return Outcome("refuted", f"{scope}: fails on {len(failing)} of {len(cases)} tuples", cert,
                       details=f"failing dims: {shown}")
    return Outcome("confirmed", scope, cert)
