"""Laurent-von Brecht's proof of Theorem 3, piece by piece, on exact instances.

* **The reduction to** :math:`d_L \\ge d_0` **by transposition.** With
  :math:`g(B) = f(B^T)` and :math:`V_\\ell = W_\\ell^T`,
  :math:`g(V_1 \\cdots V_L) = f(W_L \\cdots W_1)`; the map :math:`W \\mapsto V` is a linear
  isometry, so local minimizers correspond.  Read as a network, :math:`V_1 \\cdots V_L`
  has the reversed dims :math:`(d_L, \\dots, d_0)`, layers :math:`U_m = W_{L+1-m}^T`,
  and :math:`\\nabla g(B) = \\nabla f(B^T)^T`.
  :func:`transpose_identity_certificate` certifies, with symbolic weights and a
  symbolic :math:`\\nabla f`, that the reversed product is :math:`A^T` and that the
  gradient blocks of the two problems are transposes of each other (so the critical
  sets correspond).  :func:`transposed_problem` writes the transposed problem of a
  squared or quartic loss with :math:`X = I` (then :math:`g(B) = \\ell(B - Y^T)`, a
  loss of the same kind), so the classifier can decide both sides.
* **Claim 1.** A tuple with the same product inside the :math:`\\varepsilon_0/2`
  neighbourhood of a local minimizer is a local minimizer.  :func:`loss_identity_certificate`
  certifies :math:`F(\\tilde W(\\delta, w)) = F(\\hat W)` as a polynomial identity in
  symbolic :math:`\\delta_k, w_k` (squared loss, any data).
* **The closing argument (18)-(21).** :func:`family_certificate` builds the family
  (16) with :math:`\\delta_k \\in \\{0, 1\\}`, :math:`w_k` the basis vectors, and a
  ``critical_family`` certificate (:mod:`symbolic.checker.critical_family`): the
  critical point condition of layer :math:`k^*` at every member forces
  :math:`\\nabla f(\\hat A) = 0`, for a symbolic :math:`\\nabla f`.

Main definitions
----------------
* :func:`transposed_problem`, :func:`transpose_identity_certificate`, :func:`transposed_verdicts`,
  :data:`CLAIM1_INSTANCES`, :func:`loss_identity_certificate`, :func:`family_certificate`,
  :data:`CLOSING_INSTANCES`.
"""

from __future__ import annotations

import itertools

import sympy
from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix
from sympy.polys.rings import ring

from symbolic.core.exact import matrix_to_strings, qq_to_str, rational_matrix
from symbolic.calculus.gradient import gradient_closed_form
from symbolic.core.losses import GeneralLoss, SquaredLoss
from symbolic.core.network import Network
from symbolic.landscape.perturbation import first_singular_index, left_kernel_vector, lvb_perturbation
from symbolic.core.products import full_product, minus
from symbolic.core.serialize import matrix_json

from proofs.checks.classify_cache import classify_problem

__all__ = ["transposed_problem", "transpose_identity_certificate", "transposed_verdicts", "CLAIM1_INSTANCES",
           "loss_identity_certificate", "perturbed_weights", "family_certificate", "CLOSING_INSTANCES"]


def _term(*factors, c="1"):
    return {"coefficient": c, "factors": list(factors)}


def _transpose_rows(rows):
    return [list(col) for col in zip(*rows)]


