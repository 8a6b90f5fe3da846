r"""A certificate that covers every critical point of a polynomial loss: a tree of ideals.

The critical set is :math:`V(I)`, :math:`I = (\partial L / \partial w_1, \dots, \partial L / \partial w_P)`.
A node of the tree is an ideal :math:`J \supseteq I` (the gradient plus the polynomials added on the path to
the node); the node covers :math:`V(J)` in one of these ways, each an exact identity with given cofactors:

* ``split`` -- :math:`c \prod_i f_i^{e_i} \in J`, so :math:`V(J) = \bigcup_i V(J + (f_i))`; one child per factor.
  The root splits by the critical values: :math:`f_i = p_i(L)`, the value polynomials.
* ``saddle`` -- directions :math:`d_k(w)` with :math:`h_k = d_k^T H d_k \in \sqrt J`, and a guard :math:`s`
  with :math:`s^m \in J + (q_{kp})`, :math:`q_{kp} = (H d_k)_p`: where :math:`s \ne 0` some :math:`q_{kp} \ne 0`,
  so the block of :math:`H` on :math:`d_k, e_p` is :math:`\begin{pmatrix} 0 & q \\ q & * \end{pmatrix}` with
  determinant :math:`-q^2 < 0`: the Hessian is indefinite (a strict saddle).  The child :math:`J + (s)` covers
  :math:`s = 0` (no child when :math:`s = 1`).  Or blocks: coordinate pairs, or direction pairs given with the
  candidates (``candidates.block_pairs``: eigenvector and Zhou-Liang rotation directions), whose :math:`2 \times 2`
  Hessian determinant is :math:`-c s^2` modulo :math:`J`.
* ``nonstrict_point`` -- :math:`V(J)` is at most one rational point (each :math:`w_i - a_i \in \sqrt J`), and
  along a polynomial curve through it the first nonzero Taylor coefficient of :math:`L` has odd order: neither
  a local minimum nor a local maximum.
* ``value`` -- :math:`(L - c)^m \in J`: the loss is :math:`c` on :math:`V(J)`; or :math:`p(L)^m \in J` with
  :math:`p` of exactly one real root (the quartic loss's algebraic global value).
* ``empty`` -- :math:`1 \in J`.

Main definitions
----------------
* :func:`cover_critical_set` -- the search; :class:`CoveringSearch`.
* :func:`poly_to_json` -- the certificate's polynomial format ``[[coefficient, [var, exp, ...]], ...]``.
* :func:`upoly_text` -- a polynomial in :math:`L` as text.
"""

from __future__ import annotations

from sympy import Poly, Rational, Symbol, factor_list
from sympy.polys.domains import QQ
from sympy.polys.matrices import DomainMatrix
from sympy.polys.rings import ring

from symbolic.calculus.inertia import inertia
from symbolic.critical.components_ideal import (TrackedBasis, WorkLimitExceeded, groebner_basis, in_radical,
                                                krull_dimension, normal_form)

__all__ = ["cover_critical_set", "CoveringSearch", "poly_to_json", "value_polynomial", "upoly_text"]


def _q(c) -> str:
    c = QQ.convert(c)
    return str(c.numerator) if c.denominator == 1 else f"{c.numerator}/{c.denominator}"


def poly_to_json(p) -> list:
    """A ring element as ``[[coefficient string, [var, exp, var, exp, ...]], ...]`` (sorted, sparse).

    Examples
    ========

    >>> from sympy.polys.rings import ring
    >>> from sympy.polys.domains import QQ
    >>> from symbolic.critical.components import poly_to_json
    >>> R, x, y = ring("x,y", QQ)
    >>> poly_to_json(x**2 * y / 2 - 3)
    [['-3', []], ['1/2', [0, 2, 1, 1]]]
    """
    out = []
    for mono, c in sorted(p.terms(), key=lambda t: t[0]):
        sparse = []
        for i, e in enumerate(mono):
            if e:
                sparse += [i, e]
        out.append([_q(c), sparse])
    return out


