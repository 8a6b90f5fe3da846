"""Exact constructions from Zhang's (2019) proof of Lemma 1, with ``matrix_identity`` certificates.

* Identity (1): with :math:`w_i \\ne 0`, :math:`M_k \\cdots M_{i+1} w_i = 0`, and *symbolic*
  :math:`v_i`, :math:`M_k \\cdots M_{j+1}(M_j + w_j v_j^T) \\cdots (M_1 + w_1 v_1^T) = M_k \\cdots M_1`.
* The choice of the :math:`v_i` around :math:`i^*`: a row of
  :math:`\\tilde B = \\tilde M_j \\cdots \\tilde M_1` leaves :math:`V = \\ker f'(AB)` while the
  product is unchanged (certified by :math:`G \\tilde B^T \\ne 0`).

Main definitions
----------------
* :data:`ZHANG_INSTANCES`, :func:`identity1_certificate`, :func:`row_space_certificate`.
"""

from __future__ import annotations

import sympy
from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix
from sympy.polys.rings import ring

from symbolic.exact import rational_matrix
from symbolic.network import Network
from symbolic.perturbation import zhang_perturbation, zhang_row_space_choice
from symbolic.serialize import matrix_json

__all__ = ["ZHANG_INSTANCES", "identity1_certificate", "row_space_certificate"]

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


def row_space_certificate(dims, rows, j, G_rows, scale=QQ(1, 10)) -> dict:
    """The construction around :math:`i^*`: same product, and :math:`G \\tilde B^T \\ne 0`."""
    Ms = Network(dims).exact_weights(rows)
    L = len(Ms)
    G = rational_matrix(G_rows, name="G")
    Mt, vs = zhang_row_space_choice(Ms, j, G, scale)
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
