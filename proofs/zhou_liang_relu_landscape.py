"""Zhou and Liang (2018), ReLU networks: Proposition 6 on cones :math:`K_{I\\times J}`, and cone boundaries.

:math:`L_N = \\tfrac12\\lVert A_2\\sigma(A_1X) - Y\\rVert_F^2`, :math:`K_{I\\times J}` as in (8) (entries
:math:`\\ge 0` on :math:`I \\times J`, :math:`< 0` elsewhere, so a cone contains part of its boundary).  Points
come from :mod:`proofs.zhou_liang_relu_cones`; on a cone boundary :math:`L_N` need not be differentiable, and
"critical" is taken in the weakest sense that still excludes a first-order descent direction (Fréchet: every
one-sided directional derivative is :math:`\\ge 0`); a local minimum is critical in every sense.
Certificates: ``relu_cone_form``, ``relu_descent_curve`` (``order`` 1), ``relu_local_min``
(:mod:`symbolic.checker.relu`).

Main results
------------
* ``relu_cone_critical_iff_form_of_hidden_units`` -- Proposition 6 with :math:`d_1 \\in \\{2, 3\\}`, inside open
  cones: (10)-(11) with (12) are exactly the critical points of :math:`L_N`.
* ``cone_activation_eq_of_relu_form`` -- (13)'s identity for :math:`(A_1)_{I,:}X_{:,J}` (refuted: the printed
  :math:`I - P_{\\ker V}` must be :math:`P_{\\ker V}`).
* ``critical_of_relu_form_at_cone_boundary`` -- Proposition 7's "if" on a cone boundary (refuted: a first-order
  descent direction).
* ``local_min_of_relu_form_of_top_eigenvalue`` -- the remark after Proposition 7: a critical point with
  :math:`v` on :math:`\\sigma_1(J)` is a local minimum (refuted on a cone boundary).
* ``relu_form_of_local_min_in_cone`` -- Proposition 7's "only if" for points on a cone boundary (refuted: a
  global minimizer in a cone where no point (15) satisfies (16)).

References
----------
* ``zhou-liang-2018``, "Proposition 6" (with (12)-(14)).
* ``zhou-liang-2018``, "Proposition 7" (and the paragraph after it).
"""

from __future__ import annotations

from .claim import Claim, Outcome
from .zhou_liang_2018 import _bundle
from .zhou_liang_relu_cones import (
    RELU_SCOPES,
    boundary_descent_certificates,
    boundary_minimum_certificate,
    cone_form_certificate,
    cone_points,
    recovered_cone_points,
)

__all__ = ["CLAIMS"]

_NB = "notebooks/zhou-liang-2018/relu_cone_critical_iff_form_of_hidden_units.ipynb"


def _scope(quick: bool) -> str:
    return "data " + ", ".join(f"{n} (d1 = {d1})" for n, d1 in RELU_SCOPES[quick])


def _certified(quick: bool):
    made = [(label, cone_form_certificate(name, I, J, F, A1, A2))
            for label, name, I, J, F, A1, A2 in cone_points(quick)]
    rec = [(label, cone_form_certificate(name, I, J, F, A1, A2))
           for label, name, I, J, F, A1, A2 in recovered_cone_points(quick)]
    return made, rec


def _check_prop6(quick: bool) -> Outcome:
    made, rec = _certified(quick)
    bad = [label for label, c in made + rec if c["critical"] is not c["form"]["condition3"]]
    holds = sum(1 for _, c in made if c["form"]["condition3"])
    cones = len({(str(c["X"]), len(c["A1"]), str(c["I"]), str(c["J"])) for _, c in made + rec})
    scope = (f"{_scope(quick)}: {len(made)} points (10)-(11) in the interior of their cone ({holds} with (12), "
             f"{len(made) - holds} violating it), {len(rec)} critical points obtained another way (least-squares "
             f"factorizations, zero output) written back with (12); {cones} (data, d1, I, J) cones in all")
    if bad:
        return Outcome("refuted", scope, _bundle({k: c for k, c in made + rec if k in bad}),
                       details=f"L_N critical differs from (12) at {bad}")
    return Outcome("confirmed", scope, _bundle(dict(made + rec)),
                   details="inside an open cone L_N is the shallow loss (9) on (X_{:,J}, Y_{:,J}) in the blocks "
                           "((A1)_{I,:}, (A2)_{:,I}); the other hidden units are inactive.  Sample sets J with no "
                           "separating row on a small grid are skipped (their cones have no interior point "
                           "with d1 units active on J)")


