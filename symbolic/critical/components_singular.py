r"""Optional backend: the prime decomposition of the critical set by Singular (Debian package ``singular``).

SymPy has no primary decomposition; Singular's ``minAssGTZ`` gives the minimal associated primes of the
gradient ideal, i.e. the irreducible components of the critical set over :math:`\overline{\mathbb{Q}}`
(Gianni-Trager-Zacharias), with each component's dimension and the loss's normal form on it (a constant:
the loss takes one value on an irreducible component of its critical set).  Run as a subprocess (Singular
is GPL); nothing here is a certificate: it cross-checks the SymPy path's values and dimensions and lists the
components of networks the certificate search does not reach.  Without Singular, :func:`singular_available`
is false and the callers skip it.

Main definitions
----------------
* :func:`singular_available`, :func:`singular_components`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile

__all__ = ["singular_available", "singular_components", "singular_script"]


def singular_available() -> bool:
    """Whether the ``Singular`` executable is on the PATH."""
    return shutil.which("Singular") is not None


def _poly_text(p) -> str:
    terms = []
    for mono, c in sorted(p.terms()):
        factors = [f"x({i + 1})^{e}" if e > 1 else f"x({i + 1})" for i, e in enumerate(mono) if e]
        coef = f"({c.numerator}/{c.denominator})" if c.denominator != 1 else f"({c.numerator})"
        terms.append("*".join([coef] + factors))
    return "+".join(terms) if terms else "0"


def singular_script(net) -> str:
    """The Singular program: the gradient ideal, ``minAssGTZ``, then per component its dimension and :math:`L`."""
    grads = ",\n  ".join(_poly_text(g) for g in net.gradient)
    return (f'LIB "primdec.lib";\nring r = 0, (x(1..{net.nvars})), dp;\n'
            f"ideal I =\n  {grads};\npoly L = {_poly_text(net.loss_poly)};\n"
            "list P = minAssGTZ(I);\nint i;\n"
            "for (i = 1; i <= size(P); i++) {\n  ideal Q = std(P[i]);\n"
            '  print("component " + string(dim(Q)) + " " + string(reduce(L, Q)) + " " + string(size(Q)));\n}\n'
            "quit;\n")


def singular_components(net, timeout_seconds: float = 600.0):
    """``[{"dimension": d, "value": "c", "generators": k}, ...]``, one per irreducible component.

    ``value`` is the loss's normal form on the component (a rational string when the value is rational).
    ``timeout_seconds`` only protects the caller from a hung subprocess; results never depend on it
    (a timeout raises ``RuntimeError``).
    """
    if not singular_available():
        raise RuntimeError("Singular is not installed (Debian: apt-get install singular)")
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "critical.sing")
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(singular_script(net))
        try:
            done = subprocess.run(["Singular", "-q", "--no-rc", path], capture_output=True, text=True,
                                  timeout=timeout_seconds, check=False)
        except subprocess.TimeoutExpired:
            raise RuntimeError(f"Singular did not finish in {timeout_seconds} s") from None
    if done.returncode != 0:
        raise RuntimeError(f"Singular failed: {done.stderr.strip()[:200]}")
    out = []
    for line in done.stdout.splitlines():
        if line.startswith("component "):
            _, dim, value, size = line.split(" ", 3)
            out.append({"dimension": int(dim), "value": value, "generators": int(size)})
    return sorted(out, key=lambda c: (c["value"], -c["dimension"]))


def cross_check(values, components) -> list[str]:
    """Disagreements between the SymPy path's value components and Singular's prime components.

    ``values`` are :func:`symbolic.critical.unregularized.unregularized_critical_set`'s ``values`` (``"L = c"``
    and a dimension); each value must be the value of some prime component, the largest of their dimensions must
    be the value component's, and every prime component's value must occur.  An empty list means they agree.
    """
    ours = {v["value"].removeprefix("L = "): v["dimension"] for v in values}
    theirs: dict = {}
    for c in components:
        theirs[c["value"]] = max(theirs.get(c["value"], -1), c["dimension"])
    problems = [f"value {v}: dimension {d} here, {theirs.get(v)} by Singular" for v, d in sorted(ours.items())
                if theirs.get(v) != d]
    problems += [f"Singular's component of value {v} has no value component here" for v in sorted(theirs)
                 if v not in ours]
    return problems
