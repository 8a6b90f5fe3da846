"""Zhou-Liang's analytical form of the critical points of a shallow linear network, exactly over QQ.

For :math:`L(A_1, A_2) = \\tfrac12 \\lVert A_2 A_1 X - Y \\rVert_F^2` with
:math:`\\Sigma = Y X^+ X Y^T = U \\Lambda U^T` (eigenvalues
:math:`\\sigma_1 > \\dots > \\sigma_r > 0` of multiplicities :math:`m_i`, and
:math:`\\bar m` zeros), Zhou-Liang (2018) Theorem 1 writes every critical point as

.. math::

    A_1 = C^{-1} V^T U^T Y X^+ + L_1 - C^{-1} V^T V C L_1 X X^+, \\qquad A_2 = U V C,

with :math:`V = [\\operatorname{diag}(V_1, \\dots, V_r, \\bar V), 0]`, :math:`V_i`
(:math:`m_i \\times p_i`) and :math:`\\bar V` (:math:`\\bar m \\times \\bar p`) with
orthonormal columns, :math:`C` invertible, and condition (3)
:math:`P_{\\mathrm{col}(UV)^\\perp} Y X^T L_1^T C^T P_{\\ker V} = 0`.

Orthonormal bases of rational subspaces are irrational in general, so we store
:math:`UV` up to a positive scaling of its columns: :math:`UV = [W D^{-1/2}, 0]`,
where the columns of the rational :math:`W` (:math:`d_2 \\times \\rho`,
:math:`\\rho = \\operatorname{rank} A_2`) are mutually orthogonal eigenvectors of
:math:`\\Sigma`, :math:`D = W^T W` (diagonal), and
:math:`C = \\operatorname{diag}(D^{1/2}, I) C_0` with a rational invertible :math:`C_0`.
Every quantity of the theorem is then rational:

.. math::

    A_2 = [W, 0] C_0, \\quad
    C^{-1} V^T U^T = C_0^{-1} \\begin{pmatrix} D^{-1} W^T \\\\ 0 \\end{pmatrix}, \\quad
    C^{-1} V^T V C = C_0^{-1} \\operatorname{diag}(I_\\rho, 0) C_0, \\quad
    C^T P_{\\ker V} = C_0^T \\operatorname{diag}(0, I), \\quad
    P_{\\mathrm{col}(UV)} = W D^{-1} W^T .

The pattern :math:`(p_1, \\dots, p_r; \\bar p)` counts the columns of :math:`W` in
each eigenspace.  Eigenvalues are found exactly (rational roots of the
characteristic polynomial over QQ); an eigenspace of an irrational eigenvalue has
no rational vector, so patterns use rational eigenvalues only, and the
irreducible factors of higher degree are reported.

Main definitions
----------------
* :func:`sigma_matrix`, :func:`rational_spectrum`, :class:`Eigenspace`.
* :func:`condition3_rows` -- the rows allowed below the rank in :math:`C_0 L_1` by (3).
* :class:`ShallowForm`, :func:`shallow_critical_point` (the constructor),
  :func:`recover_shallow_form` (the converse), :func:`gradients`, :func:`loss_value`.
"""

from __future__ import annotations

from dataclasses import dataclass

from sympy import Poly, Symbol
from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix

from symbolic.core.exact import rational_matrix
from symbolic.core.pinv import pinv

__all__ = ["Eigenspace", "ShallowForm", "entries_equal", "sigma_matrix", "rational_spectrum", "gram_schmidt",
           "shallow_critical_point",
           "recover_shallow_form", "form_of_layer_pair", "gradients", "loss_value", "form_from_columns",
           "condition3_rows"]


def _qq(M, name="matrix"):
    if isinstance(M, DomainMatrix):
        return M.convert_to(QQ).to_dense()
    return rational_matrix(M, name=name)


def _eye(n):
    return DomainMatrix.eye(n, QQ).to_dense()


def _zeros(r, c):
    return DomainMatrix.zeros((r, c), QQ).to_dense()


def entries_equal(A, B) -> bool:
    """Entrywise equality (DomainMatrix ``==`` also compares the dense/sparse format)."""
    return A.shape == B.shape and A.to_list() == B.to_list()


def _col(M, j):
    return M.extract(list(range(M.shape[0])), [j])


def _hstack(cols, rows):
    if not cols:
        return _zeros(rows, 0)
    return DomainMatrix.hstack(*cols)