def value_polynomial(tb: TrackedBasis, L, max_degree: int = 12):
    r"""The least-degree :math:`\mu` with :math:`\mu(L) \in J` (``tb`` a tracked basis of :math:`J`), and cofactors.

    Normal forms of :math:`1, L, L^2, \dots` modulo the basis until they are linearly dependent; the
    quotients of each division are kept, so :math:`\mu(L) = \sum_i a_i g_i` comes with its cofactors.
    Returns ``(coefficients low to high, cofactors)``; raises ``ValueError`` beyond ``max_degree``.
    """
    R = tb.R
    nfs = [R.one]
    quots = [{}]  # L^k = nf_k + sum_j quots[k][j] * basis_j
    for k in range(1, max_degree + 1):
        r, Q = tb._reduce(nfs[-1] * L)
        newQ = {j: q * L for j, q in quots[-1].items()}
        for j, q in Q.items():
            newQ[j] = newQ.get(j, R.zero) + q
        nfs.append(r)
        quots.append(newQ)
        monos = sorted({m for f in nfs for m in f.keys()})
        M = DomainMatrix([[f.get(m, QQ.zero) for f in nfs] for m in monos], (len(monos), len(nfs)), QQ)
        null = M.nullspace()
        if null.shape[0]:
            v = null.to_Matrix().row(0)
            coeffs = [QQ.convert(v[i]) for i in range(len(nfs))]
            lead = coeffs[-1] if coeffs[-1] else next(c for c in reversed(coeffs) if c)
            coeffs = [c / lead for c in coeffs]
            total = {}
            for i, c in enumerate(coeffs):
                if c:
                    for j, q in quots[i].items():
                        total[j] = total.get(j, R.zero) + q * c
            return coeffs, tb._combine(total)
    raise ValueError(f"the critical values need a polynomial of degree above {max_degree}")