def transposed_problem(problem: dict) -> dict:
    """The problem :math:`g(V_1 \\cdots V_L)`, :math:`g(B) = f(B^T)`, as a network problem (needs :math:`X = I`).

    Dims reversed, layers :math:`U_m = W_{L+1-m}^T`, data :math:`(I_{d_L}, Y^T)`.

    Examples
    ========

    >>> from proofs.papers.laurent_vonbrecht_2018.theorem3 import transposed_problem
    >>> p = {"dims": [3, 1, 2], "Y": [["1", "0", "2"], ["0", "1", "0"]],
    ...      "weights": [[["1", "2", "3"]], [["4"], ["5"]]], "loss": "quartic"}
    >>> t = transposed_problem(p)
    >>> t["dims"], t["weights"], t["Y"]
    ([2, 1, 3], [[['4', '5']], [['1'], ['2'], ['3']]], [['1', '0'], ['0', '1'], ['2', '0']])
    """
    from symbolic.core.network import check_dims

    missing = [k for k in ("dims", "Y", "weights") if k not in problem]
    if missing:
        raise ValueError(f"a network problem needs the keys dims, Y and weights; missing {missing}")
    dims = check_dims(problem["dims"])
    Network(dims).exact_weights(problem["weights"])   # shapes and exact entries (floats refused)
    rational_matrix(problem["Y"], name="Y", shape=(dims[-1], dims[0]))
    d0, dL = dims[0], dims[-1]
    X = problem.get("X")
    if X is not None and X != [[str(int(i == j)) for j in range(d0)] for i in range(d0)]:
        raise ValueError("the transposed problem is a network loss of the same kind only for X = I; "
                         "with other X, g(B) = f(B^T) multiplies the data on the left")
    out = {"dims": list(reversed(problem["dims"])), "X": [[str(int(i == j)) for j in range(dL)] for i in range(dL)],
           "Y": _transpose_rows(problem["Y"]),
           "weights": [_transpose_rows(W) for W in reversed(problem["weights"])]}
    if "loss" in problem:
        out["loss"] = problem["loss"]
    return out


def transpose_identity_certificate(dims) -> dict:
    """Reversed product :math:`= A^T` and gradient blocks :math:`\\nabla_{U_{L+1-k}} G = (\\nabla_{W_k} F)^T`.

    Weights and :math:`\\nabla f(A)` (entries ``Df_pq``) are symbolic; the gradient blocks of both
    problems are the library's (Lemma 1), the checker expands every side.
    """
    L = len(dims) - 1
    loss = GeneralLoss(dims[-1], dims[0])
    R, Ws = Network(dims).symbolic_weights(extra_symbols=loss.extra_symbols())
    variables = list(R.symbols)
    A = full_product(Ws)
    G = loss.gradient(A).convert_to(A.domain)
    Us = [W.transpose() for W in reversed(Ws)]
    GF = gradient_closed_form(Ws, G)
    GG = gradient_closed_form(Us, G.transpose())
    mats = {f"W{k}": matrix_json(W, variables) for k, W in enumerate(Ws, 1)}
    mats.update({"G": matrix_json(G, variables), "A": matrix_json(A, variables),
                 "B": matrix_json(full_product(Us), variables)})
    mats.update({f"GF{k}": matrix_json(M, variables) for k, M in enumerate(GF, 1)})
    mats.update({f"GG{m}": matrix_json(M, variables) for m, M in enumerate(GG, 1)})
    eqs = [{"left": [_term("A")], "right": [_term(*[f"W{k}" for k in range(L, 0, -1)])]},
           {"left": [_term("B")], "right": [_term(*[f"W{k}^T" for k in range(1, L + 1)])]},
           {"left": [_term("B")], "right": [_term("A^T")]}]
    for k in range(1, L + 1):
        factors = ([f"W{j}^T" for j in range(k + 1, L + 1)] + ["G"] + [f"W{j}^T" for j in range(1, k)])
        eqs.append({"left": [_term(f"GF{k}")], "right": [_term(*factors)]})
        eqs.append({"left": [_term(f"GG{L + 1 - k}")], "right": [_term(f"GF{k}^T")]})
    return {"kind": "matrix_identity", "variables": [str(v) for v in variables], "matrices": mats,
            "equalities": eqs, "nonzero": ["G"], "dims": list(dims)}


def transposed_verdicts(dims, loss_name: str):
    """``[(label, problem, result, transposed problem, transposed result)]`` on Theorem 1's critical points."""
    from proofs.papers.laurent_vonbrecht_2018.landscape import theorem1_points

    X, Y, points = theorem1_points(dims, loss_name)
    out = []
    for label, Ws in points:
        problem = {"dims": list(dims), "X": matrix_to_strings(X), "Y": matrix_to_strings(Y),
                   "weights": [matrix_to_strings(W) for W in Ws], "loss": loss_name}
        tproblem = transposed_problem(problem)
        out.append((label, problem, classify_problem(problem), tproblem, classify_problem(tproblem)))
    return out