def sigma_matrix(X, Y) -> DomainMatrix:
    """:math:`\\Sigma = Y X^+ X Y^T` (``d2 x d2``), exactly.

    Examples
    ========

    >>> from symbolic.forms.analytical_forms import sigma_matrix
    >>> sigma_matrix([[1, 0], [0, 0]], [[2, 1], [0, 3]]).to_Matrix()
    Matrix([
    [4, 0],
    [0, 0]])
    """
    X, Y = _qq(X, "X"), _qq(Y, "Y")
    return Y.matmul(pinv(X)).matmul(X).matmul(Y.transpose())


def gram_schmidt(cols) -> list:
    """Mutually orthogonal rational columns spanning the same space (no normalization; zero columns dropped)."""
    out = []
    for v in cols:
        w = v
        for u in out:
            w = w - u * (u.transpose().matmul(v)[0, 0].element / u.transpose().matmul(u)[0, 0].element)
        if any(x != 0 for x in w.to_list_flat()):
            out.append(w)
    return out


@dataclass(frozen=True)
class Eigenspace:
    """A rational eigenvalue of :math:`\\Sigma` and an orthogonal rational basis (columns) of its eigenspace."""

    value: object
    basis: tuple

    @property
    def multiplicity(self) -> int:
        return len(self.basis)


def rational_spectrum(Sigma: DomainMatrix):
    """``(eigenspaces, irrational_factors)``: positive rational eigenvalues in decreasing order, then 0 (if any).

    ``irrational_factors`` are the irreducible factors (coefficient lists over QQ,
    highest first) of degree at least 2 of the characteristic polynomial.

    Examples
    ========

    >>> from symbolic.core.exact import rational_matrix
    >>> from symbolic.forms.analytical_forms import rational_spectrum
    >>> spaces, rest = rational_spectrum(rational_matrix([[2, 1, 0], [1, 2, 0], [0, 0, 0]]))
    >>> [(str(s.value), s.multiplicity) for s in spaces], rest
    ([('3', 1), ('1', 1), ('0', 1)], [])
    >>> rational_spectrum(rational_matrix([[2, 1], [1, 1]]))[1]
    [['1', '-3', '1']]
    """
    key = (Sigma.domain, Sigma.shape, tuple(Sigma.to_list_flat()))  # the same data recurs under many seeded points: keep the answer
    if key not in _SPECTRA:
        _SPECTRA[key] = _rational_spectrum(Sigma)
    spaces, rest = _SPECTRA[key]
    return list(spaces), [list(r) for r in rest]


_SPECTRA: dict = {}


def _rational_spectrum(Sigma: DomainMatrix):
    n = Sigma.shape[0]
    x = Symbol("x")
    p = Poly([QQ.to_sympy(c) for c in Sigma.charpoly()], x, domain=QQ)
    roots, rest = [], []
    for f, _ in p.factor_list()[1]:
        if f.degree() == 1:
            a, b = f.all_coeffs()
            roots.append(QQ.from_sympy(-b / a))
        else:
            rest.append([str(c) for c in f.monic().all_coeffs()])
    roots = sorted(set(roots), key=lambda v: (v == 0, -v))
    spaces = []
    for lam in roots:
        if lam < 0:
            raise ValueError(f"Sigma has the negative eigenvalue {lam}; Sigma = Y X^+ X Y^T is positive semidefinite")
        N = (Sigma - _eye(n) * lam).nullspace()
        basis = gram_schmidt([N.extract([i], list(range(n))).transpose() for i in range(N.shape[0])])
        spaces.append(Eigenspace(lam, tuple(basis)))
    return spaces, rest


