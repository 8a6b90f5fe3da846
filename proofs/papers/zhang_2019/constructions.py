"""Exact constructions from Zhang's (2019) proof of Lemma 1, with ``matrix_identity`` certificates.

* Identity (1): with :math:`w_i \\ne 0`, :math:`M_k \\cdots M_{i+1} w_i = 0`, and *symbolic*
  :math:`v_i`, :math:`M_k \\cdots M_{j+1}(M_j + w_j v_j^T) \\cdots (M_1 + w_1 v_1^T) = M_k \\cdots M_1`.
* The choice of the :math:`v_i` around :math:`i^*`: a row of
  :math:`\\tilde B = \\tilde M_j \\cdots \\tilde M_1` leaves :math:`V = \\ker f'(AB)` while the
  product is unchanged (certified by :math:`G \\tilde B^T \\ne 0`).

Main definitions
----------------
* :data:`ZHANG_INSTANCES`, :func:`identity1_certificate`, :func:`row_space_certificate`.
* :func:`split_gradient_certificate` (Lemma 2), :func:`factorization_certificate` (Theorem 1),
  :func:`transposition_certificate` (the B half of Lemma 1), :func:`multitower_certificate` and
  :func:`symbolic_towers` (Corollary 2).
"""

from __future__ import annotations

import sympy
from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix
from sympy.polys.rings import ring

from symbolic.core.exact import rational_matrix
from symbolic.core.network import Network
from symbolic.landscape.perturbation import zhang_perturbation, zhang_row_space_choice
from symbolic.core.serialize import matrix_json

__all__ = [
    "ZHANG_INSTANCES",
    "factorization_certificate",
    "identity1_certificate",
    "multitower_certificate",
    "row_space_certificate",
    "split_gradient_certificate",
    "symbolic_towers",
    "transposition_certificate",
]

#: (dims, weights, split j, G): rank(M_k ... M_{j+1}) < d_j; G plays f'(AB) (d_L x d_0, nonzero);
#: i* = 1, i* = 2 and a deeper instance.
ZHANG_INSTANCES = (
    ((3, 2, 2, 3), [[[1, 0, 1], [0, 1, 1]], [[1, 1], [1, 1]], [[1, 0], [0, 1], [1, 1]]], 1,
     [[1, 1, -1], [2, 2, -2], [0, 0, 0]]),
    ((3, 3, 2, 3), [[[1, 0, 0], [0, 1, 0], [0, 0, 0]], [[1, 2, 0], [0, 0, 1]], [[1, 1], [0, 0], [2, 2]]], 2,
     [[2, -1, 0], [4, -2, 0], [0, 0, 0]]),
    ((2, 2, 2, 2, 2), [[[0, 1], [1, 0]], [[1, 0], [0, 1]], [[1, 1], [1, 1]], [[1, 0], [1, 0]]], 2,
     [[1, -1], [0, 2]]),
)


def _term(*factors):
    return {"coefficient": "1", "factors": list(factors)}


def identity1_certificate(dims, rows, j) -> dict:
    """Identity (1) with symbolic :math:`v_1, \\dots, v_j`."""
    Ms = Network(dims).exact_weights(rows)
    L = len(Ms)
    names = [f"v{i}_{p + 1}" for i in range(1, j + 1) for p in range(dims[i - 1])]
    variables = sympy.symbols(names)
    R, *gens = ring(variables, QQ)
    K = R.to_domain()
    sym = dict(zip(names, gens))
    vs = {i: DomainMatrix([[sym[f"v{i}_{p + 1}"]] for p in range(dims[i - 1])], (dims[i - 1], 1), K)
          for i in range(1, j + 1)}
    Mt, ws = zhang_perturbation(Ms, j, vs)
    mats = {f"M{k}": matrix_json(Ms[k - 1], variables) for k in range(1, L + 1)}
    mats.update({f"Mt{i}": matrix_json(Mt[i - 1], variables) for i in range(1, j + 1)})
    mats.update({f"w{i}": matrix_json(ws[i], variables) for i in ws})
    mats.update({f"v{i}": matrix_json(vs[i], variables) for i in vs})
    eqs = []
    for i in range(1, j + 1):
        eqs.append({"left": [_term(f"Mt{i}")], "right": [_term(f"M{i}"), _term(f"w{i}", f"v{i}^T")]})
        eqs.append({"left": [_term(*[f"M{k}" for k in range(L, i, -1)], f"w{i}")], "right": []})
    top = [f"M{k}" for k in range(L, j, -1)]
    eqs.append({"left": [_term(*top, *[f"Mt{i}" for i in range(j, 0, -1)])],
                "right": [_term(*[f"M{k}" for k in range(L, 0, -1)])]})
    return {"kind": "matrix_identity", "variables": names, "matrices": mats, "equalities": eqs,
            "nonzero": [f"w{i}" for i in ws]}


