r"""A spurious local minimum of a two-layer network with a convex loss, and its lifts to deeper networks.

Zhang's Theorems 1-2 say something only where :math:`L_2` has a spurious local minimum; with the squared loss it has
none (Corollary 1).  With the convex, differentiable quartic loss
:math:`f(M) = \tfrac14 \sum_{ij} ((MX - Y)_{ij})^4` it can.  The witness (dims :math:`(2, 1, 2)`, bottleneck
:math:`d_1 = 1 < \min(d_0, d_2)`):

.. math::

    X = \begin{pmatrix} 1 & 0 & 1 \\ 0 & 1 & 1 \end{pmatrix},\quad
    Y = \begin{pmatrix} 0 & -1 & 2 \\ -2 & 1 & 2 \end{pmatrix},\quad
    B = M_1 = (1\ 0),\quad A = M_2 = (1\ 0)^T .

It was built backwards: with :math:`P = AB = e_1 e_1^T` the residual is :math:`R = PX - Y =
\begin{pmatrix} 1 & 1 & -1 \\ 2 & -1 & -2 \end{pmatrix}`, :math:`f'(P) = R^{\circ 3} X^T = \operatorname{diag}(0, -9)`
(so :math:`f'(P) B^T = 0 = A^T f'(P)`: critical, and :math:`f'(P) \ne 0`), and the Hessian, PSD with kernel the
:math:`GL_1` orbit, makes it a local minimum (``morse_bott``); :math:`f = 9 > 17/2 = f(A'B')` at
:math:`A' = (0, 1)^T`, :math:`B' = (-2\ 2)`, so it is not global.  Each lift
:math:`M_k \cdots M_{j+1} = A`, :math:`M_j \cdots M_1 = B` uses full-rank identity blocks, and its
certificate carries the lifted lower point.

Main definitions
----------------
* :data:`SPURIOUS_PAIR`, :data:`LOWER_PAIR`, :data:`SPURIOUS_LIFTS`, :func:`spurious_problem`,
  :func:`certified_local_min`.
"""

from __future__ import annotations

from proofs.checks.classify_cache import classify_problem

__all__ = ["SPURIOUS_DATA", "SPURIOUS_PAIR", "LOWER_PAIR", "SPURIOUS_LIFTS", "spurious_problem", "certified_local_min"]

SPURIOUS_DATA = {"X": [["1", "0", "1"], ["0", "1", "1"]], "Y": [["0", "-1", "2"], ["-2", "1", "2"]],
                 "loss": "quartic"}
#: (A, B) of the spurious local minimum and of a point with a smaller value.
SPURIOUS_PAIR = ([["1"], ["0"]], [["1", "0"]])
LOWER_PAIR = ([["0"], ["1"]], [["-2", "2"]])

_I2 = [["1", "0"], ["0", "1"]]
_ONE = [["1"]]


def _lift(dims, A, B):
    """Weights M_1..M_k with M_k...M_(j+1) = A, M_j...M_1 = B (identity blocks), for the dims of SPURIOUS_LIFTS."""
    pattern = {(2, 1, 2): [B, A], (2, 1, 1, 2): [B, _ONE, A], (2, 2, 1, 2): [_I2, B, A],
               (2, 1, 2, 2): [B, A, _I2], (2, 2, 1, 2, 2): [_I2, B, A, _I2]}
    return pattern[tuple(dims)]


#: dims of the lifts (j: the bottleneck layer); the quick scope is the first.
SPURIOUS_LIFTS = ((2, 1, 1, 2), (2, 2, 1, 2), (2, 1, 2, 2), (2, 2, 1, 2, 2))


def spurious_problem(dims=(2, 1, 2), lower: bool = False) -> dict:
    """The network problem of the (lifted) spurious point, or of its lifted lower point.

    Examples
    ========

    >>> from proofs.papers.zhang_2019.spurious import spurious_problem
    >>> spurious_problem((2, 2, 1, 2))["weights"]
    [[['1', '0'], ['0', '1']], [['1', '0']], [['1'], ['0']]]
    """
    A, B = LOWER_PAIR if lower else SPURIOUS_PAIR
    return {"dims": list(dims), **SPURIOUS_DATA, "weights": _lift(dims, A, B)}


def certified_local_min(dims=(2, 1, 2)):
    """``(problem, result)``: the classification of the (lifted) point as a local minimum that is not global.

    Where the classifier's own search finds no lower point (it searches rational points near small ones), the
    lifted lower point is supplied; the separate checker recomputes its value and every other fact.  ``None`` as the
    result when the classifier gives no local-minimum argument.
    """
    problem = spurious_problem(dims)
    result = classify_problem(problem)
    if result["verdict"] == "local_min":
        return problem, result
    argument = result.get("evidence", {}).get("local_minimum_argument")
    if result["verdict"] != "inconclusive" or not argument:
        return problem, None
    lower = spurious_problem(dims, lower=True)["weights"]
    result = {k: v for k, v in result.items() if k not in ("evidence", "seconds", "certificate")}
    result["verdict"] = "local_min"
    result["certificate"] = dict(argument, not_global={"kind": "lower_point", "point": lower, "value": "17/2",
                                                       "how": "the lower point (A', B') of L_2, lifted"})
    return problem, result
