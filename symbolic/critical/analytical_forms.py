r"""Zhou-Liang's Theorem 1 families of a two-layer network, each classified for every :math:`C \in GL(d_1)`.

A two-layer network :math:`L(A_1, A_2) = \tfrac12\lVert A_2 A_1 X - Y\rVert_F^2` (:math:`XX^T` invertible, the
positive eigenvalues of :math:`\Sigma = YX^T(XX^T)^{-1}XY^T` distinct and rational) has, by Theorem 1, the critical
points

.. math::

    A_2 = [U_S \;\; N K \;\; 0]\, C, \qquad
    A_1 = C^{-1} \begin{bmatrix} D_S^{-1} U_S^T Y X^+ \\ 0 \\ \Theta B_S^T \end{bmatrix}

for a captured set :math:`S` of eigenvectors, :math:`\bar p` null columns :math:`NK` and free rows
:math:`\Theta B_S^T` (the condition (3)).  :func:`analytical_form_families` writes the certificate
(:mod:`symbolic.checker.analytical_forms`): each family is ``global_min`` when its value is the least, else a
``strict_saddle`` with the pair of directions that bends a skipped eigenvector :math:`u_a` into column :math:`k`
of :math:`A_2`:

* :math:`k` a null column or a free row (:math:`|S| < d_1`): the block's determinant is
  :math:`-\sigma_a^2 |u_a|^4 \det(C)^2`;
* otherwise :math:`k` the captured :math:`u_k` of least :math:`\sigma_k < \sigma_a`:
  :math:`-\sigma_a |u_a|^4 (\sigma_a - \sigma_k) \det(C)^2`.

Main definitions
----------------
* :func:`analytical_form_families`.
"""

from __future__ import annotations

import itertools
from fractions import Fraction

import sympy

__all__ = ["analytical_form_families"]


def _text(v) -> str:
    v = Fraction(int(v.p), int(v.q)) if isinstance(v, sympy.Rational) else Fraction(v)
    return str(v.numerator) if v.denominator == 1 else f"{v.numerator}/{v.denominator}"


def _exact(rows, name):
    out = []
    for r in rows:
        row = []
        for x in r:
            if isinstance(x, float):
                raise ValueError(f"{name} entries must be exact rationals; got the float {x!r}: write it as a "
                                 "fraction string such as '1/3' or an integer")
            row.append(sympy.Rational(x))
        out.append(row)
    return sympy.Matrix(out)


def analytical_form_families(dims, X, Y, covering: dict | None = None) -> dict:
    r"""The ``analytical_form_families`` certificate of a two-layer network (``covering``, optional: a
    ``critical_set_covering`` of the same problem to bundle, which makes the least value the certified global one).

    Raises ``ValueError`` (with the reason) when the network is not two-layer, :math:`XX^T` is singular, or
    :math:`\Sigma` has an irrational or repeated positive eigenvalue.

    .. math::

        L = \tfrac12 (\operatorname{tr} YY^T - \textstyle\sum_{i \in S} \sigma_i) \text{ on family } S.

    Examples
    ========

    >>> from symbolic.critical.analytical_forms import analytical_form_families
    >>> from symbolic.checker.analytical_forms import verify_analytical_form_families
    >>> cert = analytical_form_families([2, 2, 2], [[1, 0], [0, 1]], [[2, 0], [0, 1]])
    >>> [(f["captured"], f["class"]) for f in cert["families"]]
    [([], 'strict_saddle'), ([0], 'strict_saddle'), ([1], 'strict_saddle'), ([0, 1], 'global_min')]
    >>> verify_analytical_form_families(cert)[0]
    True
    """
    dims = list(dims)
    if len(dims) != 3 or any(not isinstance(d, int) or isinstance(d, bool) or d < 1 for d in dims):
        raise ValueError(f"dims must be three positive integers [d0, d1, d2] (Theorem 1 is about two layers); "
                         f"got {dims}")
    Xm, Ym = _exact(X, "X"), _exact(Y, "Y")
    if Xm.shape[0] != dims[0] or Ym.shape[0] != dims[2] or Xm.shape[1] != Ym.shape[1]:
        raise ValueError(f"X must be d0 x m and Y d2 x m for dims {dims}; got {Xm.shape} and {Ym.shape}")
    S = Xm * Xm.T
    if S.det() == 0:
        raise ValueError("X X^T is singular: Theorem 1's families are written here for X of full row rank")
    T = Ym * Xm.T
    Sigma = T * S.inv() * T.T
    pos, null = [], []
    for ev, mult, basis in sorted(Sigma.eigenvects(), key=lambda t: -t[0]):
        if not ev.is_rational:
            raise ValueError(f"Sigma has the irrational eigenvalue {ev}: the families need rational eigenvectors")
        if ev == 0:
            null = [list(v) for v in basis]
        elif mult > 1:
            raise ValueError(f"Sigma's positive eigenvalue {ev} is repeated ({mult} times): its block V_i ranges over "
                             "a Stiefel manifold, which these families do not parametrize")
        else:
            pos.append((ev, list(basis[0])))
    d1 = dims[1]
    trace = sum((y**2 for y in Ym), sympy.Integer(0))
    fams = []
    for s in range(min(len(pos), d1) + 1):
        for Sset in itertools.combinations(range(len(pos)), s):
            for pbar in range(min(len(null), d1 - s) + 1):
                fams.append({"captured": list(Sset), "null_columns": pbar,
                             "value": (trace - sum((pos[i][0] for i in Sset), sympy.Integer(0))) / 2})
    least = min(f["value"] for f in fams)
    for f in fams:
        value = f.pop("value")
        if value == least:
            f["class"] = "global_min"
            continue
        Sset = f["captured"]
        a = next(i for i in range(len(pos)) if i not in Sset)                   # the largest skipped
        if len(Sset) < d1:
            k = len(Sset)                                                       # a null column or a free row
        else:
            k = max(range(len(Sset)), key=lambda j: Sset[j])                    # the least captured sigma
        f.update({"class": "strict_saddle", "skipped": a, "column": k})
    cert = {"kind": "analytical_form_families",
            "problem": {"dims": dims, "X": [[_text(x) for x in Xm.row(i)] for i in range(Xm.rows)],
                        "Y": [[_text(y) for y in Ym.row(i)] for i in range(Ym.rows)], "loss": "squared"},
            "eigenvectors": [{"value": _text(ev), "vector": [_text(x) for x in v]} for ev, v in pos],
            "null_basis": [[_text(x) for x in v] for v in null],
            "families": fams}
    if covering is not None:
        cert["covering"] = covering
    return cert