def row_space_certificate(dims, rows, j, G_rows, scale=None) -> dict:
    """The construction around :math:`i^*`: same product, and :math:`G \\tilde B^T \\ne 0`."""
    Ms = Network(dims).exact_weights(rows)
    L = len(Ms)
    G = rational_matrix(G_rows, name="G")
    Mt, _ = zhang_row_space_choice(Ms, j, G, QQ(1, 10) if scale is None else scale)
    mats = {f"M{k}": matrix_json(Ms[k - 1], []) for k in range(1, L + 1)}
    mats.update({f"Mt{k}": matrix_json(Mt[k - 1], []) for k in range(1, L + 1)})
    mats["G"] = matrix_json(G, [])
    Bt = Mt[0]
    for k in range(2, j + 1):
        Bt = Mt[k - 1].matmul(Bt)
    mats["GBt"] = matrix_json(G.matmul(Bt.transpose()), [])
    eqs = [{"left": [_term(*[f"Mt{k}" for k in range(L, 0, -1)])], "right": [_term(*[f"M{k}" for k in range(L, 0, -1)])]},
           {"left": [_term("GBt")], "right": [_term("G", *[f"Mt{k}^T" for k in range(1, j + 1)])]}]
    return {"kind": "matrix_identity", "variables": [], "matrices": mats, "equalities": eqs, "nonzero": ["GBt"]}


# -- Lemma 2, Theorem 1, the transposition step, Corollary 2: exact identities ------------------------------------------

def _symbolic_matrices(specs):
    """``{name: DomainMatrix}`` with one free symbol per entry (``name_pq``), all over one polynomial ring."""
    names = [f"{name}_{p + 1}{q + 1}" for name, (rows, cols) in specs.items() for p in range(rows) for q in range(cols)]
    variables = sympy.symbols(names)
    R, *gens = ring(variables, QQ)
    K = R.to_domain()
    sym = dict(zip(names, gens))
    mats = {name: DomainMatrix([[sym[f"{name}_{p + 1}{q + 1}"] for q in range(cols)] for p in range(rows)],
                               (rows, cols), K) for name, (rows, cols) in specs.items()}
    return names, variables, mats


def split_gradient_certificate(problem: dict, j: int, nonzero: str | None = None) -> dict:
    """Squared loss: :math:`f'(AB) B^T` and :math:`A^T f'(AB)` with :math:`f'(Z) = (ZX - Y)X^T`, as identities.

    Without ``nonzero`` both vanish (Lemma 2's conclusion); with ``nonzero="A"`` (or ``"B"``) the matrix
    ``GBt`` = :math:`f'(AB)B^T` (or ``AtG`` = :math:`A^T f'(AB)`) is given, shown equal to its expansion
    and nonzero.
    """
    from symbolic.core.exact import rational_matrix

    k = len(problem["dims"]) - 1
    mats = {f"M{i}": problem["weights"][i - 1] for i in range(1, k + 1)}
    mats.update({"X": problem["X"], "Y": problem["Y"]})
    Ms = [rational_matrix(mats[f"M{i}"]) for i in range(1, k + 1)]
    X, Y = rational_matrix(problem["X"]), rational_matrix(problem["Y"])
    mats = {name: matrix_json(rational_matrix(rows), []) for name, rows in mats.items()}
    prod = [f"M{i}" for i in range(k, 0, -1)]
    bt = [f"M{i}^T" for i in range(1, j + 1)]
    at = [f"M{i}^T" for i in range(j + 1, k + 1)]
    grad_A = [_term(*prod, "X", "X^T", *bt), {"coefficient": "-1", "factors": ["Y", "X^T", *bt]}]
    grad_B = [_term(*at, *prod, "X", "X^T"), {"coefficient": "-1", "factors": [*at, "Y", "X^T"]}]
    if nonzero is None:
        eqs = [{"left": grad_A, "right": []}, {"left": grad_B, "right": []}]
        return {"kind": "matrix_identity", "variables": [], "matrices": mats, "equalities": eqs, "nonzero": []}
    A, B = Ms[k - 1], Ms[0]
    for M in Ms[j:k - 1][::-1]:
        A = A.matmul(M)
    for M in Ms[1:j]:
        B = M.matmul(B)
    G = A.matmul(B).matmul(X).matmul(X.transpose()) - Y.matmul(X.transpose())
    name, value, side = ("GBt", G.matmul(B.transpose()), grad_A) if nonzero == "A" else \
        ("AtG", A.transpose().matmul(G), grad_B)
    mats[name] = matrix_json(value, [])
    return {"kind": "matrix_identity", "variables": [], "matrices": mats,
            "equalities": [{"left": [_term(name)], "right": side}], "nonzero": [name]}