def _check_13(quick: bool) -> Outcome:
    made, rec = _certified(quick)
    fails = [(label, c) for label, c in made + rec if not c["printed_13"]]
    scope = f"{_scope(quick)}: {len(made) + len(rec)} points of Proposition 6 in the interior of their cone"
    if not fails:
        return Outcome("confirmed", scope, _bundle(dict(made + rec)))
    label, witness = next(((lab, c) for lab, c in fails if c["critical"]), fails[0])
    return Outcome("refuted", scope, _bundle({f"witness: {label}": witness}),
                   details=(f"the printed identity fails at {len(fails)} of {len(made) + len(rec)} points (it holds "
                            "exactly when L1 X_{:,J} = 0); from (10), (A1)_{I,:} X_{:,J} = C^-1 V^T U_J^T Y_{:,J} "
                            "X_{:,J}^+ X_{:,J} + C^-1 P_ker(V) C L1 X_{:,J}, because V^T V = I - P_ker(V); the checker "
                            "verifies this derived identity at every point.  Read with P_ker(V), (13) agrees with "
                            "(16), which has no ell term"))


def _check_boundary_if(quick: bool) -> Outcome:
    certs = boundary_descent_certificates()
    return Outcome("refuted", "one named witness (boundary_descent): X = [[1, 0, 1], [0, 1, 1]], Y = (1, 2, 0), "
                   "J = {1, 2, 3}, c = 1, v = 1, ell = 0", _bundle(certs),
                   details="(15) gives A1 = (0, 1), A2 = 1, A1 X = (0, 1, 1): (16) holds with an equality, (17) is "
                           "empty, and the point is critical for the cone's polynomial (9).  Along A1 = (-t, 1) the "
                           "first sample leaves the cone and L_N = 3/2 - t + t^2/2: a first-order descent, so the "
                           "point is not a critical point of L_N.  The kink sign is <A2, Y_{:,1}> = 1 > 0")


def _check_top_local_min(quick: bool) -> Outcome:
    certs = boundary_descent_certificates()
    return Outcome("refuted", "the witness boundary_descent (v on sigma_1(J) = 2, the only eigenvalue of Sigma_J)",
                   _bundle(certs),
                   details="L_N = 3/2 = (tr YY^T - sigma_1(J))/2, and the point minimizes L_N over its cone K_{1 x J}, "
                           "but L_N = 3/2 - t + t^2/2 along A1 = (-t, 1): not a local minimum of L_N.  Inside an "
                           "open cone the remark holds (Example 1's first cone: relu_local_min_of_example_first_cone)")


def _check_boundary_only_if(quick: bool) -> Outcome:
    return Outcome("refuted", "one named witness (boundary_minimum): X = I_2, Y = (1, -1), A1 = (1, 0), A2 = 1",
                   _bundle({"boundary_minimum": boundary_minimum_certificate()}),
                   details="A1 X = (1, 0), so the point lies in K_{1 x {1, 2}} (on its boundary); L_N >= 1/2 = "
                           "L_N(point) near it (two regions, sum-of-squares identities) and the output (1, 0) is "
                           "nonzero.  In that cone Y_{:,J} X_{:,J}^+ X_{:,J} = (1, -1) has both signs, so (16) fails "
                           "for every c, v, ell: the characterization misses a local (here global) minimizer.  It "
                           "is the limit of the critical points (15) of the neighbouring cone K_{1 x {1}}")


