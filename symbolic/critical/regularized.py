r"""Every critical point of a regularized deep linear network, with a certificate.

.. math::

    L = \tfrac12 \sum_i \|W_{H+1} \cdots W_1 x_i - y_i\|^2 + \tfrac12 \sum_k \|\Lambda_k \circ W_k\|_F^2

(Bharadwaj-Hosten 2023).  An exact backend counts the distinct complex critical points and locates them; each
is refined and boxed; the separate checker (:mod:`symbolic.checker.regularized_points`) re-verifies that
every box holds exactly one critical point (Krawczyk), that the boxes are disjoint, the Hessian index of
every real point (Gershgorin after a congruence), and the order of the loss values, and, when asked, that no
critical point is missing: ideal members given by cofactors (:mod:`symbolic.critical.regularized_cofactors`)
whose leading monomials leave as many standard monomials as there are boxes, or, small cases only, a Groebner
basis it recomputes itself.

Main definitions
----------------
* :func:`regularized_critical_points` -- the plain entry point (dims, data, lambdas, backend).
* :class:`RegularizedCriticalPoints` -- its result: counts, real points, indices, minima, certificate.
"""

from __future__ import annotations

import resource
from fractions import Fraction
from dataclasses import dataclass, field

from symbolic.checker.bundle import verify as verify_certificate
from symbolic.critical import backends
from symbolic.critical.regularized_boxes import (_System, flip_orbits, flipped_entry, point_certificate,
                                                 points_from_basis, points_from_msolve, refine)
from symbolic.critical.regularized_cofactors import completeness_cofactors, cofactor_terms, singular_available
from symbolic.critical.regularized_problem import RegularizedProblem

__all__ = ["regularized_critical_points", "RegularizedCriticalPoints", "certify_completeness_limit",
           "singular_completeness_limit"]

#: Largest count certified complete by default without Singular (SymPy's tracked Buchberger finds the cofactors).
certify_completeness_limit = 20
#: Largest count certified complete by default with Singular: at 225 points its cofactors take minutes and are far
#: too large to check (README).  Above the limits the count is reported as computed, not certified.
singular_completeness_limit = 130


@dataclass
class RegularizedCriticalPoints:
    """The answer for one instance.  ``count`` is the number of distinct complex critical points found and
    certified distinct; ``count_status`` says whether their completeness is ``"certified"`` (re-verified by the
    checker) or ``"computed"`` (the backend's Groebner basis / parametrization, not re-verified)."""

    problem: RegularizedProblem
    backend: str
    count: int
    count_status: str
    real_points: list = field(default_factory=list)
    certificate: dict = field(default_factory=dict)
    verified: bool = False
    verdict: str = ""
    seconds: float = 0.0
    completeness_info: dict = field(default_factory=dict)

    @property
    def indices(self) -> dict:
        """``{index: how many real points}``."""
        out: dict = {}
        for p in self.real_points:
            out[p["index"]] = out.get(p["index"], 0) + 1
        return dict(sorted(out.items()))

    @property
    def minima(self) -> list:
        """The real points of index 0 (strict local minima: positive definite Hessian), lowest value first."""
        return sorted((p for p in self.real_points if p["index"] == 0), key=lambda p: p["value"])

    @property
    def global_minima(self) -> list:
        """The minima in the lowest value class (global when the real list is complete)."""
        mins = self.minima
        return [p for p in mins if p["value_class"] == mins[0]["value_class"]] if mins else []

    @property
    def nonglobal_minima(self) -> list:
        """Strict local minima whose value is certified above the lowest."""
        mins = self.minima
        return [p for p in mins if p["value_class"] != mins[0]["value_class"]] if mins else []

    def summary(self) -> dict:
        return {"dims": list(self.problem.dims), "samples": len(self.problem.X[0]), "backend": self.backend,
                "count": self.count, "count_status": self.count_status, "real": len(self.real_points),
                "indices": self.indices, "minima": len(self.minima), "global_minima": len(self.global_minima),
                "nonglobal_minima": len(self.nonglobal_minima), "verified": self.verified,
                "seconds": round(self.seconds, 2), "completeness": self.completeness_info}


