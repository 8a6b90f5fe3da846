"""Zhou-Liang's analytical form of the critical points of a deep linear network (Theorem 3), exactly over QQ.

For :math:`L_D = \\tfrac12 \\lVert A_\\ell \\cdots A_1 X - Y \\rVert_F^2`, write
:math:`A_{(i,j)} = A_i \\cdots A_j`, :math:`X_k = A_{(k,1)} X` (:math:`X_0 = X`) and
:math:`\\Sigma_k = Y X_k^+ X_k Y^T`.  Theorem 3 builds a point recursively, for
:math:`k = 0, \\dots, \\ell - 2`:

.. math::

    A_{k+1} = C_k^{-1} V_k^T U_k^T Y X_k^+ + L_{k+1} - C_k^{-1} V_k^T V_k C_k L_{k+1} X_k X_k^+ \\quad (4),
    \\qquad A_{(\\ell,k+2)} = U_k V_k C_k \\quad (5),

i.e. step :math:`k` is Theorem 1's form (:mod:`symbolic.forms.analytical_forms`) of the pair
:math:`(A_{k+1}, A_{(\\ell,k+2)})` on the data :math:`(X_k, Y)`; :math:`A_\\ell` is the product of the
last step.  The products prescribed by (5) must factor through the layers:

.. math::

    A_{(\\ell,k)} = A_{(\\ell,k+1)} A_k, \\qquad
    (I - P_{\\mathrm{col}(A_{(\\ell,k+1)})}) Y X^T A_{(\\ell-1,1)}^T = 0 \\qquad (k = 2, \\dots, \\ell - 1) \\quad (6),

where the left sides of the first equation and the projector use the products *prescribed* by (5)
(the second equation is our reading of the garbled print; its proof derives it from
:math:`\\nabla_{A_\\ell} L_D = 0`).  Each step uses the rational parametrization of
:mod:`symbolic.forms.analytical_forms` (eigenvector columns :math:`W_k`, :math:`C_0`, :math:`L`), so a step needs a
rational spectrum of :math:`\\Sigma_k`.

Main definitions
----------------
* :class:`DeepForm`, :func:`deep_critical_point` (the constructor), :func:`recover_deep_form` (the converse).
* :func:`deep_gradients`, :func:`product`.
"""

from __future__ import annotations

from dataclasses import dataclass

from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix

from symbolic.forms.analytical_forms import _qq, entries_equal, form_of_layer_pair, shallow_critical_point

__all__ = ["DeepForm", "deep_critical_point", "deep_gradients", "product", "recover_deep_form"]


def product(Ws, n: int | None = None) -> DomainMatrix:
    """:math:`W_t \\cdots W_1` for ``Ws = [W_1, ..., W_t]``; the identity of size ``n`` when ``Ws`` is empty."""
    if not Ws:
        return DomainMatrix.eye(n, QQ).to_dense()
    A = Ws[0]
    for W in Ws[1:]:
        A = W.matmul(A)
    return A


def deep_gradients(Ws, X, Y) -> list:
    """:math:`\\nabla_{A_k} L_D = A_{(\\ell,k+1)}^T E (A_{(k-1,1)} X)^T`, :math:`E = A_{(\\ell,1)} X - Y`.

    Examples
    ========

    >>> from symbolic.core.exact import rational_matrix
    >>> from symbolic.forms.deep_forms import deep_gradients
    >>> I = rational_matrix([[1]])
    >>> [G.to_Matrix() for G in deep_gradients([I, I, I], I, rational_matrix([[2]]))]
    [Matrix([[-1]]), Matrix([[-1]]), Matrix([[-1]])]
    """
    E = product(Ws).matmul(X) - Y
    out = []
    for k in range(len(Ws)):
        G = E.matmul(product(Ws[:k], X.shape[0]).matmul(X).transpose())
        if k + 1 < len(Ws):
            G = product(Ws[k + 1:]).transpose().matmul(G)
        out.append(G)
    return out


def _zero(M) -> bool:
    return all(v == 0 for v in M.to_list_flat())


@dataclass(frozen=True)
class DeepForm:
    """A point of :math:`L_D` with one Theorem 1 step per :math:`k = 0, \\dots, \\ell - 2`.

    ``steps[k]`` is a :class:`~symbolic.forms.analytical_forms.ShallowForm` on the data :math:`(X_k, Y)`: its ``A1`` is
    :math:`A_{k+1}`, its ``A2`` the product :math:`A_{(\\ell,k+2)}` prescribed by (5), its ``pattern`` the
    :math:`(p_1(k), \\dots; \\bar p(k))` of :math:`\\Sigma_k`.  ``weights`` are :math:`A_1, \\dots, A_\\ell`
    (:math:`A_\\ell` = the last step's ``A2``).
    """

    X: DomainMatrix
    Y: DomainMatrix
    steps: tuple
    weights: tuple

    @property
    def depth(self) -> int:
        return len(self.weights)

    def consistency(self) -> tuple:
        """(6), first equation, for :math:`k = 2, \\dots, \\ell - 1`: prescribed
        :math:`A_{(\\ell,k)} = A_{(\\ell,k+1)} A_k` (prescribed on the right too)."""
        return tuple(entries_equal(self.steps[k - 2].A2, self.steps[k - 1].A2.matmul(self.weights[k - 1]))
                     for k in range(2, self.depth))

    def condition6(self) -> tuple:
        """(6), second equation, for :math:`k = 2, \\dots, \\ell - 1` (projector of the prescribed product)."""
        d = self.Y.shape[0]
        top = product(list(self.weights[:-1])).matmul(self.X).transpose()  # (A_(l-1,1) X)^T
        out = []
        for k in range(2, self.depth):
            P = self.steps[k - 1].projector()
            out.append(_zero((DomainMatrix.eye(d, QQ).to_dense() - P).matmul(self.Y).matmul(top)))
        return tuple(out)

    def is_critical(self) -> bool:
        return all(_zero(G) for G in deep_gradients(list(self.weights), self.X, self.Y))

    def patterns(self) -> tuple:
        return tuple(F.pattern for F in self.steps)