CLAIMS = (
    Claim(
        id="relu_cone_critical_iff_form_of_hidden_units",
        paper="zhou-liang-2018",
        label="Proposition 6",
        kind="proposition",
        statement=(r"In the interior of $K_{I\times J}$, $(A_1, A_2)$ is a critical point of $L_N$ iff "
                   r"$(A_1)_{I,:} = C^{-1}V^TU_J^TY_{:,J}X_{:,J}^+ + L_1 - C^{-1}V^TVCL_1X_{:,J}X_{:,J}^+$ (10), "
                   r"$(A_2)_{:,I} = U_JVC$ (11) with $V$ fitted to the eigenvalues of $\Sigma_J$, $C$ invertible and "
                   r"$P_{\mathrm{col}(U_JV)^\perp}Y_{:,J}X_{:,J}^TL_1^TC^TP_{\ker V} = 0$ (12)."),
        source="All critical points of LN in KI ×J for any I ⊂",
        check=_check_prop6,
        recorded="confirmed",
        uses=("critical_iff_analytical_form_of_condition3", "relu_cone_critical_iff_form_of_one_hidden_unit"),
        notebook=_NB,
    ),
    Claim(
        id="cone_activation_eq_of_relu_form",
        paper="zhou-liang-2018",
        label="Proposition 6",
        kind="proposition",
        statement=(r"At every point (10)-(11), $(A_1)_{I,:}X_{:,J} = C^{-1}V^TU_J^TY_{:,J}X_{:,J}^+X_{:,J} + "
                   r"C^{-1}(I - P_{\ker V})CL_1X_{:,J}$ (13), reading the printed $Y$ as $Y_{:,J}$."),
        source="(Ai)I,:X:,J=C-iV>U>JYX:J,JX:,J+C-i(I- Pker(V))CLiX:,J ≥0,",
        check=_check_13,
        recorded="refuted",
        uses=("relu_cone_critical_iff_form_of_hidden_units",),
        notebook=_NB,
    ),
    Claim(
        id="critical_of_relu_form_at_cone_boundary",
        paper="zhou-liang-2018",
        label="Proposition 7",
        kind="proposition",
        statement=(r"With $d_1 = 1$, every point (15) with $v \ne 0$ satisfying (16)-(17) is a critical point of "
                   r"$L_N$, also when an entry of (16) is $0$ (the point is on the boundary of $K_{\{1\}\times J}$)."),
        source="Moreover, a nonzero critical point in K{i}×J exists if and only if there exist such",
        check=_check_boundary_if,
        recorded="refuted",
        uses=("relu_cone_critical_iff_form_of_one_hidden_unit",),
        notebook=_NB,
    ),
    Claim(
        id="local_min_of_relu_form_of_top_eigenvalue",
        paper="zhou-liang-2018",
        label="Proposition 7",
        kind="remark",
        statement=(r"A critical point (15)-(17) in $K_{\{1\}\times J}$ with $v$ on $\sigma_1(J)$ is a local minimum of "
                   r"$L_N$, with $L_N = \frac12\operatorname{tr}(YY^T) - \frac12\sigma_1(J)$."),
        source="In particular, the critical point achieves the local minimum",
        check=_check_top_local_min,
        recorded="refuted",
        uses=("critical_of_relu_form_at_cone_boundary", "relu_local_min_of_example_first_cone"),
        notebook=_NB,
    ),
    Claim(
        id="relu_form_of_local_min_in_cone",
        paper="zhou-liang-2018",
        label="Proposition 7",
        kind="proposition",
        statement=(r"With $d_1 = 1$, every nonzero critical point of $L_N$ in $K_{\{1\}\times J}$, in particular every "
                   r"local minimum with nonzero output, is of the form (15) with (16)-(17)."),
        source="Then, any nonzero critical point of LN within K{1}×J can be necessarily and suffi- Ciently",
        check=_check_boundary_only_if,
        recorded="refuted",
        uses=("relu_cone_critical_iff_form_of_one_hidden_unit",),
        notebook=_NB,
    ),
)