class CoveringSearch:
    """Build the covering tree for ``net`` (``loss_poly``, ``gradient``, ``hessian_times``, ``R``, ``nvars``).

    ``candidates(G)`` yields ``(label, direction)`` pairs (directions as lists of ring elements) to try as
    :math:`d_k` at a node with Groebner basis ``G``; ``work_limit`` bounds reduction steps per tracked basis and
    ``max_nodes`` the tree.
    """

    def __init__(self, net, candidates, work_limit: int = 3_000_000, max_nodes: int = 400, max_depth: int = 24,
                 global_value=None):
        self.net = net
        self.R = net.R
        self.candidates = candidates
        #: ``(label, d1, d2, s)``: pairs of directions whose 2x2 Hessian block is tried (``candidates.block_pairs``;
        #: ``s`` ``None`` or the expected :math:`s` of a determinant :math:`-c s^2` mod :math:`J`)
        self.block_pairs = tuple(getattr(candidates, "block_pairs", ()))
        self._block_dets = {}  # pair index -> the block's determinant (see _block_det)
        self.work_limit = work_limit
        self.max_nodes = max_nodes
        self.max_depth = max_depth
        self.global_value = global_value
        self.nodes = 0
        self.leaves = []  # summaries: (path, kind, value, dimension)
        self.components = []  # one per value factor: value, dimension, classification

    # -- the root ------------------------------------------------------------------------------------
    def run(self):
        R, net = self.R, self.net
        gens = list(net.gradient)
        tb = TrackedBasis(gens, R, work_limit=self.work_limit)
        coeffs, cof = value_polynomial(tb, net.loss_poly)
        v = Symbol("v")
        mu = Poly([QQ.to_sympy(c) for c in reversed(coeffs)], v)
        lc, factors = factor_list(mu)
        fac = [(Poly(f, v), e) for f, e in factors]
        fac.sort(key=lambda fe: (fe[0].degree(), [abs(x) for x in fe[0].all_coeffs()]))
        # order components by value for linear factors (rational values), then the rest
        spec, children = [], []
        for f, e in fac:
            fc = [QQ.convert(c) for c in f.all_coeffs()]  # high to low
            lead = fc[0]
            fc = [c / lead for c in fc]
            value_poly = R.zero
            for c in fc:
                value_poly = value_poly * net.loss_poly + c
            spec.append({"of_loss": [_q(c) for c in fc]})
            children.append((fc, value_poly, e))
        # mu(L) = prod f^e (monic factors) times the leading coefficient we normalized away: both monic
        node = {"kind": "split", "factors": spec, "exponents": [e for _, _, e in children], "scale": "1",
                "cofactors": [poly_to_json(c) for c in cof], "children": []}
        self.nodes = 1
        for fc, value_poly, e in children:
            value = -fc[1] if len(fc) == 2 else None
            label = f"L = {_q(value)}" if value is not None else f"p(L) = 0, p = {upoly_text(fc)}"
            node["children"].append(self._component(gens + [value_poly], tb, value, label, fc))
        return node

    def _component(self, gens, parent_tb, value, label, coeffs=None):
        """One value component: the global one is a ``value`` leaf, the others get saddle certificates."""
        G = groebner_basis(gens, self.R)
        tb = TrackedBasis(gens, self.R, start=parent_tb, work_limit=self.work_limit)
        dim = krull_dimension(G, self.net.nvars)
        summary = {"value": label, "dimension": dim}
        self.components.append(summary)
        if value is not None and self.global_value is not None and value == self.global_value:
            self.nodes += 1
            m, cof = tb.lift_power(self.net.loss_poly - value)
            self.leaves.append({"path": label, "kind": "value", "value": _q(value), "dimension": dim})
            summary["classification"] = "global minimum"
            return self._value_leaf(tb, value, m, cof)
        first = len(self.leaves)
        node = self._node(gens, tb, G, label, 0)
        kinds = {leaf["kind"] for leaf in self.leaves[first:]}
        interval = _only_real_root(coeffs) if value is None and coeffs is not None else None
        if ("unresolved" in kinds and self.global_value is None and (value is not None or interval is not None)
                and not any(leaf["kind"] == "value" for leaf in self.leaves[:first])):
            if value is None:  # an algebraic value: p(L) = 0 with p of one real root (the quartic loss)
                del self.leaves[first:]
                m, cof = tb.lift_power(gens[-1])
                self.leaves.append({"path": label, "kind": "value", "value": label, "dimension": dim})
                summary["classification"] = "global minimum"
                return self._value_leaf(tb, None, m, cof, (coeffs, interval))
            # no formula for the global value (quartic loss): the one component without saddles is offered as the
            # value leaf; the checker accepts it only if it is the sole value leaf (then it is the global minimum)
            del self.leaves[first:]
            m, cof = tb.lift_power(self.net.loss_poly - value)
            self.leaves.append({"path": label, "kind": "value", "value": _q(value), "dimension": dim})
            summary["classification"] = "global minimum"
            return self._value_leaf(tb, value, m, cof)
        if "unresolved" in kinds:
            summary["classification"] = "unresolved"
        elif kinds <= {"empty"}:
            summary["classification"] = "no point"
        elif "descent_saddle" in kinds:
            summary["classification"] = ("saddle (strict where a 2x2 Hessian block certifies it; elsewhere an odd-order "
                                         "descent curve, Hessian not examined)")
        elif "nonstrict_saddle" in kinds:
            summary["classification"] = ("saddle (strict; non-strict at isolated points: odd-order Taylor term, "
                                         "Hessian PSD)")
        else:
            summary["classification"] = "strict saddle"
        return node

    def _value_leaf(self, tb, value, m, cof, algebraic=None):
        """A ``value`` leaf; with :math:`\\nabla f(A) = 0` on it when every entry lies in the radical.

        ``algebraic``: ``(coefficients high to low, interval)`` of a value that is the only real root of a polynomial.
        """
        if algebraic is None:
            leaf = {"kind": "value", "value": _q(value), "power": m, "cofactors": [poly_to_json(c) for c in cof]}
        else:
            coeffs, interval = algebraic
            leaf = {"kind": "value", "polynomial": [_q(c) for c in coeffs], "interval": [_q(x) for x in interval],
                    "power": m, "cofactors": [poly_to_json(c) for c in cof]}
        grad = getattr(self.net, "loss_gradient", None)
        if grad is not None:
            proofs = []
            for row in grad:
                for g in row:
                    lifted = (1, [self.R.zero] * tb.n) if not g else tb.lift_power(g, 3)
                    if lifted is None:
                        return leaf
                    proofs.append({"power": lifted[0], "cofactors": [poly_to_json(c) for c in lifted[1]]})
            leaf["grad_f_zero"] = proofs
        return leaf

    # -- one node ----------------------------------------------------------------------------------------
    def _node(self, gens, tb, G, label, depth):
        self.nodes += 1
        if self.nodes > self.max_nodes or depth > self.max_depth:
            return self._unresolved(label, G, f"the tree exceeds its bound ({self.max_nodes} nodes, depth "
                                              f"{self.max_depth})")
        R, P = self.R, self.net.nvars
        dim = krull_dimension(G, P)
        if dim < 0:
            cof = tb.lift(R.one)
            self.leaves.append({"path": label, "kind": "empty", "dimension": -1})
            return {"kind": "empty", "cofactors": [poly_to_json(c) for c in cof]}
        point = self._point(G)
        valid = self._q_directions(G)
        guard = self._cover(gens, G, valid) if valid else None
        if guard is None:
            valid += self._blocks(G)
            guard = self._cover(gens, G, valid) if valid else None
        if guard is None and self.block_pairs:
            valid += self._direction_blocks(G)
            guard = self._cover(gens, G, valid) if valid else None
        if guard is not None:
            if guard == R.one:
                valid = self._prune(gens, valid)
            return self._saddle(gens, tb, G, label, depth, valid, guard, dim)
        if point is not None:
            leaf = self._nonstrict(tb, point, label)
            if leaf is not None:
                return leaf
        split = self._factor_split(G)
        if split is not None:
            f, factors = split
            cof = tb.lift(f)
            node = {"kind": "split", "factors": [poly_to_json(g) for g, _ in factors],
                    "exponents": [e for _, e in factors], "scale": _q(self._scale(f, factors)),
                    "cofactors": [poly_to_json(c) for c in cof], "children": []}
            for i, (g, _) in enumerate(factors):
                cg = gens + [g]
                node["children"].append(self._node(cg, TrackedBasis(cg, R, start=tb, work_limit=self.work_limit),
                                                   groebner_basis(cg, R), f"{label} / factor {i + 1}", depth + 1))
            return node
        return self._unresolved(label, G, "no direction of negative curvature and no factorization found")

    def _unresolved(self, label, G, reason):
        self.leaves.append({"path": label, "kind": "unresolved", "dimension": krull_dimension(G, self.net.nvars),
                            "reason": reason})
        return {"kind": "unresolved", "reason": reason}

    @staticmethod
    def _scale(f, factors):
        prod = f.ring.one
        for g, e in factors:
            prod = prod * g**e
        return f.LC / prod.LC

    def _q_directions(self, G):
        """Directions :math:`d` with :math:`d^T H d \\in \\sqrt J`; their :math:`q_p = (Hd)_p` not in :math:`J`."""
        R, P = self.R, self.net.nvars
        out = []
        for name, d in self.candidates(G):
            Hd = self.net.hessian_times(d)
            h = sum((a * b for a, b in zip(d, Hd) if a), R.zero)
            if not h or in_radical(h, G, 2):
                qs = [p for p in range(P) if normal_form(Hd[p], G)]
                if qs:
                    out.append({"form": "q", "name": name, "d": d, "h": h, "q_indices": qs,
                                "polys": [Hd[p] for p in qs]})
        return out

    def _blocks(self, G):
        """Coordinate pairs whose :math:`2 \\times 2` Hessian determinant is :math:`-c s^2` mod :math:`J`."""
        R, P, H = self.R, self.net.nvars, self.net.hessian
        out = []
        for p in range(P):
            for q in range(p + 1, P):
                found = _negative_square(normal_form(H[p][p] * H[q][q] - H[p][q] ** 2, G), R)
                if found is not None:
                    c, root = found
                    out.append({"form": "block", "name": f"e{p + 1}, e{q + 1}", "pq": (p, q), "c": c, "s": root,
                                "polys": [root]})
        return out

    def _block_det(self, index):
        """The determinant of the Hessian block on pair ``index`` of :attr:`block_pairs` (a polynomial in the
        weights, the same at every node: computed once)."""
        cache = self._block_dets
        if index not in cache:
            R = self.R
            _, d1, d2, _ = self.block_pairs[index]
            Hd1, Hd2 = self.net.hessian_times(d1), self.net.hessian_times(d2)
            dot = lambda u, v: sum((a * b for a, b in zip(u, v) if a and b), R.zero)  # noqa: E731
            cache[index] = dot(d1, Hd1) * dot(d2, Hd2) - dot(d1, Hd2) ** 2
        return cache[index]

    def _direction_blocks(self, G):
        r"""Pairs of :attr:`block_pairs` whose :math:`2 \times 2` Hessian determinant is :math:`-c s^2` mod :math:`J`."""
        R = self.R
        out = []
        for index, (name, d1, d2, hint) in enumerate(self.block_pairs):
            full = self._block_det(index)
            delta = normal_form(full, G)
            if not delta:
                continue
            if hint is not None:  # the determinant should be -c hint^2 mod J
                sq = normal_form(hint * hint, G)
                if sq and delta * sq.LC == sq * delta.LC and delta.LC * sq.LC < 0:
                    out.append({"form": "dblock", "name": name, "d1": d1, "d2": d2, "delta": full,
                                "c": -delta.LC / sq.LC, "s": hint, "polys": [hint]})
                continue
            found = _negative_square(delta, R)
            if found is not None:
                out.append({"form": "dblock", "name": name, "d1": d1, "d2": d2, "delta": full, "c": found[0],
                            "s": found[1], "polys": [found[1]]})
        return out

    def _cover(self, gens, G, valid):
        """1 when the items' polynomials and :math:`J` generate (1); else a guard outside :math:`\\sqrt J` or ``None``.

        """
        polys = [x for item in valid for x in item["polys"]]
        K = groebner_basis(gens + polys, self.R)
        if len(K) == 1 and not any(K[0].LM):
            return self.R.one
        return self._guard(K, G)

    def _prune(self, gens, valid):
        """Drop items the covering does not need (fewer, smaller cofactors); keeps the order."""
        R = self.R
        keep = list(valid)
        for item in list(valid):
            if len(keep) == 1:
                break
            trial = [v for v in keep if v is not item]
            K = groebner_basis(gens + [x for v in trial for x in v["polys"]], R)
            if len(K) == 1 and not any(K[0].LM):
                keep = trial
        return keep

    def _guard(self, K, G):
        """A polynomial of the bad locus ``K`` outside :math:`\\sqrt J` (the smallest), or ``None``."""
        best = None
        for s in K:
            if in_radical(s, G, 3):
                continue
            key = (_total_degree(s), len(s))
            if best is None or key < best[0]:
                best = (key, s)
        return None if best is None else best[1]

    def _saddle(self, gens, tb, G, label, depth, valid, guard, dim):
        R, P, H = self.R, self.net.nvars, self.net.hessian
        pairs, blocks, polys = [], [], []
        valid = [v for v in valid if v["form"] == "q"] + [v for v in valid if v["form"] != "q"]
        for item in valid:
            if item["form"] == "q":
                h = item["h"]
                lifted = (1, [R.zero] * len(gens)) if not h else tb.lift_power(h, 2)
                pairs.append({"direction": item["name"], "d1": [poly_to_json(x) for x in item["d"]],
                              "q_indices": item["q_indices"], "power": lifted[0],
                              "cofactors": [poly_to_json(c) for c in lifted[1]]})
            elif item["form"] == "dblock":
                cof = tb.lift(item["delta"] + item["s"] ** 2 * item["c"])
                blocks.append({"direction": item["name"], "d1": [poly_to_json(x) for x in item["d1"]],
                               "d2": [poly_to_json(x) for x in item["d2"]], "c": _q(item["c"]),
                               "s": poly_to_json(item["s"]), "power": 1, "cofactors": [poly_to_json(c) for c in cof]})
            else:
                p, q = item["pq"]
                delta = H[p][p] * H[q][q] - H[p][q] ** 2
                cof = tb.lift(delta + item["s"] ** 2 * item["c"])
                unit = lambda i: [[["1", []]] if j == i else [] for j in range(P)]  # noqa: E731
                blocks.append({"direction": item["name"], "d1": unit(p), "d2": unit(q), "c": _q(item["c"]),
                               "s": poly_to_json(item["s"]), "power": 1, "cofactors": [poly_to_json(c) for c in cof]})
            polys += item["polys"]
        tq = TrackedBasis(gens + polys, R, start=tb, work_limit=self.work_limit)
        lifted = tq.lift_power(guard, 3)
        if lifted is None:
            raise RuntimeError(f"{label}: the guard is not in the radical of J + (q)")  # pragma: no cover
        m, cof = lifted
        node = {"kind": "saddle", "pairs": pairs, "blocks": blocks,
                "guard": None if guard == R.one else poly_to_json(guard),
                "power": m, "cofactors": [poly_to_json(c) for c in cof[:len(gens)]],
                "cover_cofactors": [poly_to_json(c) for c in cof[len(gens):]]}
        self.leaves.append({"path": label, "kind": "strict_saddle", "dimension": dim,
                            "guarded": guard != R.one})
        if guard != R.one:
            cg = gens + [guard]
            node["child"] = self._node(cg, TrackedBasis(cg, R, start=tb, work_limit=self.work_limit),
                                       groebner_basis(cg, R), f"{label} / guard", depth + 1)
        return node

    def _point(self, G):
        """The rational point when ``G`` is :math:`\\{w_i - a_i\\}` (one linear element per variable)."""
        P = self.net.nvars
        if len(G) != P:
            return None
        point = [None] * P
        for g in G:
            if _total_degree(g) != 1 or len(g) > 2:
                return None
            lead = [i for i, e in enumerate(g.LM) if e]
            if len(lead) != 1:
                return None
            i = lead[0]
            point[i] = -g.coeff(1) / g.LC if len(g) == 2 else QQ.zero
        return point if all(p is not None for p in point) else None

    def _nonstrict(self, tb, point, label):
        """An odd first nonzero Taylor order of :math:`L` along a line through ``point``, or ``None``."""
        net = self.net
        T, t = ring("t", QQ)
        for trial in range(1, 9):
            direction = [QQ(((i + 1) * trial) % 5 - 2) for i in range(net.nvars)]
            if not any(direction):
                continue
            vals = [T(point[i]) + direction[i] * t for i in range(net.nvars)]
            g = _evaluate_univariate(net.loss_poly, vals, T)
            coeffs = {m[0]: c for m, c in g.terms()}
            orders = sorted(k for k in coeffs if k > 0)
            if not orders:
                continue
            k = orders[0]
            if k % 2 == 1 and k > 1:
                point_cofs = []
                for i in range(net.nvars):
                    lifted = tb.lift_power(net.gens[i] - point[i], 3)
                    if lifted is None:
                        return None
                    point_cofs.append({"power": lifted[0], "cofactors": [poly_to_json(c) for c in lifted[1]]})
                H = [[_evaluate_at(net.hessian[p][q], point) for q in range(net.nvars)] for p in range(net.nvars)]
                negative = inertia(DomainMatrix(H, (net.nvars, net.nvars), QQ))[1]
                self.leaves.append({"path": label, "kind": "nonstrict_saddle" if negative == 0 else "strict_saddle",
                                    "dimension": 0, "point": [_q(a) for a in point]})
                return {"kind": "nonstrict_point", "point": [_q(a) for a in point], "point_cofactors": point_cofs,
                        "curve": [[_q(a) for a in direction]], "order": k, "coefficient": _q(coeffs[k])}
        return None

    def _factor_split(self, G):
        """A basis element with a nontrivial factorization: ``(element, [(factor, exponent), ...])``."""
        for g in sorted(G, key=lambda p: (_total_degree(p), len(p))):
            if _total_degree(g) < 2:
                continue
            _, facs = g.factor_list()
            facs = [(f, e) for f, e in facs if _total_degree(f) > 0]
            if len(facs) > 1 or (facs and facs[0][1] > 1):
                return g, facs
        return None