@dataclass(frozen=True)
class ShallowForm:
    """A point in Zhou-Liang's analytical form (see the module docstring for the rational parametrization).

    ``values`` are the eigenvalues of the blocks (positive decreasing, then 0),
    ``multiplicities`` the :math:`m_i` (and :math:`\\bar m` last when 0 is an eigenvalue),
    ``pattern`` the :math:`p_i` (and :math:`\\bar p`), ``W`` the chosen eigenvector
    columns (block by block), ``C0`` and ``L1`` as in the module docstring.
    """

    X: DomainMatrix
    Y: DomainMatrix
    values: tuple
    multiplicities: tuple
    pattern: tuple
    W: DomainMatrix
    column_values: tuple
    C0: DomainMatrix
    L1: DomainMatrix
    A1: DomainMatrix
    A2: DomainMatrix

    @property
    def rank(self) -> int:
        return self.W.shape[1]

    @property
    def D(self) -> DomainMatrix:
        return self.W.transpose().matmul(self.W)

    def projector(self) -> DomainMatrix:
        """:math:`P_{\\mathrm{col}(A_2)} = W D^{-1} W^T`."""
        if self.rank == 0:
            return _zeros(self.W.shape[0], self.W.shape[0])
        return self.W.matmul(self.D.inv()).matmul(self.W.transpose())

    def condition3(self) -> DomainMatrix:
        """The left side of (3): :math:`(I - P) Y X^T L_1^T C_0^T \\operatorname{diag}(0, I)`."""
        d1, d2 = self.C0.shape[0], self.W.shape[0]
        K = DomainMatrix([[QQ(int(i == j and i >= self.rank)) for j in range(d1)] for i in range(d1)], (d1, d1), QQ)
        return (_eye(d2) - self.projector()).matmul(self.Y).matmul(self.X.transpose()).matmul(
            self.L1.transpose()).matmul(self.C0.transpose()).matmul(K)

    def satisfies_condition3(self) -> bool:
        return all(v == 0 for v in self.condition3().to_list_flat())

    def predicted_loss(self):
        """Proposition 1's value :math:`\\tfrac12(\\operatorname{tr} YY^T - \\sum_i p_i \\sigma_i)`."""
        tr = sum((v * v for v in self.Y.to_list_flat()), QQ.zero)
        return (tr - sum(self.column_values, QQ.zero)) / 2

    def is_critical(self) -> bool:
        G1, G2 = gradients(self.A1, self.A2, self.X, self.Y)
        return all(v == 0 for v in G1.to_list_flat() + G2.to_list_flat())


def gradients(A1, A2, X, Y):
    """:math:`(\\nabla_{A_1} L, \\nabla_{A_2} L) = (A_2^T E X^T, E X^T A_1^T)`, :math:`E = A_2 A_1 X - Y`."""
    E = A2.matmul(A1).matmul(X) - Y
    return A2.transpose().matmul(E).matmul(X.transpose()), E.matmul(X.transpose()).matmul(A1.transpose())


def loss_value(A1, A2, X, Y):
    """:math:`\\tfrac12 \\lVert A_2 A_1 X - Y \\rVert_F^2`, exactly."""
    E = A2.matmul(A1).matmul(X) - Y
    return sum((v * v for v in E.to_list_flat()), QQ.zero) / 2


def form_from_columns(X, Y, W, column_values, values, multiplicities, pattern, C0, L1) -> ShallowForm:
    """Evaluate (1)-(2) in the rational parametrization for given eigenvector columns ``W``."""
    X, Y, C0, L1 = _qq(X, "X"), _qq(Y, "Y"), _qq(C0, "C0"), _qq(L1, "L1")
    d2, rho = W.shape
    d1 = C0.shape[0]
    if C0.shape != (d1, d1) or C0.det() == 0:                   # (the determinant: 10x cheaper than the rank)
        raise ValueError(f"C must be an invertible {d1} x {d1} matrix")
    if rho > min(d1, d2):
        raise ValueError(f"the pattern has {rho} columns, more than min(d1, d2) = {min(d1, d2)}")
    Ci = C0.inv()
    Wpad = DomainMatrix.hstack(W, _zeros(d2, d1 - rho)) if rho else _zeros(d2, d1)
    A2 = Wpad.matmul(C0)
    Xp = pinv(X)
    if rho:
        top = W.transpose().matmul(Y).matmul(Xp)
        Dinv = W.transpose().matmul(W).inv()
        G = DomainMatrix.vstack(Dinv.matmul(top), _zeros(d1 - rho, Xp.shape[1])) if d1 > rho \
            else Dinv.matmul(top)
    else:
        G = _zeros(d1, Xp.shape[1])
    J = DomainMatrix([[QQ(int(i == j and i < rho)) for j in range(d1)] for i in range(d1)], (d1, d1), QQ)
    A1 = Ci.matmul(G) + L1 - Ci.matmul(J).matmul(C0).matmul(L1).matmul(X).matmul(Xp)
    return ShallowForm(X, Y, tuple(values), tuple(multiplicities), tuple(pattern), W, tuple(column_values),
                       C0, L1, A1, A2)


