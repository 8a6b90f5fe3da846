r"""Laurent and von Brecht (2018): the expansion step of the proof of Lemma 1, as a generic matrix identity.

Main results
------------
* ``product_perturbation_eq_of_one_layer`` -- replacing :math:`W_k` by :math:`W_k + H` changes the product by
  exactly :math:`W_{k+1,+} H W_{k-1,-}`, and :math:`\langle G, W_{k+1,+}HW_{k-1,-}\rangle =
  \langle W_{k+1,+}^T G W_{k-1,-}^T, H\rangle` (the trace step), for every :math:`G`.

References
----------
* ``laurent-vonbrecht-2018``, "Lemma 1" (its proof: the expansion and the cyclic trace step).
"""

from __future__ import annotations

from proofs.checks.matrix_terms import IdentityBuilder
from proofs.ledger.claim import Claim, Outcome

__all__ = ["CLAIMS", "expansion_certificate"]

_DIMS = {True: ((1, 2, 1), (2, 1, 2, 1)), False: ((1, 2, 1), (2, 1, 2, 1), (2, 2, 1, 2), (1, 2, 2, 1, 2))}


def expansion_certificate(dims) -> dict:
    r"""For every layer :math:`k` of ``dims`` (:math:`W_i \in \mathbb{R}^{d_i \times d_{i-1}}`), all entries generic:

    .. math::

        W_L \cdots (W_k + H) \cdots W_1 = A + W_{k+1,+} H W_{k-1,-}, \qquad
        \langle G, W_{k+1,+}HW_{k-1,-}\rangle = \langle W_{k+1,+}^T G W_{k-1,-}^T, H\rangle,

    with :math:`W_{k+1,+} = W_L \cdots W_{k+1}` and :math:`W_{k-1,-} = W_{k-1} \cdots W_1` (empty products are
    identities).

    Examples
    ========

    >>> from symbolic.checker.bundle import verify
    >>> verify(expansion_certificate((1, 2, 1)))[0]
    True
    """
    L = len(dims) - 1
    b = IdentityBuilder()
    for i in range(1, L + 1):
        b.generic(f"W{i}", dims[i], dims[i - 1])
    b.generic("G", dims[L], dims[0])
    for i in range(len(dims)):
        b.constant(f"I{i}", [[int(r == c) for c in range(dims[i])] for r in range(dims[i])])
    b.derived("A", [(1, [f"W{i}" for i in range(L, 0, -1)])])
    for k in range(1, L + 1):
        b.generic(f"H{k}", dims[k], dims[k - 1])
        up = [f"W{i}" for i in range(L, k, -1)] or [f"I{L}"]
        down = [f"W{i}" for i in range(k - 1, 0, -1)] or ["I0"]
        b.derived(f"Wk{k}", [(1, [f"W{k}"]), (1, [f"H{k}"])])
        perturbed = [f"W{i}" if i != k else f"Wk{k}" for i in range(L, 0, -1)]
        b.equal([(1, perturbed)], [(1, ["A"]), (1, [*up, f"H{k}", *down])])
        b.derived(f"E{k}", [(1, [*up, f"H{k}", *down])])
        b.derived(f"Gk{k}", [(1, [*[f"{w}^T" for w in reversed(up)], "G", *[f"{w}^T" for w in reversed(down)]])])
        b.equal(b.inner("G", f"E{k}", dims[0]), b.inner(f"Gk{k}", f"H{k}", dims[k - 1]))
    return b.certificate()


def _check(quick: bool) -> Outcome:
    dims = _DIMS[quick]
    parts = {f"dims {d}": expansion_certificate(d) for d in dims}
    return Outcome(
        "confirmed",
        "every layer k and every W_1..W_L, H and G of dims " + ", ".join(map(str, dims)) + " (polynomial "
        "identities in the entries): the perturbed product is exactly A + W_{k+1,+} H W_{k-1,-} (no remainder: the "
        "product is linear in W_k), and <G, W_{k+1,+} H W_{k-1,-}> = <W_{k+1,+}^T G W_{k-1,-}^T, H>",
        {"kind": "bundle", "parts": parts}, scope_kind="all")


CLAIMS = (
    Claim(
        id="product_perturbation_eq_of_one_layer",
        paper="laurent-vonbrecht-2018",
        label="Lemma 1",
        location="L445-L461",
        kind="lemma",
        statement=(r"Proof of Lemma 1: $F(W_1, \dots, W_k + H, \dots, W_L) = f(A + W_{k+1,+}HW_{k-1,-})$, i.e. "
                   r"$W_L \cdots (W_k + H) \cdots W_1 = A + W_{k+1,+}HW_{k-1,-}$, and "
                   r"$\langle \nabla f(A), W_{k+1,+}HW_{k-1,-}\rangle_{fro} = \langle W_{k+1,+}^T\nabla f(A)"
                   r"W_{k-1,-}^T, H\rangle_{fro}$; with $f(A + E) = f(A) + \langle\nabla f(A), E\rangle + "
                   r"o(\lVert E\rVert)$ (differentiability) this gives the gradient formula."),
        source="F (W1, . . . , Wk−1, Wk + H, Wk+1, . . . , WL) [...] Using the cyclic property Tr(ABC) = Tr(CAB) of the",
        reading=(r"Truncated products as in (5), empty products the identity; the trace identity is checked with a "
                 r"free matrix $G$ for $\nabla f(A)$, so it holds for every $f$. The first-order expansion of $f$ is "
                 r"the definition of its gradient and is not part of the certificate."),
        check=_check,
        recorded="confirmed",
        scope_kind="all",
    ),
)