def factorization_certificate(dims, j) -> dict:
    """:math:`M_k \\cdots M_{j+1} = A` and :math:`M_j \\cdots M_1 = B` for *symbolic* :math:`A, B`
    (:func:`symbolic.forms.factorization.factor_through_bottleneck`): a polynomial identity, so every
    :math:`A, B` (rank-deficient included) factors."""
    from symbolic.forms.factorization import factor_through_bottleneck

    k = len(dims) - 1
    names, variables, sym = _symbolic_matrices({"A": (dims[k], dims[j]), "B": (dims[j], dims[0])})
    Ms = factor_through_bottleneck(dims, j, sym["A"], sym["B"])
    mats = {name: matrix_json(M, variables) for name, M in sym.items()}
    mats.update({f"M{i}": matrix_json(M, variables) for i, M in enumerate(Ms, 1)})
    eqs = [{"left": [_term(*[f"M{i}" for i in range(k, j, -1)])], "right": [_term("A")]},
           {"left": [_term(*[f"M{i}" for i in range(j, 0, -1)])], "right": [_term("B")]}]
    return {"kind": "matrix_identity", "variables": names, "matrices": mats, "equalities": eqs, "nonzero": []}


def transposition_certificate(m, d, n, samples) -> dict:
    """The B half of Lemma 1 via :math:`g(Z) = f(Z^T)`: for the squared loss
    :math:`f(Z) = \\tfrac12\\lVert ZX - Y\\rVert^2`, :math:`g(Z) = \\tfrac12\\lVert X^T Z - Y^T\\rVert^2`,
    :math:`g'(Z) = X(X^T Z - Y^T)`, and :math:`\\partial_{B^T} g(B^T A^T) = g'(B^T A^T) A` is the transpose of
    :math:`\\partial_B f(AB) = A^T f'(AB)`; symbolic :math:`A, B, X, Y`."""
    names, variables, S = _symbolic_matrices({"A": (m, d), "B": (d, n), "X": (n, samples), "Y": (m, samples)})
    A, B, X, Y = S["A"], S["B"], S["X"], S["Y"]
    gprime = X.matmul(X.transpose().matmul(B.transpose()).matmul(A.transpose()) - Y.transpose())
    mats = {name: matrix_json(M, variables) for name, M in S.items()}
    mats["Gg"] = matrix_json(gprime.matmul(A), variables)
    eqs = [{"left": [_term("Gg")], "right": [_term("X", "X^T", "B^T", "A^T", "A"),
                                             {"coefficient": "-1", "factors": ["X", "Y^T", "A"]}]},
           {"left": [_term("A^T", "A", "B", "X", "X^T"), {"coefficient": "-1", "factors": ["A^T", "Y", "X^T"]}],
            "right": [_term("Gg^T")]}]
    return {"kind": "matrix_identity", "variables": names, "matrices": mats, "equalities": eqs, "nonzero": []}


def multitower_certificate(towers, variables=(), names=None) -> dict:
    """:math:`\\sum_i M_{ik_i} \\cdots M_{i1} = \\sum_i A_i B_i = AB` for towers of exact or symbolic weights
    (:func:`symbolic.forms.multitower.reduce_towers`)."""
    from symbolic.forms.multitower import reduce_towers

    A, B, parts = reduce_towers(towers)
    mats = {"A": matrix_json(A, variables), "B": matrix_json(B, variables)}
    left, middle = [], []
    for t, (Ms, (Ai, Bi)) in enumerate(zip(towers, parts), 1):
        mats.update({f"T{t}M{i}": matrix_json(M, variables) for i, M in enumerate(Ms, 1)})
        mats.update({f"A{t}": matrix_json(Ai, variables), f"B{t}": matrix_json(Bi, variables)})
        left.append(_term(*[f"T{t}M{i}" for i in range(len(Ms), 0, -1)]))
        middle.append(_term(f"A{t}", f"B{t}"))
    eqs = [{"left": left, "right": [_term("A", "B")]}, {"left": middle, "right": [_term("A", "B")]}]
    return {"kind": "matrix_identity", "variables": [str(v) for v in variables] if names is None else names,
            "matrices": mats, "equalities": eqs, "nonzero": []}


def symbolic_towers(tower_dims):
    """Towers with one free symbol per weight entry (``T<t>M<i>_pq``), and ``(names, variables)``."""
    specs = {f"T{t}M{i}": (d[i], d[i - 1]) for t, d in enumerate(tower_dims, 1) for i in range(1, len(d))}
    names, variables, S = _symbolic_matrices(specs)
    towers = [[S[f"T{t}M{i}"] for i in range(1, len(d))] for t, d in enumerate(tower_dims, 1)]
    return towers, names, variables