def shallow_critical_point(X, Y, d1: int, pattern, C0=None, L1=None, basis=None, require_condition3=True):
    """Theorem 1's point for the block pattern ``pattern`` = :math:`(p_1, \\dots, p_r[, \\bar p])`.

    ``basis`` (optional) is a ``d2 x d2`` rational matrix whose columns are mutually
    orthogonal eigenvectors of :math:`\\Sigma` (e.g. a rational orthogonal :math:`U`);
    block :math:`i` uses the first :math:`p_i` of its columns in eigenspace :math:`i`.
    By default each eigenspace's basis is the Gram-Schmidt orthogonalized nullspace.
    ``C0`` defaults to the identity and ``L1`` to zero.  With ``require_condition3``
    a violated (3) raises ``ValueError``.

    Examples
    ========

    >>> from symbolic.forms.analytical_forms import shallow_critical_point
    >>> F = shallow_critical_point([[1, 0], [0, 1]], [[2, 0], [0, 1]], 1, (0, 1))
    >>> F.A2.to_Matrix().T, F.A1.to_Matrix(), F.is_critical(), str(F.predicted_loss())
    (Matrix([[0, 1]]), Matrix([[0, 1]]), True, '2')
    """
    X, Y = _qq(X, "X"), _qq(Y, "Y")
    d2 = Y.shape[0]
    if not isinstance(d1, int) or isinstance(d1, bool) or d1 < 1:
        raise ValueError(f"d1 must be a positive integer; got {d1!r}")
    spaces, _ = rational_spectrum(sigma_matrix(X, Y))
    pattern = tuple(int(p) for p in pattern)
    if len(pattern) != len(spaces):
        raise ValueError(f"the pattern needs one entry per rational eigenvalue {[str(s.value) for s in spaces]}; "
                         f"got {list(pattern)}")
    if basis is not None:
        B = _qq(basis, "basis")
        Sigma = sigma_matrix(X, Y)
        cols = [_col(B, j) for j in range(B.shape[1])]
    cols_out, col_vals = [], []
    for s, p in zip(spaces, pattern):
        if p < 0 or p > s.multiplicity:
            raise ValueError(f"p = {p} for eigenvalue {s.value} of multiplicity {s.multiplicity}; need 0 <= p <= m")
        if basis is None:
            chosen = list(s.basis[:p])
        else:
            chosen = [c for c in cols if entries_equal(Sigma.matmul(c), c * s.value)][:p]
            if len(chosen) < p:
                raise ValueError(f"the basis has fewer than {p} eigenvectors for eigenvalue {s.value}")
        cols_out += chosen
        col_vals += [s.value] * p
    W = _hstack(cols_out, d2)
    gram = W.transpose().matmul(W)
    if any(gram[i, j].element != 0 for i in range(W.shape[1]) for j in range(W.shape[1]) if i != j):
        raise ValueError("the chosen eigenvectors are not mutually orthogonal")
    C0 = _eye(d1) if C0 is None else _qq(C0, "C0")
    L1 = _zeros(d1, X.shape[0]) if L1 is None else _qq(L1, "L1")
    F = form_from_columns(X, Y, W, col_vals, [s.value for s in spaces], [s.multiplicity for s in spaces], pattern,
                          C0, L1)
    if require_condition3 and not F.satisfies_condition3():
        raise ValueError("L1 and C violate condition (3); pass require_condition3=False to build the point anyway")
    return F


def _complete_rows(top: DomainMatrix, n: int) -> DomainMatrix:
    rows = top
    for i in range(n):
        if rows.shape[0] == n:
            break
        e = DomainMatrix([[QQ(int(j == i)) for j in range(n)]], (1, n), QQ)
        cand = DomainMatrix.vstack(rows, e) if rows.shape[0] else e
        if cand.rank() == cand.shape[0]:
            rows = cand
    return rows


def recover_shallow_form(X, Y, A1, A2) -> ShallowForm:
    """The converse of Theorem 1: ``(L1, V, C)`` and the pattern of an exact critical point.

    Raises ``ValueError`` if the point is not critical, or if :math:`\\mathrm{col}(A_2)`
    is not spanned by eigenvectors of rational eigenvalues.

    Examples
    ========

    >>> from symbolic.forms.analytical_forms import recover_shallow_form
    >>> F = recover_shallow_form([[1, 0], [0, 1]], [[2, 0], [0, 1]], [[1, 0]], [[2], [0]])
    >>> F.pattern, F.W.to_Matrix().T, F.C0.to_Matrix(), F.L1.to_Matrix()
    ((1, 0), Matrix([[1, 0]]), Matrix([[2]]), Matrix([[0, 0]]))
    """
    X, Y, A1, A2 = _qq(X, "X"), _qq(Y, "Y"), _qq(A1, "A1"), _qq(A2, "A2")
    G1, G2 = gradients(A1, A2, X, Y)
    if any(v != 0 for v in G1.to_list_flat() + G2.to_list_flat()):
        raise ValueError("the point is not critical (a gradient block is nonzero); recovery needs a critical point")
    F = form_of_layer_pair(X, Y, A1, A2)
    if not F.satisfies_condition3():
        raise ValueError("internal: the recovered form violates (3)")  # pragma: no cover
    return F


