r"""Saddles without a negative Hessian direction, on whole families: odd-order descent along a line.

Where :class:`symbolic.critical.components.CoveringSearch` finds no direction of negative curvature (the Hessian
may be positive semidefinite on a positive-dimensional family: dims (2,2,2,2) has one of dimension 6 where every
layer has rank 1), this search tries lines :math:`t \mapsto W + tD(W)` whose direction combines single-layer
perturbations of two or three layers, each with vanishing first-order change of :math:`A = W_L \cdots W_1`.
With :math:`A(W + tD) = \sum_j t^j A_j` the loss is :math:`\tfrac12 \sum_{i,j} t^{i+j} \langle E_i, E_j\rangle`
(:math:`E_0 = AX - Y`, :math:`E_j = A_j X`); when its coefficients :math:`c_1, c_2` vanish on the node's variety
(they lie in its ideal) and :math:`c_3` does not, the node becomes a ``descent_curve`` (order 3) whose child covers :math:`c_3 = 0`.

Where no such line exists, weighted curves are tried: each chosen layer moves at its own order,
:math:`W_k + t^{o_k} E_k` (:math:`o_k \in \{1, 2, 3\}`, single-layer directions :math:`E_k` of two or three
layers), and the first coefficient of :math:`L` outside the node's ideal must have odd order :math:`k \le 7`.
Example: dims (2, 1, 1, 2), :math:`X = I`, :math:`Y = e_2 e_2^T`, on the family :math:`W_1 = (a, 0)`,
:math:`W_2 = 0`, :math:`W_3 = (c, 0)^T` the loss along :math:`W_1 + t e_2^T`, :math:`W_2 + t^3`,
:math:`W_3 + t e_2` is :math:`\tfrac12 - t^5 + O(t^6)`: every point is a saddle, though no line shows it (along a
line the quadratic term :math:`\tfrac12 (a c\, \dot w_2)^2` dominates).

Last, where neither works, rank-one directions :math:`W_k + t\, x_k y_k^T` on three layers, the vectors built from
the eigenvectors of :math:`\Sigma = TS^{-1}T^T` (:math:`u_a` in :math:`W_L`, :math:`u_a^T TS^{-1}` in :math:`W_1`),
kernel vectors of the partial products and unit vectors (``candidates.rank_one_factors``), screened by the factored
form of their Taylor coefficients (:meth:`DescentSearch._rank_one`).  Example: dims (3, 2, 2, 3), seed 1, on the
6-dimensional family of the value 17 where every layer has rank 1 and :math:`A` captures the top eigenvector.

Main definitions
----------------
* :class:`DescentSearch`.
"""

from __future__ import annotations

import itertools

from sympy.polys.domains import QQ

from symbolic.critical.components import CoveringSearch, poly_to_json
from symbolic.critical.components_ideal import TrackedBasis, groebner_basis, in_radical, krull_dimension, normal_form

__all__ = ["DescentSearch"]

#: Combinations of single-layer directions tried per node (counted work, not time).
MAX_COMBINATIONS = 400
#: Valid lines collected before the smallest is chosen.
ENOUGH = 4
#: Weighted curves tried per node (counted work: direction combinations screened, curves expanded), their layer
#: orders, the most layers moved at once, and the highest order examined.
MAX_SCREENED = 4000
MAX_CURVES = 600
MAX_CURVE_LAYERS = 4
CURVE_ORDERS = (1, 2, 3)
MAX_CURVE_ORDER = 7
#: Rank-one triples screened per node by their factored Taylor coefficients, and lines expanded in full (the
#: last pass, :meth:`DescentSearch._rank_one`).
MAX_RANK_ONE_SCREENED = 40000
MAX_RANK_ONE_LINES = 40


