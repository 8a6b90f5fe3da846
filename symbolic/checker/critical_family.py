"""Checker: critical point conditions on a product-preserving family force :math:`\\nabla f(\\hat A) = 0`.

The closing argument of Laurent-von Brecht's proof of Theorem 3 ((18)-(21) and
the final induction): with :math:`d_k \\ge d_0` for all :math:`k`, :math:`k^*` the
first :math:`k` with :math:`\\ker \\hat W_{k,-} \\ne \\{0\\}`, and :math:`u_k \\ne 0`,
:math:`u_k^T \\hat W_{k,-} = 0` (:math:`k \\ge k^*`), every tuple of the family (16)

.. math::

    \\tilde W_k = \\hat W_k \\ (k \\le k^*), \\qquad
    \\tilde W_k = \\hat W_k + \\delta_k w_k u_{k-1}^T \\ (k > k^*)

has the product :math:`\\hat A`, so :math:`\\nabla f(\\tilde A) = G := \\nabla f(\\hat A)`.
If the critical point condition of layer :math:`k^*`,
:math:`\\tilde W_{k^*+1,+}^T\\, G\\, \\tilde W_{k^*-1,-}^T = 0`, holds at every member,
then :math:`G = 0`.  On an instance this is linear algebra: the conditions are linear
in the :math:`d_L d_0` entries of :math:`G`, and the checker verifies that the
stacked system has rank :math:`d_L d_0`.  When no :math:`k^*` exists
(``"kstar": null``), the family is :math:`\\hat W` alone and the condition is the
last layer's, :math:`G \\hat W_{L-1,-}^T = 0` (the first step of the proof).

Certificate::

    {"kind": "critical_family", "dims": [d0, ..., dL], "weights": [W1 rows, ...],
     "kstar": k or null, "u": {"k": [entries], ...} for k = k*..L-1,
     "family": [{"k": {"delta": "q", "w": [entries]}, ...}, ...], "conditions": [k, ...]}

The checker recomputes everything from the weights with Fractions: :math:`k^*`
(ranks of the truncated products), :math:`u_k^T \\hat W_{k,-} = 0` and
:math:`u_k \\ne 0`, each member and its product (equal to :math:`\\hat A`), the
linear system, and its rank.

Main definitions
----------------
* :func:`verify_critical_family`.
"""

from __future__ import annotations


from .assumptions import rank
from .poly import chain_product, frac, frac_matrix, mat_mul

__all__ = ["verify_critical_family", "condition_rows"]




def condition_rows(Ws, dims, k):
    """Rows of the linear map :math:`G \\mapsto W_{k+1,+}^T G W_{k-1,-}^T` (G row by row).

    Entry (i, j) of the block is :math:`\\sum_{p,q} (W_{k+1,+})_{pi} G_{pq} (W_{k-1,-})_{jq}`.

    Examples
    ========

    >>> from fractions import Fraction
    >>> from symbolic.checker.critical_family import condition_rows
    >>> Ws = [[[Fraction(0)]], [[Fraction(1)], [Fraction(2)]]]   # dims (1, 1, 2)
    >>> condition_rows(Ws, [1, 1, 2], 1)     # W2^T G: one row in (G11, G21)
    [[Fraction(1, 1), Fraction(2, 1)]]
    """
    L = len(Ws)
    P = chain_product(Ws, k + 1, L, dims[k])           # d_L x d_k
    Q = chain_product(Ws, 1, k - 1, dims[0])           # d_{k-1} x d_0
    dL, d0 = dims[-1], dims[0]
    rows = []
    for i in range(dims[k]):
        for j in range(dims[k - 1]):
            rows.append([P[p][i] * Q[j][q] for p in range(dL) for q in range(d0)])
    return rows