def form_of_layer_pair(X, Y, A1, A2, basis=None) -> ShallowForm:
    """``(L1, V, C)`` with (1)-(2) for a pair whose :math:`\\mathrm{col}(A_2)` is spanned by eigenvectors of
    :math:`\\Sigma` and with :math:`\\nabla_{A_1} L = 0`; criticality in :math:`A_2` is not required.

    This is the step of Theorem 3: in a deep network, :math:`(A_{k+1}, A_{(\\ell,k+2)})` on the data
    :math:`(A_{(k,1)}X, Y)` has this shape at every critical point.  With ``basis`` (a rational matrix of
    mutually orthogonal eigenvectors of :math:`\\Sigma`) the columns are the basis columns inside
    :math:`\\mathrm{col}(A_2)`.  Raises ``ValueError`` otherwise.

    Examples
    ========

    >>> from symbolic.forms.analytical_forms import form_of_layer_pair
    >>> F = form_of_layer_pair([[1, 0], [0, 1]], [[2, 0], [0, 1]], [[1, 0]], [[2], [0]])
    >>> F.pattern, F.C0.to_Matrix(), F.L1.to_Matrix()
    ((1, 0), Matrix([[2]]), Matrix([[0, 0]]))
    """
    X, Y, A1, A2 = _qq(X, "X"), _qq(Y, "Y"), _qq(A1, "A1"), _qq(A2, "A2")
    d2, d1 = A2.shape
    spaces, _ = rational_spectrum(sigma_matrix(X, Y))
    P = A2.matmul(pinv(A2))
    cols, vals, pattern = [], [], []
    Sigma = sigma_matrix(X, Y)
    for s in spaces:
        if basis is None:
            E = _hstack(list(s.basis), d2)
            PE = P.matmul(E)
            chosen = gram_schmidt([_col(PE, j) for j in range(PE.shape[1])])
        else:
            B = _qq(basis, "basis")
            chosen = [c for c in (_col(B, j) for j in range(B.shape[1]))
                      if entries_equal(Sigma.matmul(c), c * s.value) and entries_equal(P.matmul(c), c)]
        cols += chosen
        vals += [s.value] * len(chosen)
        pattern.append(len(chosen))
    W = _hstack(cols, d2)
    rho = W.shape[1]
    if rho != A2.rank():
        raise ValueError("col(A2) is not spanned by eigenvectors of rational eigenvalues of Sigma")
    top = W.transpose().matmul(W).inv().matmul(W.transpose()).matmul(A2) if rho else _zeros(0, d1)
    C0 = _complete_rows(top, d1)
    F0 = form_from_columns(X, Y, W, vals, [s.value for s in spaces], [s.multiplicity for s in spaces], pattern,
                           C0, _zeros(d1, X.shape[0]))
    L1 = A1 - F0.A1  # = A1 - C^{-1} V^T U^T Y X^+
    F = form_from_columns(X, Y, W, vals, F0.values, F0.multiplicities, pattern, C0, L1)
    if not (entries_equal(F.A1, A1) and entries_equal(F.A2, A2)):
        raise ValueError("A1 is not of the form (1) for this A2 (the gradient in A1 is nonzero)")
    return F


def condition3_rows(X, Y, W) -> DomainMatrix:
    """A basis (rows) of :math:`\\{z \\in \\mathbb{Q}^{1 \\times d_0} : z X Y^T (I - W D^{-1} W^T) = 0\\}`.

    Condition (3) says exactly that the rows of :math:`C_0 L_1` below the first
    :math:`\\rho = \\operatorname{rank} A_2` lie in this space.

    Examples
    ========

    >>> from symbolic.core.exact import rational_matrix
    >>> from symbolic.forms.analytical_forms import condition3_rows
    >>> condition3_rows(rational_matrix([[1, 0], [0, 1]]), rational_matrix([[2, 0], [0, 1]]),
    ...                 rational_matrix([[1], [0]])).to_Matrix()
    Matrix([[1, 0]])
    """
    X, Y = _qq(X, "X"), _qq(Y, "Y")
    d2 = Y.shape[0]
    if W.shape[1]:
        P = W.matmul(W.transpose().matmul(W).inv()).matmul(W.transpose())
    else:
        P = _zeros(d2, d2)
    M = X.matmul(Y.transpose()).matmul(_eye(d2) - P)  # d0 x d2; z M = 0  <=>  M^T z^T = 0
    return M.transpose().nullspace()
