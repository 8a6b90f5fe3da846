"""Zhang (2019), Depth Creates No More Spurious Local Minima in Linear Networks.

Main results
------------
* ``product_eq_of_kernel_rank_one_perturbation`` -- identity (1) in the proof of Lemma 1: the
  perturbations :math:`M_i + w_i v_i^T` with :math:`M_k \\cdots M_{i+1} w_i = 0` keep the product.
* ``row_not_in_kernel_of_perturbed_bottom_product`` -- the construction around :math:`i^*` in the
  proof of Lemma 1: a row of :math:`\\tilde B` leaves :math:`V = \\ker f'(AB)`, product unchanged.

References
----------
* ``zhang-2019``, "Lemma 1" (its proof: identity (1) and the choice of the :math:`v_i`).
"""

from __future__ import annotations

from .claim import Claim, Outcome
from .zhang_constructions import ZHANG_INSTANCES, identity1_certificate, row_space_certificate

__all__ = ["CLAIMS"]


def _instances(quick):
    return ZHANG_INSTANCES[:2] if quick else ZHANG_INSTANCES


def _check_identity1(quick: bool) -> Outcome:
    parts = {f"dims {d}, j = {j}": identity1_certificate(d, r, j) for d, r, j, _ in _instances(quick)}
    return Outcome("confirmed", f"{len(parts)} exact instances with rank(A) < d ({', '.join(parts)}); v_i symbolic, "
                   "so (1) holds as a polynomial identity in every v", {"kind": "bundle", "parts": parts})


def _check_row_space(quick: bool) -> Outcome:
    parts = {f"dims {d}, j = {j}": row_space_certificate(d, r, j, G) for d, r, j, G in _instances(quick)}
    return Outcome("confirmed", f"{len(parts)} exact instances ({', '.join(parts)}), i* = 1 and i* = 2 among them, "
                   "with a nonzero rational G in the role of f'(AB)", {"kind": "bundle", "parts": parts})


_CELLS = (
    """from proofs.zhang_constructions import ZHANG_INSTANCES
from symbolic import Network, full_product
from symbolic.exact import rational_matrix
from symbolic.perturbation import zhang_row_space_choice
from symbolic.products import chain

for dims, rows, j, G in ZHANG_INSTANCES:
    Ms = Network(dims).exact_weights(rows); G = rational_matrix(G)
    in_V = [G.matmul(chain(Ms, 1, i).transpose()).is_zero_matrix for i in range(1, j + 1)]
    Mt, vs = zhang_row_space_choice(Ms, j, G)
    print(dims, "rows of M_i...M_1 in V:", in_V, "| product kept:", full_product(Mt) == full_product(Ms),
          "| a row of tilde B outside V:", not G.matmul(chain(Mt, 1, j).transpose()).is_zero_matrix)""",
)

CLAIMS = (
    Claim(
        id="product_eq_of_kernel_rank_one_perturbation",
        paper="zhang-2019",
        label="Lemma 1",
        kind="claim",
        statement=(r"If $w_i \ne 0$ and $M_k \cdots M_{i+1} w_i = 0$ for $1 \le i \le j$, then for all $v_i$, "
                   r"$M_k \cdots M_{j+1} (M_j + w_j v_j^T) \cdots (M_1 + w_1 v_1^T) = M_k \cdots M_1$ (identity (1) "
                   r"in the proof of Lemma 1)."),
        source="This can be shown inductively for $i = j, \\dots, 1$.",
        check=_check_identity1,
        recorded="confirmed",
        cells=_CELLS,
    ),
    Claim(
        id="row_not_in_kernel_of_perturbed_bottom_product",
        paper="zhang-2019",
        label="Lemma 1",
        kind="claim",
        statement=(r"If $f'(AB) \ne 0$ and $\operatorname{rank} A < d$, the $v_i$ chosen around "
                   r"$i^* = \min\{i : R(M_i \cdots M_1) \subseteq V\}$, $V = \{v : f'(AB) v = 0\}$, give "
                   r"$\tilde B = \tilde M_j \cdots \tilde M_1$ with a row outside $V$ and the same product."),
        source="We have inductively constructed $\\widetilde{B} = \\widetilde{M}_j\\cdots\\widetilde{M}_1$ such that",
        check=_check_row_space,
        recorded="confirmed",
        uses=("product_eq_of_kernel_rank_one_perturbation",),
        notebook="notebooks/zhang-2019/product_eq_of_kernel_rank_one_perturbation.ipynb",
    ),
)