def _check_dims(dims, X, Y):
    if not isinstance(dims, (list, tuple)) or len(dims) < 3 or any(
            not isinstance(d, int) or isinstance(d, bool) or d < 1 for d in dims):
        raise ValueError(f"dims must be at least three positive integers [d0, d1, ..., dl]; got {dims!r}")
    if X.shape[0] != dims[0] or Y.shape[0] != dims[-1] or X.shape[1] != Y.shape[1]:
        raise ValueError(f"X must be d0 x m and Y dl x m with dims {list(dims)}; got X {X.shape[0]} x {X.shape[1]}, "
                         f"Y {Y.shape[0]} x {Y.shape[1]}")


def deep_critical_point(X, Y, dims, patterns, C0s=None, Ls=None, basis=None) -> DeepForm:
    """Theorem 3's recursion with the pattern ``patterns[k]`` of :math:`\\Sigma_k` at step :math:`k`.

    ``C0s[k]`` (default identity) and ``Ls[k]`` (:math:`L_{k+1}`, default zero) are the step's
    :math:`C_0` and :math:`L`; ``basis`` (optional, a rational orthogonal matrix of eigenvectors of every
    :math:`\\Sigma_k`, e.g. of :math:`\\Sigma_0` when all :math:`L = 0`) picks the eigenvector columns.
    Raises ``ValueError`` when a :math:`\\Sigma_k` has no rational spectrum or a pattern does not fit.
    The result need not satisfy (6) nor be critical: see :meth:`DeepForm.consistency`.

    Examples
    ========

    >>> from symbolic.forms.deep_forms import deep_critical_point
    >>> D = deep_critical_point([[1, 0], [0, 1]], [[3, 0], [0, 1]], [2, 2, 2, 2], [(1, 1), (1, 0)])
    >>> [A.to_Matrix().tolist() for A in D.weights]
    [[[3, 0], [0, 1]], [[1, 0], [0, 0]], [[1, 0], [0, 0]]]
    >>> D.consistency(), D.is_critical()
    ((False,), True)
    """
    X, Y = _qq(X, "X"), _qq(Y, "Y")
    _check_dims(dims, X, Y)
    ell = len(dims) - 1
    if len(patterns) != ell - 1:
        raise ValueError(f"one pattern per step k = 0..{ell - 2}; got {len(patterns)}")
    steps, Xk = [], X
    for k in range(ell - 1):
        F = shallow_critical_point(Xk, Y, dims[k + 1], patterns[k], C0=None if C0s is None else C0s[k],
                                   L1=None if Ls is None else Ls[k], basis=basis, require_condition3=False)
        if F.A1.shape != (dims[k + 1], dims[k]):
            raise ValueError(f"step {k}: L must be {dims[k + 1]} x {dims[k]}")  # pragma: no cover
        steps.append(F)
        Xk = F.A1.matmul(Xk)
    weights = tuple(F.A1 for F in steps) + (steps[-1].A2,)
    return DeepForm(X, Y, tuple(steps), weights)


def recover_deep_form(X, Y, weights, basis=None) -> DeepForm:
    """The converse of Theorem 3: the steps :math:`(L_{k+1}, V_k, C_k)` of a critical point of :math:`L_D`.

    Each step is :func:`~symbolic.forms.analytical_forms.form_of_layer_pair` of :math:`(A_{k+1}, A_{(\\ell,k+2)})` on
    :math:`(X_k, Y)`.  Raises ``ValueError`` if the point is not critical or a column space is not spanned by
    eigenvectors of rational eigenvalues (of columns of ``basis`` when given).

    Examples
    ========

    >>> from symbolic.forms.deep_forms import recover_deep_form
    >>> Ws = [[[3, 0], [0, 0]], [[1, 0], [0, 0]], [[1, 0], [0, 1]]]
    >>> D = recover_deep_form([[1, 0], [0, 1]], [[3, 0], [0, 1]], Ws)
    >>> D.patterns(), D.consistency(), D.condition6()
    (((1, 0), (1, 1)), (True,), (True,))
    """
    X, Y = _qq(X, "X"), _qq(Y, "Y")
    Ws = tuple(_qq(W, f"A{k + 1}") for k, W in enumerate(weights))
    _check_dims([X.shape[0]] + [W.shape[0] for W in Ws], X, Y)
    for k in range(1, len(Ws)):
        if Ws[k].shape[1] != Ws[k - 1].shape[0]:
            raise ValueError(f"A{k + 1} has {Ws[k].shape[1]} columns but A{k} has {Ws[k - 1].shape[0]} rows")
    if not all(_zero(G) for G in deep_gradients(list(Ws), X, Y)):
        raise ValueError("the point is not critical (a gradient block is nonzero); recovery needs a critical point")
    steps = []
    for k in range(len(Ws) - 1):
        Xk = product(list(Ws[:k]), X.shape[0]).matmul(X)
        steps.append(form_of_layer_pair(Xk, Y, Ws[k], product(list(Ws[k + 1:])), basis=basis))
    return DeepForm(X, Y, tuple(steps), Ws)
