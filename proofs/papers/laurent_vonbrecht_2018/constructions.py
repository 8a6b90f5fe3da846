"""Exact constructions from Laurent-von Brecht's proof of Theorem 3 and their certificates.

* Claim 2: on an instance with :math:`d_k \\ge d_0`, find :math:`k^*` (the first
  :math:`W_{k,-}` with a kernel), rational :math:`u_k` with :math:`u_k^T W_{k,-} = 0`,
  and perturb with *symbolic* :math:`\\delta_k` and :math:`w_k`; the certificate
  (``matrix_identity``) states the perturbation, the left-kernel equations, a
  kernel vector of :math:`W_{k^*,-}`, left inverses of :math:`W_{k,-}` for
  :math:`k < k^*` (so :math:`k^*` is the first), and :math:`\\tilde W_{k,-} = W_{k,-}`
  for :math:`k \\ge k^*` as polynomial identities in the :math:`\\delta, w`.
* The concluding remark on critical points: with every :math:`W_k = 0` and
  :math:`L \\ge 3`, every gradient block :math:`W_{k+1,+}^T G W_{k-1,-}^T` vanishes for
  a symbolic :math:`G = \\nabla f(0)`.

Main definitions
----------------
* :data:`CLAIM2_INSTANCES`, :func:`claim2_certificate`, :func:`zero_tuple_certificate`.
"""

from __future__ import annotations

import sympy
from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix
from sympy.polys.rings import ring

from symbolic.core.network import Network
from symbolic.landscape.perturbation import first_singular_index, left_kernel_vector, lvb_perturbation, right_kernel_vector
from symbolic.core.pinv import pinv
from symbolic.core.products import minus
from symbolic.core.serialize import matrix_json

__all__ = ["CLAIM2_INSTANCES", "claim2_certificate", "zero_tuple_certificate", "misindexed_conditions_certificate",
           "MISINDEXED_POINT"]

#: (dims, weights): k* = 1, k* = 2, and a deeper k* = 2 instance; all widths >= d0.
CLAIM2_INSTANCES = (
    ((2, 3, 2, 2), [[[1, 2], [2, 4], [0, 0]], [[1, 0, 1], [0, 1, 1]], [[1, 1], [0, 1]]]),
    ((2, 3, 3, 2), [[[1, 0], [0, 1], [1, 1]], [[1, 1, 0], [1, 1, 0], [0, 0, 0]], [[1, 0, 2], [0, 1, 1]]]),
    ((2, 2, 3, 2, 3), [[[1, 1], [0, 1]], [[1, 1], [2, 2], [0, 0]], [[1, 0, 1], [0, 1, 0]], [[1, 0], [0, 1], [1, 1]]]),
)


def _term(*factors, c="1"):
    return {"coefficient": c, "factors": list(factors)}


def _chain_names(prefix, hi, lo=1):
    return [f"{prefix}{k}" for k in range(hi, lo - 1, -1)]


def claim2_certificate(dims, rows) -> dict:
    """The certificate of Claim 2 on one instance (see the module docstring)."""
    net = Network(dims)
    Ws = net.exact_weights(rows)
    L = net.depth
    kstar = first_singular_index(Ws)
    if kstar is None:
        raise ValueError(f"dims {list(dims)}: every W_(k,-), k < L, is injective; Claim 2 needs k*")
    names = [f"delta{k}" for k in range(kstar + 1, L + 1)] + [
        f"w{k}_{i + 1}" for k in range(kstar + 1, L + 1) for i in range(dims[k])]
    variables = sympy.symbols(names)
    R, *gens = ring(variables, QQ)
    K = R.to_domain()
    sym = dict(zip(names, gens))
    ws = {k: DomainMatrix([[sym[f"w{k}_{i + 1}"]] for i in range(dims[k])], (dims[k], 1), K) for k in range(kstar + 1, L + 1)}
    deltas = {k: sym[f"delta{k}"] for k in range(kstar + 1, L + 1)}
    Wt = lvb_perturbation(Ws, kstar, ws, deltas)
    mats = {f"W{k}": matrix_json(Ws[k - 1], variables) for k in range(1, L + 1)}
    mats.update({f"Wt{k}": matrix_json(Wt[k - 1], variables) for k in range(1, L + 1)})
    mats[f"I{dims[0]}"] = matrix_json(DomainMatrix.eye(dims[0], QQ).to_dense(), variables)
    eqs, nonzero = [], []
    z = right_kernel_vector(minus(Ws, kstar))
    mats["z"] = matrix_json(z, variables)
    eqs.append({"left": [_term(*_chain_names("W", kstar), "z")], "right": []})
    nonzero.append("z")
    for k in range(1, kstar):  # W_(k,-) injective: a left inverse
        mats[f"Linv{k}"] = matrix_json(pinv(minus(Ws, k)), variables)
        eqs.append({"left": [_term(f"Linv{k}", *_chain_names("W", k))], "right": [_term(f"I{dims[0]}")]})
    for k in range(1, kstar + 1):
        eqs.append({"left": [_term(f"Wt{k}")], "right": [_term(f"W{k}")]})
    for k in range(kstar + 1, L + 1):
        mats[f"u{k - 1}"] = matrix_json(left_kernel_vector(minus(Ws, k - 1)), variables)
        mats[f"w{k}"] = matrix_json(ws[k], variables)
        mats[f"d{k}"] = [[[[[1 if v == f"delta{k}" else 0 for v in names], "1"]]]]
        eqs.append({"left": [_term(f"u{k - 1}^T", *_chain_names("W", k - 1))], "right": []})
        eqs.append({"left": [_term(f"Wt{k}")], "right": [_term(f"W{k}"), _term(f"w{k}", f"d{k}", f"u{k - 1}^T")]})
        nonzero.append(f"u{k - 1}")
    for k in range(kstar, L + 1):
        eqs.append({"left": [_term(*_chain_names("Wt", k))], "right": [_term(*_chain_names("W", k))]})
    return {"kind": "matrix_identity", "variables": names, "matrices": mats, "equalities": eqs,
            "nonzero": nonzero, "dims": list(dims), "kstar": kstar}