# -- Claim 1 --------------------------------------------------------------------------------------------------------

#: (name, dims, X, Y, weights, loss): local minimizers with d_k >= d_0 and a k*.  The first has rank-deficient X
#: (positive global value 1); the second is an exact fit for the quartic loss; the third is the nonsmooth witness
#: (23) of Theorem 2, a local minimizer that is not global (X, Y unused: f(x, y) = |x| + (1 - y)_+ - 1).
CLAIM1_INSTANCES = (
    ("squared loss, rank-deficient X", (2, 3, 2, 2), [["1", "0"], ["0", "0"]], [["1", "1"], ["2", "-1"]],
     [[["1", "0"], ["0", "0"], ["1", "0"]], [["1", "0", "0"], ["0", "1", "0"]], [["1", "0"], ["2", "0"]]], "squared"),
    ("quartic loss, exact fit", (2, 3, 3, 2), [["1", "0"], ["0", "1"]], [["1", "1"], ["1", "1"]],
     [[["1", "0"], ["0", "1"], ["1", "1"]], [["1", "1", "0"], ["1", "1", "0"], ["0", "0", "0"]],
      [["1", "0", "2"], ["0", "1", "1"]]], "quartic"),
    ("nonsmooth witness (23)", (1, 1, 2), None, None, [[["0"]], [["1"], ["0"]]], "nonsmooth"),
)


def perturbed_weights(weights, delta="1/10"):
    """Claim 2's perturbation with every :math:`\\delta_k = ` ``delta`` and :math:`w_k = (1, \\dots, 1)^T`."""
    kstar = first_singular_index(weights)
    L = len(weights)
    ws = {k: DomainMatrix([[QQ(1)] for _ in range(weights[k - 1].shape[0])], (weights[k - 1].shape[0], 1), QQ)
          for k in range(kstar + 1, L + 1)}
    return lvb_perturbation(weights, kstar, ws, {k: QQ(delta) for k in ws})


def loss_identity_certificate(dims, X_rows, Y_rows, rows) -> dict:
    """:math:`\\tfrac12 \\lVert \\tilde W_L \\cdots \\tilde W_1 X - Y \\rVert_F^2 = F(\\hat W)` in symbolic :math:`\\delta, w`.

    ``Ft`` is the library's loss of the perturbed tuple (a polynomial in :math:`\\delta_k, w_k`); the checker
    expands :math:`\\tfrac12 \\sum_j e_j^T (\\tilde A X - Y)^T (\\tilde A X - Y) e_j` from the perturbed
    layers and compares it with ``Ft`` and with the constant ``F0``.
    """
    Ws = Network(dims).exact_weights(rows)
    L = len(Ws)
    kstar = first_singular_index(Ws)
    names = [f"delta{k}" for k in range(kstar + 1, L + 1)] + [
        f"w{k}_{i + 1}" for k in range(kstar + 1, L + 1) for i in range(dims[k])]
    variables = sympy.symbols(names)
    R, *gens = ring(variables, QQ)
    K = R.to_domain()
    sym = dict(zip(names, gens))
    ws = {k: DomainMatrix([[sym[f"w{k}_{i + 1}"]] for i in range(dims[k])], (dims[k], 1), K)
          for k in range(kstar + 1, L + 1)}
    Wt = lvb_perturbation(Ws, kstar, ws, {k: sym[f"delta{k}"] for k in ws})
    loss = SquaredLoss(X_rows, Y_rows)
    Ft = loss.value(full_product(Wt))
    F0 = loss.value(full_product(Ws))
    n = loss.X.shape[1]
    mats = {f"Wt{k}": matrix_json(W, variables) for k, W in enumerate(Wt, 1)}
    mats.update({"X": matrix_json(loss.X, variables), "Y": matrix_json(loss.Y, variables),
                 "Ft": matrix_json(DomainMatrix([[Ft]], (1, 1), K), variables),
                 "F0": matrix_json(DomainMatrix([[K.convert(F0)]], (1, 1), K), variables)})
    for j in range(n):
        mats[f"e{j + 1}"] = [[[[[0] * len(names), "1"]] if i == j else [] ] for i in range(n)]
    up = [f"Wt{k}" for k in range(L, 0, -1)]
    upT = [f"Wt{k}^T" for k in range(1, L + 1)]
    half = "1/2"
    terms = []
    for j in range(1, n + 1):
        e, eT = f"e{j}", f"e{j}^T"
        terms += [_term(eT, "X^T", *upT, *up, "X", e, c=half), _term(eT, "X^T", *upT, "Y", e, c="-1/2"),
                  _term(eT, "Y^T", *up, "X", e, c="-1/2"), _term(eT, "Y^T", "Y", e, c=half)]
    eqs = [{"left": [_term("Ft")], "right": terms}, {"left": [_term("Ft")], "right": [_term("F0")]}]
    return {"kind": "matrix_identity", "variables": names, "matrices": mats, "equalities": eqs, "nonzero": [],
            "kstar": kstar, "value": qq_to_str(F0)}