class DescentSearch(CoveringSearch):
    """:class:`CoveringSearch` that tries an order-3 descent line where no saddle direction is found."""

    def _node(self, gens, tb, G, label, depth):
        first = len(self.leaves)
        node = super()._node(gens, tb, G, label, depth)
        if node.get("kind") != "unresolved" or self.nodes > self.max_nodes or depth > self.max_depth:
            return node
        found = self._descent(gens, tb, G, label, depth, first)
        if found is None:
            found = self._curve(gens, tb, G, label, depth, first)
        if found is None:
            found = self._rank_one(gens, tb, G, label, depth, first)
        return node if found is None else found

    # -- the line's Taylor coefficients ---------------------------------------------------------------------
    def _layer_matrix(self, d, k):
        net = self.net
        rows, cols = net.dims[k], net.dims[k - 1]
        sl = net.layer_slice(k)
        flat = d[sl]
        return [[flat[i * cols + j] for j in range(cols)] for i in range(rows)]

    def _coefficients(self, d):
        r"""``[c_0, ..., c_{2L}]`` of :math:`L(W + tD)` (ring elements): the curve of :meth:`_curve_coefficients`
        with every layer :math:`D` touches moving at order 1."""
        net = self.net
        nl = len(net.dims) - 1
        moves = {k: (1, self._layer_matrix(d, k)) for k in range(1, nl + 1) if any(d[net.layer_slice(k)])}
        return self._curve_coefficients(moves, 2 * nl)

    def _first_order_zero(self, d, k, G):
        r""":math:`U_k D_k V_k \in J` (the first-order change of :math:`A` vanishes on the node)."""
        net = self.net
        nl = len(net.dims) - 1
        M = self._layer_matrix(d, k)
        if k > 1:
            M = net.matmul(M, net.chain(1, k - 1))
        if k < nl:
            M = net.matmul(net.chain(k + 1, nl), M)
        return all(not normal_form(x, G) for row in M for x in row)

    def _layer_of(self, d):
        net = self.net
        layers = [k for k in range(1, len(net.dims)) if any(d[net.layer_slice(k)])]
        return layers[0] if len(layers) == 1 else None

    # -- the node -------------------------------------------------------------------------------------------
    def _descent(self, gens, tb, G, label, depth, first):
        by_layer = {}
        for name, d in self.candidates(G):
            k = self._layer_of(d)
            if k is not None and self._first_order_zero(d, k, G):
                by_layer.setdefault(k, []).append((name, d))
        layers = sorted(by_layer)
        tried, found = 0, []
        for size in (2, 3):
            for chosen in itertools.combinations(layers, size):
                for combo in itertools.product(*[by_layer[k] for k in chosen]):
                    tried += 1
                    if tried > MAX_COMBINATIONS or len(found) >= ENOUGH:
                        break
                    d = [sum(parts, self.R.zero) for parts in zip(*[c[1] for c in combo])]
                    c = self._coefficients(d)
                    if len(c) < 4 or not c[3] or normal_form(c[1], G) or normal_form(c[2], G):
                        continue
                    nf3 = normal_form(c[3], G)
                    if nf3:
                        found.append((len(nf3), len(c[3]), tried, combo, d, c))
                        if len(found) >= ENOUGH:
                            break
        # the smallest order-3 coefficient first; it must lie outside the radical (else the child repeats the node)
        for *_, combo, d, c in sorted(found, key=lambda item: item[:3])[:3]:
            if not in_radical(c[3], G, 2):
                return self._descent_node(gens, tb, G, label, depth, first, combo, d, c)
        return None

    def _descent_node(self, gens, tb, G, label, depth, first, combo, d, c):
        R = self.R
        del self.leaves[first:]  # the unresolved leaf of this node
        vanishing = []
        for j in (1, 2):
            cof = tb.lift(c[j]) if c[j] else [R.zero] * len(gens)
            vanishing.append({"power": 1, "cofactors": [poly_to_json(x) for x in cof]})
        self.leaves.append({"path": label, "kind": "descent_saddle", "dimension": krull_dimension(G, self.net.nvars),
                            "direction": " + ".join(name for name, _ in combo)})
        node = {"kind": "descent_curve", "direction": [poly_to_json(x) for x in d], "order": 3,
                "vanishing": vanishing}
        if any(c[3].LM):
            cg = gens + [c[3]]
            node["child"] = self._node(cg, TrackedBasis(cg, R, start=tb, work_limit=self.work_limit),
                                       groebner_basis(cg, R), f"{label} / order-3 coefficient zero", depth + 1)
        return node


    def _data(self):
        """``X`` and ``Y`` as matrices of ring elements (made once per search)."""
        if getattr(self, "_xy", None) is None:
            R = self.R
            self._xy = ([[R(x) for x in row] for row in _q_rows(self.net.X)],
                        [[R(y) for y in row] for row in _q_rows(self.net.Y)])
        return self._xy

    # -- weighted curves ----------------------------------------------------------------------------------
    def _curve_coefficients(self, moves, upto):
        r"""``[c_0, ..., c_upto]`` of :math:`L` along :math:`W_k + t^{o_k} E_k` (``moves``: layer -> (order, E))."""
        net = self.net
        R = net.R
        poly = None
        for k in range(1, len(net.dims)):
            lay = {0: net.weights[k - 1]}
            if k in moves:
                order, E = moves[k]
                lay[order] = E
            if poly is None:
                poly = lay
                continue
            nxt = {}
            for i, M in poly.items():
                for j, F in lay.items():
                    if i + j > upto:
                        continue
                    P = net.matmul(F, M)
                    nxt[i + j] = P if i + j not in nxt else [[x + y for x, y in zip(r1, r2)]
                                                             for r1, r2 in zip(nxt[i + j], P)]
            poly = nxt
        Xq, Yq = self._data()
        E = {j: net.matmul(M, Xq) for j, M in poly.items()}
        E[0] = [[x - y for x, y in zip(r1, r2)] for r1, r2 in zip(E[0], Yq)]
        coeffs = []
        for m in range(upto + 1):
            total = R.zero
            for i in range(m + 1):
                if i in E and m - i in E:
                    total += sum((x * y for r1, r2 in zip(E[i], E[m - i]) for x, y in zip(r1, r2)), R.zero)
            coeffs.append(total / 2)
        return coeffs

    def _curve(self, gens, tb, G, label, depth, first):
        r"""A ``descent_curve`` node along a weighted curve, or ``None`` (see the module docstring).

        A combination of single-layer directions :math:`E_k` (layers :math:`S`) is tried only when the product
        with :math:`E_k` in place of :math:`W_k` for :math:`k \in S` pairs with the residual :math:`AX - Y`
        outside the node's ideal (the mechanism of the descent: that product enters :math:`A` at order
        :math:`\sum_{k \in S} o_k`); then layer orders by increasing sum.  Work is counted, not timed.
        """
        net = self.net
        R = self.R
        by_layer = {}
        for name, d in self.candidates(G):
            k = self._layer_of(d)
            if k is not None:
                by_layer.setdefault(k, []).append((name, d))
        layers = sorted(by_layer)
        Xq, Yq = self._data()
        residual = [[x - y for x, y in zip(r1, r2)] for r1, r2 in zip(net.matmul(net.chain(1, len(net.dims) - 1), Xq), Yq)]
        screened = tried = 0
        found = []
        for size in range(2, min(MAX_CURVE_LAYERS, len(layers)) + 1):
            orders = sorted((o for o in itertools.product(CURVE_ORDERS, repeat=size) if min(o) == 1),
                            key=lambda o: (sum(o) % 2 == 0, sum(o), o))
            for chosen in itertools.combinations(layers, size):
                for combo in itertools.product(*[by_layer[k] for k in chosen]):
                    screened += 1
                    if screened > MAX_SCREENED or tried > MAX_CURVES or found:
                        break
                    mats = {k: self._layer_matrix(d, k) for k, (_, d) in zip(chosen, combo)}
                    P = None
                    for k in range(1, len(net.dims)):
                        F = mats.get(k, net.weights[k - 1])
                        P = F if P is None else net.matmul(F, P)
                    PX = net.matmul(P, Xq)
                    pair = sum((x * y for r1, r2 in zip(residual, PX) for x, y in zip(r1, r2)), R.zero)
                    if not normal_form(pair, G):
                        continue
                    for order in orders:
                        tried += 1
                        if tried > MAX_CURVES:
                            break
                        moves = {k: (o, mats[k]) for k, o in zip(chosen, order)}
                        c = self._curve_coefficients(moves, MAX_CURVE_ORDER)
                        m = next((j for j in range(1, MAX_CURVE_ORDER + 1) if normal_form(c[j], G)), None)
                        if m is None or m < 3 or m % 2 == 0 or in_radical(c[m], G, 2):
                            continue
                        found.append((chosen, order, combo, c, m))
                        break
        if not found:
            return None
        chosen, order, combo, c, m = found[0]
        R = self.R
        terms = [[R.zero] * self.net.nvars for _ in range(max(order))]
        for k, o, (_, d) in zip(chosen, order, combo):
            terms[o - 1] = [a + b for a, b in zip(terms[o - 1], d)]
        del self.leaves[first:]
        vanishing = []
        for j in range(1, m):
            cof = tb.lift(c[j]) if c[j] else [R.zero] * len(gens)
            vanishing.append({"power": 1, "cofactors": [poly_to_json(x) for x in cof]})
        self.leaves.append({"path": label, "kind": "descent_saddle", "dimension": krull_dimension(G, self.net.nvars),
                            "direction": " + ".join(f"t^{o} ({name})" for o, (name, _) in zip(order, combo))})
        node = {"kind": "descent_curve", "direction": [poly_to_json(x) for x in terms[0]],
                "higher": [[poly_to_json(x) for x in D] for D in terms[1:]], "order": m, "vanishing": vanishing}
        if any(c[m].LM):
            cg = gens + [c[m]]
            node["child"] = self._node(cg, TrackedBasis(cg, R, start=tb, work_limit=self.work_limit),
                                       groebner_basis(cg, R), f"{label} / order-{m} coefficient zero", depth + 1)
        return node

    # -- rank-one directions built from Sigma's eigenvectors and kernel vectors -----------------------------
    def _rank_one(self, gens, tb, G, label, depth, first):
        r"""An order-3 ``descent_curve`` along :math:`W_k + t\, x_k y_k^T` on three layers, or ``None``.

        The vectors come from ``candidates.rank_one_factors`` (:func:`symbolic.critical.unregularized.rank_one_factors`:
        unit vectors, Sigma's eigenvectors, kernel vectors of the partial products).  A direction is kept when its
        first-order change of :math:`A` lies in :math:`J`; then, with :math:`G = (AX - Y)X^T`, :math:`c_1 \in J`,
        :math:`c_2 \equiv \langle G, A_2\rangle` and :math:`c_3 \equiv \langle G, A_3\rangle` modulo :math:`J`, and
        for rank-one directions on layers :math:`a > b > c` these pairings factor:
        :math:`\langle G, A_3\rangle = (y_a^T M_{ab} x_b)(y_b^T M_{bc} x_c)\,(U_a x_a)^T G (V_c^T y_c)`
        (:math:`M` the products of the layers between).  Triples are screened with these factors (counted:
        :data:`MAX_RANK_ONE_SCREENED`), the survivors expanded in full (:data:`MAX_RANK_ONE_LINES`).
        """
        factors = getattr(self.candidates, "rank_one_factors", None)
        net, R = self.net, self.R
        nl = len(net.dims) - 1
        if not factors or nl < 3 or net.loss != "squared":
            return None
        nf = lambda p: normal_form(p, G) if p else p  # noqa: E731
        dot = lambda u, v: sum((a * b for a, b in zip(u, v) if a and b), R.zero)  # noqa: E731
        Xq, Yq = self._data()
        residual = [[x - y for x, y in zip(r1, r2)] for r1, r2 in zip(net.matmul(net.product, Xq), Yq)]
        Gm = net.matmul(residual, [list(c) for c in zip(*Xq)])
        col = lambda v: [[e] for e in v]  # noqa: E731
        # per layer: (name, x, y, U_k x, V_k^T y, direction) with first-order change in J
        cands = {}
        for k in range(1, nl + 1):
            xs, ys = factors[k]
            U = net.chain(k + 1, nl) if k < nl else None
            Vt = [list(c) for c in zip(*net.chain(1, k - 1))] if k > 1 else None
            px = [(n, x, [e[0] for e in net.matmul(U, col(x))] if U else x) for n, x in xs]
            ry = [(n, y, [e[0] for e in net.matmul(Vt, col(y))] if Vt else y) for n, y in ys]
            sl = net.layer_slice(k)
            for (nx, x, p), (ny, y, r) in itertools.product(px, ry):
                if any(nf(a * b) for a in p if a for b in r if b):
                    continue
                d = [R.zero] * net.nvars
                d[sl] = [a * b for a in x for b in y]
                cands.setdefault(k, []).append((f"W{k}: {nx} ({ny})^T", x, y, p, r, d))
        scalars, pairings, pair_terms, between = {}, {}, {}, {}

        def scalar(ka, i, kb, j):  # y_i^T W_{ka-1} ... W_{kb+1} x_j modulo J
            if (ka, i, kb, j) not in scalars:
                y, x = cands[ka][i][2], cands[kb][j][1]
                if (ka, kb) not in between:
                    between[(ka, kb)] = net.chain(kb + 1, ka - 1)
                scalars[(ka, i, kb, j)] = nf(dot(y, [e[0] for e in net.matmul(between[(ka, kb)], col(x))]))
            return scalars[(ka, i, kb, j)]

        def pairing(ka, i, kc, j):  # (U x_i)^T G (V^T y_j) modulo J
            if (ka, i, kc, j) not in pairings:
                p, r = cands[ka][i][3], cands[kc][j][4]
                pairings[(ka, i, kc, j)] = nf(sum((p[s] * Gm[s][t] * r[t] for s in range(len(p)) if p[s]
                                                   for t in range(len(r)) if r[t]), R.zero))
            return pairings[(ka, i, kc, j)]

        def pair_term(ka, i, kb, j):  # the pair's part of c_2 modulo J
            if (ka, i, kb, j) not in pair_terms:
                s = scalar(ka, i, kb, j)
                pair_terms[(ka, i, kb, j)] = nf(s * pairing(ka, i, kb, j)) if s else R.zero
            return pair_terms[(ka, i, kb, j)]

        screened = lines = 0
        found = None
        for ka, kb, kc in itertools.combinations(sorted(cands, reverse=True), 3):
            for i, j, m in itertools.product(range(len(cands[ka])), range(len(cands[kb])), range(len(cands[kc]))):
                screened += 1
                if screened > MAX_RANK_ONE_SCREENED or lines >= MAX_RANK_ONE_LINES or found:
                    break
                sab, sbc = scalar(ka, i, kb, j), scalar(kb, j, kc, m)
                g = pairing(ka, i, kc, m) if sab and sbc else None
                if not g or pair_term(ka, i, kb, j) + pair_term(ka, i, kc, m) + pair_term(kb, j, kc, m):
                    continue
                c3 = nf(sab * sbc * g)  # c_3 modulo J; outside the radical, or the child repeats the node
                if not c3 or in_radical(c3, G, 2):
                    continue
                lines += 1
                combo = [(cands[k][n][0], cands[k][n][5]) for k, n in ((ka, i), (kb, j), (kc, m))]
                d = [a + b + c for a, b, c in zip(*[v for _, v in combo])]
                c = self._coefficients(d)
                if not normal_form(c[1], G) and not normal_form(c[2], G) and normal_form(c[3], G) == c3:
                    found = (combo, d, c)
        if found is None:
            return None
        combo, d, c = found
        return self._descent_node(gens, tb, G, label, depth, first, combo, d, c)


def _q_rows(M):
    return [[QQ(x.numerator, x.denominator) for x in row] for row in M]