def _negative_square(delta, R):
    """``(c, s)`` with ``delta = -c s^2``, ``c > 0`` (from the factorization), or ``None``; ``s`` has a positive
    leading coefficient."""
    if not delta:
        return None
    lc, facs = delta.factor_list()
    if lc >= 0 or any(e % 2 for _, e in facs):
        return None
    root = R.one
    for f, e in facs:
        root = root * f ** (e // 2)
    return -lc, (-root if root.LC < 0 else root)


def _only_real_root(coeffs):
    """``(lo, hi)`` isolating the only real root of the polynomial (coefficients high to low), or ``None`` when it
    has no real root or several."""
    p = Poly([QQ.to_sympy(c) for c in coeffs], Symbol("v"))
    if p.degree() < 2 or p.count_roots() != 1:
        return None
    (lo, hi), = [iv for iv, _ in p.intervals(eps=Rational(1, 10**4))]
    if lo == hi:  # pragma: no cover - a rational root: the factor would be linear
        return None
    return QQ.convert(lo), QQ.convert(hi)


def upoly_text(coeffs) -> str:
    """``L^2 - 3/2 L + 1`` from coefficients high to low."""
    n = len(coeffs) - 1
    terms = []
    for i, c in enumerate(coeffs):
        if not c:
            continue
        k = n - i
        mono = "" if k == 0 else ("L" if k == 1 else f"L^{k}")
        mag = _q(abs(c))
        body = mono if mono and mag == "1" else (f"{mag} {mono}".strip() if mono else mag)
        terms.append(("- " if c < 0 else "+ ") + body)
    text = " ".join(terms)
    return text[2:] if text.startswith("+ ") else "-" + text[2:]


def _evaluate_at(p, point):
    """A ring element at a rational point (term by term)."""
    total = QQ.zero
    for mono, c in p.terms():
        term = c
        for v, e in zip(point, mono):
            if e:
                term *= v ** e
        total += term
    return total


def _total_degree(p) -> int:
    return max((sum(m) for m in p.keys()), default=-1)


def _evaluate_univariate(p, values, T):
    """``p`` at univariate ring elements ``values`` (Horner over the terms)."""
    out = T.zero
    powers = [dict() for _ in values]
    for mono, c in p.terms():
        term = T(c)
        for i, e in enumerate(mono):
            if e:
                cache = powers[i]
                if e not in cache:
                    cache[e] = values[i] ** e
                term = term * cache[e]
        out = out + term
    return out


def cover_critical_set(net, candidates, search=None, **kwargs):
    """The covering tree (JSON data) and the leaf summaries for ``net``; see :class:`CoveringSearch` (``search``:
    the class, e.g. :class:`symbolic.critical.components_descent.DescentSearch`; default :class:`CoveringSearch`)."""
    search = (search or CoveringSearch)(net, candidates, **kwargs)
    try:
        tree = search.run()
    except WorkLimitExceeded as exc:
        raise ValueError(f"the critical set needs more work than allowed ({exc}); raise the work bound or use a "
                         "smaller network") from None
    return tree, search.leaves, search.components