# -- the closing argument ---------------------------------------------------------------------------------------------

#: (dims, weights): tuples with every d_k >= d_0; k* = 1, 2, 2, 1 (the witness (23)) and one with no k*.
CLOSING_INSTANCES = (
    ((2, 3, 2, 2), [[[1, 2], [2, 4], [0, 0]], [[1, 0, 1], [0, 1, 1]], [[1, 1], [0, 1]]]),
    ((2, 3, 3, 2), [[[1, 0], [0, 1], [1, 1]], [[1, 1, 0], [1, 1, 0], [0, 0, 0]], [[1, 0, 2], [0, 1, 1]]]),
    ((2, 2, 3, 2, 3), [[[1, 1], [0, 1]], [[1, 1], [2, 2], [0, 0]], [[1, 0, 1], [0, 1, 0]], [[1, 0], [0, 1], [1, 1]]]),
    ((1, 1, 2), [[[0]], [[1], [0]]]),
    ((2, 3, 2), [[[1, 0], [0, 1], [1, 1]], [[1, 2, 0], [0, 1, 1]]]),
)

MAX_MEMBERS = 512


def family_certificate(dims, rows) -> dict:
    """The family (16) with :math:`\\delta_k \\in \\{0, 1\\}`, :math:`w_k` basis vectors; a ``critical_family`` certificate.

    Examples
    ========

    >>> from proofs.papers.laurent_vonbrecht_2018.theorem3 import family_certificate
    >>> from symbolic.checker.critical_family import verify_critical_family
    >>> cert = family_certificate((1, 1, 2), [[[0]], [[1], [0]]])
    >>> cert["kstar"], len(cert["family"]), cert["conditions"], verify_critical_family(cert)[0]
    (1, 3, [1], True)
    """
    Ws = Network(dims).exact_weights(rows)
    L = len(Ws)
    kstar = first_singular_index(Ws)
    cert = {"kind": "critical_family", "dims": list(dims), "weights": [matrix_to_strings(W) for W in Ws],
            "kstar": kstar}
    if kstar is None:
        cert.update({"u": {}, "family": [], "conditions": [L]})
        return cert
    cert["u"] = {str(k): [qq_to_str(x) for row in left_kernel_vector(minus(Ws, k)).to_list() for x in row]
                 for k in range(kstar, L)}
    options = []
    for k in range(kstar + 1, L + 1):
        basis = [[str(int(i == j)) for i in range(dims[k])] for j in range(dims[k])]
        options.append([None] + [(k, w) for w in basis])
    family = []
    for choice in itertools.product(*options):
        family.append({str(c[0]): {"delta": "1", "w": c[1]} for c in choice if c is not None})
        if len(family) > MAX_MEMBERS:
            raise ValueError(f"dims {list(dims)}: more than {MAX_MEMBERS} members; use a smaller instance")
    cert.update({"family": family, "conditions": [kstar]})
    return cert