def zero_tuple_certificate(dims) -> dict:
    """Every gradient block vanishes at the zero tuple for a symbolic :math:`G` (needs :math:`L \\ge 3`)."""
    L = len(dims) - 1
    d_out, d_in = dims[-1], dims[0]
    names = [f"G{p + 1}{q + 1}" for p in range(d_out) for q in range(d_in)]
    mats = {f"W{k}": [[[] for _ in range(dims[k - 1])] for _ in range(dims[k])] for k in range(1, L + 1)}
    mats["G"] = [[[[[1 if n == f"G{p + 1}{q + 1}" else 0 for n in names], "1"]] for q in range(d_in)]
                 for p in range(d_out)]
    eqs = []
    for k in range(1, L + 1):
        left = [f"W{j}^T" for j in range(k + 1, L + 1)] + ["G"] + [f"W{j}^T" for j in range(1, k)]
        eqs.append({"left": [_term(*left)], "right": []})
    return {"kind": "matrix_identity", "variables": names, "matrices": mats, "equalities": eqs, "nonzero": ["G"],
            "dims": list(dims)}


#: An exact point of dims (2, 2, 2, 2, 2) with squared-loss data, for the notation check.
MISINDEXED_POINT = {"dims": (2, 2, 2, 2, 2), "X": [["1", "2"], ["0", "-1"]], "Y": [["1", "0"], ["2", "1"]],
                    "weights": [[["1", "1"], ["0", "2"]], [["1", "0"], ["1", "1"]], [["2", "1"], ["0", "1"]],
                                [["1", "-1"], ["1", "1"]]]}


def misindexed_conditions_certificate(k: int = 3) -> dict:
    """At :data:`MISINDEXED_POINT`: the remarks' :math:`W_{k+1,+}^T G W_{k-1,-}^T` (with their definitions) minus the
    gradient of :math:`W_k` (Lemma 1 with eq. (5)) is a nonzero matrix, and :math:`G = (AX - Y)X^T`."""
    from symbolic.core.exact import rational_matrix
    from symbolic.calculus.gradient import gradient_closed_form
    from symbolic.core.losses import SquaredLoss
    from symbolic.core.products import chain, full_product

    P = MISINDEXED_POINT
    Ws = Network(P["dims"]).exact_weights(P["weights"])
    L = len(Ws)
    loss = SquaredLoss(P["X"], P["Y"])
    G = loss.gradient(full_product(Ws))
    true_k = gradient_closed_form(Ws, G)[k - 1]
    # the remarks' W_{k+1,+} = W_L ... W_{k+2} and W_{k-1,-} = W_{k-2} ... W_1
    remark_k = chain(Ws, k + 2, L).transpose().matmul(G).matmul(chain(Ws, 1, k - 2).transpose())
    mats = {f"W{j}": matrix_json(W, []) for j, W in enumerate(Ws, 1)}
    mats.update({"X": matrix_json(rational_matrix(P["X"]), []), "Y": matrix_json(rational_matrix(P["Y"]), []),
                 "G": matrix_json(G, []), "D": matrix_json(remark_k - true_k, [])})
    up = lambda lo, hi: [f"W{j}^T" for j in range(lo, hi + 1)]  # noqa: E731  (W_hi ... W_lo)^T
    prod = [f"W{j}" for j in range(L, 0, -1)]
    eqs = [{"left": [_term("G")], "right": [_term(*prod, "X", "X^T"), _term("Y", "X^T", c="-1")]},
           {"left": [_term("D")], "right": [_term(*up(k + 2, L), "G", *up(1, k - 2)),
                                            _term(*up(k + 1, L), "G", *up(1, k - 1), c="-1")]}]
    return {"kind": "matrix_identity", "variables": [], "matrices": mats, "equalities": eqs, "nonzero": ["D"],
            "k": k}