def verify_critical_family(cert: dict) -> tuple[bool, str]:
    """Recompute the family and the rank of its critical point conditions; ``(ok, reason)``.

    Examples
    ========

    >>> from symbolic.checker.critical_family import verify_critical_family
    >>> cert = {"kind": "critical_family", "dims": [1, 1, 2], "weights": [[["0"]], [["1"], ["0"]]],
    ...         "kstar": 1, "u": {"1": ["1"]}, "conditions": [1],
    ...         "family": [{}, {"2": {"delta": "1", "w": ["0", "1"]}}]}
    >>> verify_critical_family(cert)
    (True, 'k* = 1; 2 members keep the product; their conditions of layers [1] have rank 2 = d_L d_0, so grad f = 0')
    """
    if cert.get("kind") != "critical_family":
        return False, f"not a critical_family certificate (kind {cert.get('kind')!r})"
    try:
        return _verify(cert)
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        return False, f"malformed critical_family certificate: {exc}"


def _verify(cert):
    dims = cert["dims"]
    if not isinstance(dims, list) or len(dims) < 3 or any(isinstance(d, bool) or not isinstance(d, int) or d < 1
                                                          for d in dims):
        return False, "dims must be a list of at least three positive integers (L >= 2)"
    L, d0 = len(dims) - 1, dims[0]
    if any(d < d0 for d in dims):
        return False, "the argument needs d_k >= d_0 for every k (reduce by transposition first)"
    Ws = [frac_matrix(W) for W in cert["weights"]]
    if len(Ws) != L or any(len(W) != dims[k] or any(len(r) != dims[k - 1] for r in W) for k, W in enumerate(Ws, 1)):
        return False, "the weights do not have the shapes of dims"
    ranks = [rank(chain_product(Ws, 1, k, d0)) for k in range(1, L)]
    kstar = next((k for k, r in enumerate(ranks, 1) if r < d0), None)
    if cert["kstar"] != kstar:
        return False, f"k* is {kstar}, not {cert['kstar']}"
    conditions = cert["conditions"]
    if not conditions or any(isinstance(k, bool) or not isinstance(k, int) or not 1 <= k <= L for k in conditions):
        return False, "conditions must list layers in 1..L"
    A = chain_product(Ws, 1, L, d0)
    members = []
    if kstar is None:
        if cert.get("family") not in (None, [], [{}]):
            return False, "without k* the family is the point itself"
        members.append(Ws)
    else:
        us = {}
        for k in range(kstar, L):
            u = [frac(x) for x in cert["u"][str(k)]]
            if len(u) != dims[k] or not any(u):
                return False, f"u_{k} must be a nonzero vector of length d_{k}"
            if any(x != 0 for x in mat_mul([u], chain_product(Ws, 1, k, d0))[0]):
                return False, f"u_{k}^T W_({k},-) is not zero"
            us[k] = u
        for m, member in enumerate(cert["family"]):
            if any(int(key) <= kstar or int(key) > L for key in member):
                return False, f"member {m} perturbs a layer outside k*+1..L"
            Wt = [list(map(list, W)) for W in Ws]
            for key, pert in member.items():
                k = int(key)
                delta, w = frac(pert["delta"]), [frac(x) for x in pert["w"]]
                if len(w) != dims[k]:
                    return False, f"member {m}: w_{k} must have length d_{k}"
                u = us[k - 1]
                Wt[k - 1] = [[Wt[k - 1][i][j] + delta * w[i] * u[j] for j in range(dims[k - 1])]
                             for i in range(dims[k])]
            if chain_product(Wt, 1, L, d0) != A:
                return False, f"member {m} changes the product"
            members.append(Wt)
    rows = [row for Wt in members for k in conditions for row in condition_rows(Wt, dims, k)]
    r = rank(rows) if rows else 0
    if r != dims[-1] * d0:
        return False, f"the conditions have rank {r} < d_L d_0 = {dims[-1] * d0}: they do not force grad f = 0"
    return True, (f"k* = {kstar}; {len(members)} members keep the product; their conditions of layers "
                  f"{conditions} have rank {r} = d_L d_0, so grad f = 0")