def _cpu() -> float:
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def regularized_critical_points(dims, X, Y, lambdas, backend: str = "auto", *, complex_points: bool = True,
                                completeness: bool | str | None = None, cofactor_backend: str = "auto",
                                verify: bool = True) -> RegularizedCriticalPoints:
    """Count, locate, classify and certify the critical points of a regularized network.

    ``backend``: ``"sympy"``, ``"msolve"`` or ``"auto"`` (msolve when installed, else SymPy).  With
    ``complex_points`` every complex critical point gets a certified box (so the count is a certified lower
    bound); ``completeness`` makes the count certified exact: ``"cofactors"`` (the default up to
    :data:`certify_completeness_limit` points, or :data:`singular_completeness_limit` with Singular installed)
    adds ideal members with cofactors (:mod:`symbolic.critical.regularized_cofactors`, found by
    ``cofactor_backend``) whose leading monomials leave as many standard monomials as there are boxes;
    ``"groebner"`` (or ``True``) asks the checker to
    recompute a Groebner basis itself (small cases only); ``False`` certifies a lower bound only.

    Examples
    ========

    >>> from symbolic.critical.regularized import regularized_critical_points
    >>> r = regularized_critical_points([1, 1, 1], [[1]], [[2]], [[["1/2"]], [["1/3"]]], backend="sympy")
    >>> r.count, r.count_status, r.indices, r.verified
    (5, 'certified', {0: 2, 1: 1}, True)
    """
    start = _cpu()
    problem = RegularizedProblem(dims, X, Y, lambdas)
    if backend == "auto":
        backend = "msolve" if backends.msolve_binary() else "sympy"
    if backend == "sympy":
        G, B = backends.sympy_basis(problem)
        approx = points_from_basis(problem, G, B)
        count = len(B)
    elif backend == "msolve":
        answer = backends.msolve_solve(problem)
        approx = points_from_msolve(answer, problem)
        count = answer["count"]
    else:
        raise ValueError(f"unknown backend {backend!r}; use sympy, msolve or auto (flint only counts: "
                         "symbolic.critical.backends.flint_count)")
    system = _System(problem)
    refined = []
    for x0 in approx:
        x = refine(system, x0)
        if x is None:
            raise ArithmeticError("Newton's method did not converge from a backend's approximate point; "
                                  "the instance may have a singular critical point")
        refined.append(x)
    entries, reals = [], []
    for x in refined:
        entry = point_certificate(system, x)
        if entry["real"]:
            reals.append((x, entry))
        elif complex_points:
            entries.append(entry)
    # a canonical order (the backends' eigenvalue or root order is not): by the exact centers
    def key(entry):
        return [(Fraction(a), Fraction(b)) for a, b in entry["center"]]

    entries.sort(key=key)
    reals.sort(key=lambda xe: key(xe[1]))
    orbits = flip_orbits(problem, [x for x, _ in reals])
    real_entries, classes = [], []
    for orbit in sorted(orbits, key=lambda o: reals[o[0][0]][1]["value"]):
        rep = reals[orbit[0][0]][1]
        members = []
        for _, flips in orbit:
            members.append(len(entries) + len(real_entries))
            real_entries.append(flipped_entry(problem, rep, flips) if flips else rep)
        classes.append({"members": members, "flips": [f for _, f in orbit]})
    separated = all(b["value"] - a["value"] > 1e-12 * (1 + abs(a["value"]))
                    for a, b in zip((real_entries[c["members"][0] - len(entries)] for c in classes),
                                    (real_entries[c["members"][0] - len(entries)] for c in classes[1:])))
    all_entries = entries + real_entries
    if completeness is None:
        small = count <= certify_completeness_limit or (count <= singular_completeness_limit and singular_available())
        completeness = "cofactors" if complex_points and small else False
    elif completeness is True:
        completeness = "groebner"
    if completeness not in (False, "groebner", "cofactors"):
        raise ValueError(f"completeness must be None, True, False, 'groebner' or 'cofactors'; got {completeness!r}")
    cert = {"kind": "regularized_critical_points", "problem": problem.to_json(), "precision": 256,
            "points": [{k: v for k, v in e.items() if k != "value"} for e in all_entries]}
    if separated:
        cert["value_classes"] = classes
    info = {"method": completeness or "none"}
    if completeness == "groebner":
        cert["complete"] = {"groebner": True}
    elif completeness == "cofactors":
        t = _cpu()
        if cofactor_backend == "auto":
            cofactor_backend = "singular" if singular_available() else "sympy"
        spec = completeness_cofactors(problem, cofactor_backend)
        cert["complete"] = {"cofactors": spec}
        info.update(backend=cofactor_backend, elements=len(spec["elements"]), terms=cofactor_terms(spec),
                    seconds=round(_cpu() - t, 2))
    t = _cpu()
    ok, why = verify_certificate(cert) if verify else (False, "not verified")
    info["checker_seconds"] = round(_cpu() - t, 2)
    real_points = []
    for c_no, cls in enumerate(classes):
        for m in cls["members"]:
            e = all_entries[m]
            real_points.append({"center": [a for a, _ in e["center"]], "radius": e["radius"], "index": e["index"],
                                "value": e["value"], "value_class": c_no})
    if len(refined) != count:
        raise ArithmeticError(f"the backend counted {count} points but {len(refined)} were located")
    status = "certified" if ok and completeness else "computed"
    return RegularizedCriticalPoints(problem, backend, count, status, real_points, cert, ok, why, _cpu() - start,
                                     info)
