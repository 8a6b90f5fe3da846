"""Critical points on irrational eigenvalues in Q(sqrt d) (symbolic.algebraic.quadratic_eigen)."""

from symbolic.checker.quadratic_field import verify_quadratic_eigen_point
from symbolic.core.exact import matrix_to_strings, rational_matrix
from symbolic.core.pinv import pinv
from symbolic.algebraic.quadratic_eigen import quadratic_eigen_points, to_pairs


def test_points_on_both_conjugate_roots_are_certified():
    X = [["1", "0", "1"], ["0", "1", "1"], ["1", "1", "2"]]     # rank 2: X X^T singular
    Y = [["1", "2", "0"], ["0", "1", "3"], ["1", "0", "1"]]
    pts = quadratic_eigen_points(X, Y)
    assert len(pts) == 2 and pts[0][0] == pts[1][0]
    for d, K, lam, A1, A2 in pts:
        cert = {"kind": "quadratic_eigen_point", "d": int(d), "X": X, "Y": Y,
                "Xp": matrix_to_strings(pinv(rational_matrix(X))), "eigenvalue": to_pairs(K, lam),
                "A1": [[to_pairs(K, x) for x in r] for r in A1.to_list()],
                "A2": [[to_pairs(K, x) for x in r] for r in A2.to_list()]}
        assert verify_quadratic_eigen_point(cert)[0]


def test_rational_spectrum_has_no_points():
    assert quadratic_eigen_points([[1, 0], [0, 1]], [[2, 0], [0, 1]]) == []
