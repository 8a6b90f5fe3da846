"""Refutations with their premises: a witness that satisfies P and not Q, both re-verified.

A refutation of "P implies Q" is a witness, facts that show it satisfies P, and a certificate that it
violates Q.  Two certificate kinds:

``facts`` -- exact facts about named rational matrices::

    {"kind": "facts", "data": {"X": rows, "Y": rows, "weights": [rows, ...], "A1": rows, ...},
     "facts": [{"says": "d_(p2) < min(d_h, d_0)", "left": expr, "op": "<", "right": expr}, ...]}

An ``expr`` is an integer, ``{"rank": [name, ...]}`` (the rank of the product of the named matrices, left to
right; ``name^T`` transposes), ``{"rows": name}``, ``{"cols": name}``, ``{"entry": [name, i, j]}`` (0-based),
``{"dim": i}`` (entry ``i`` of ``data["dims"]``), ``{"min": [expr, ...]}``, ``{"max": [expr, ...]}``,
``{"sum": [expr, ...]}``, ``{"smallest": [k, [expr, ...]]}`` (the ``k``-th smallest, from 1, with repetition), or
``{"neg": expr}``.  Names are the keys of ``data`` holding a matrix (entries rational strings, or constant JSON
polynomials ``[[[], "q"], ...]`` as in ``matrix_identity``); ``weights`` names its layers ``W1``, ..., ``WL``.  ``op`` is one of
``<``, ``<=``, ``==``, ``!=``, ``>``, ``>=``.  Every fact is recomputed with Fractions.

``refutation`` -- the premises and the negated conclusion, each a dict of named certificates of any kind::

    {"kind": "refutation", "witness": {key: value, ...}, "premises": {name: cert, ...},
     "negation": {name: cert, ...}}

Both dicts must be non-empty and every part must verify.  Every ``witness`` key must occur (at any depth) in
every part, always with exactly the witness's value: so the premises and the negation speak of one point.  An
optional ``"further": {name: refutation, ...}`` holds more witnesses, each a whole refutation, all verified.

Main definitions
----------------
* :func:`verify_facts`, :func:`verify_refutation`, :func:`occurrences`.
"""

from __future__ import annotations

from fractions import Fraction

from .assumptions import rank
from .poly import frac_matrix, mat_mul, transpose

__all__ = ["verify_facts", "verify_refutation", "occurrences"]

_OPS = {"<": lambda a, b: a < b, "<=": lambda a, b: a <= b, "==": lambda a, b: a == b,
        "!=": lambda a, b: a != b, ">": lambda a, b: a > b, ">=": lambda a, b: a >= b}


def _entry(x) -> Fraction:
    if isinstance(x, list):  # a constant JSON polynomial: [[[], "q"], ...]
        if any(exps != [] for exps, _ in x):
            raise ValueError("a matrix entry of a facts certificate is a constant")
        return sum((frac_matrix([[c]])[0][0] for _, c in x), Fraction(0))
    return frac_matrix([[x]])[0][0]


def _matrix(rows):
    if not rows or len({len(r) for r in rows}) != 1 or not rows[0]:
        raise ValueError("a matrix needs equal, non-empty rows")
    return [[_entry(x) for x in row] for row in rows]


def _matrices(data: dict) -> dict:
    mats = {}
    for key, value in data.items():
        if key == "weights":
            for k, W in enumerate(value, start=1):
                mats[f"W{k}"] = _matrix(W)
        elif key != "dims" and isinstance(value, list) and value and isinstance(value[0], list):
            mats[key] = _matrix(value)
    if "dims" in data:
        mats["dims"] = [Fraction(int(d)) for d in data["dims"]]
    return mats


def _named(name: str, mats: dict):
    base, _, tr = name.partition("^")
    if base not in mats or tr not in ("", "T"):
        raise ValueError(f"unknown matrix {name!r}")
    return transpose(mats[base]) if tr == "T" else mats[base]


def _eval(expr, mats: dict) -> Fraction:
    if isinstance(expr, bool):
        raise TypeError("a fact compares numbers, not booleans")
    if isinstance(expr, int):
        return Fraction(expr)
    if not isinstance(expr, dict) or len(expr) != 1:
        raise ValueError(f"an expression is an integer or a one-key dict; got {expr!r}")
    (op, arg), = expr.items()
    if op == "rank":
        if not isinstance(arg, list) or not arg:
            raise ValueError("rank takes a non-empty list of matrix names")
        P = _named(arg[0], mats)
        for name in arg[1:]:
            M = _named(name, mats)
            if len(P[0]) != len(M):
                raise ValueError(f"{name!r} does not chain in {arg}")
            P = mat_mul(P, M)
        return Fraction(rank(P))
    if op == "rows":
        return Fraction(len(_named(arg, mats)))
    if op == "cols":
        return Fraction(len(_named(arg, mats)[0]))
    if op == "entry":
        name, i, j = arg
        return _named(name, mats)[i][j]
    if op == "dim":
        if "dims" not in mats:
            raise ValueError("'dim' needs data['dims']")
        return mats["dims"][arg]
    if op == "smallest":
        k, items = arg
        values = sorted(_eval(a, mats) for a in items)
        if not isinstance(k, int) or not 1 <= k <= len(values):
            raise ValueError(f"smallest takes k from 1 to {len(values)}; got {k!r}")
        return values[k - 1]
    if op in ("min", "max", "sum"):
        if not isinstance(arg, list) or not arg:
            raise ValueError(f"{op} takes a non-empty list")
        values = [_eval(a, mats) for a in arg]
        return {"min": min, "max": max, "sum": sum}[op](values)
    if op == "neg":
        return -_eval(arg, mats)
    raise ValueError(f"unknown expression {op!r}")


def verify_facts(cert: dict) -> tuple[bool, str]:
    """Every stated fact about the named matrices holds, recomputed exactly.

    Examples
    ========

    >>> from symbolic.checker.premises import verify_facts
    >>> cert = {"kind": "facts", "data": {"X": [["1", "0"], ["0", "0"]], "weights": [[["1", "2"]]]},
    ...         "facts": [{"says": "rank X = 1", "left": {"rank": ["X"]}, "op": "==", "right": 1},
    ...                   {"says": "W1 X != 0", "left": {"rank": ["W1", "X"]}, "op": ">", "right": 0}]}
    >>> verify_facts(cert)
    (True, '2 facts verified')
    >>> cert["facts"][0]["right"] = 2
    >>> verify_facts(cert)
    (False, "fact 'rank X = 1' fails: 1 == 2 is false")
    """
    data, facts = cert.get("data"), cert.get("facts")
    if not isinstance(data, dict) or not isinstance(facts, list) or not facts:
        return False, "a facts certificate holds data and a non-empty list of facts"
    mats = _matrices(data)
    for fact in facts:
        op = fact.get("op")
        if op not in _OPS:
            return False, f"unknown comparison {op!r}; use one of {', '.join(_OPS)}"
        left, right = _eval(fact["left"], mats), _eval(fact["right"], mats)
        if not _OPS[op](left, right):
            return False, f"fact {fact.get('says', '')!r} fails: {left} {op} {right} is false"
    return True, f"{len(facts)} facts verified"


def occurrences(value, key: str) -> list:
    """Every value stored under ``key`` at any depth of JSON data.

    Examples
    ========

    >>> from symbolic.checker.premises import occurrences
    >>> occurrences({"a": 1, "b": [{"a": 2}, {"c": {"a": 3}}]}, "a")
    [1, 2, 3]
    """
    found = []
    if isinstance(value, dict):
        for k, v in value.items():
            if k == key:
                found.append(v)
            found.extend(occurrences(v, key))
    elif isinstance(value, list):
        for v in value:
            found.extend(occurrences(v, key))
    return found


def verify_refutation(cert: dict, verify) -> tuple[bool, str]:
    """The witness satisfies the premises and violates the conclusion: every part verifies (``verify`` is the
    dispatcher of :mod:`symbolic.checker.bundle`), and every part speaks of the witness.

    Examples
    ========

    >>> from symbolic.checker.bundle import verify
    >>> facts = lambda X, r: {"kind": "facts", "data": {"X": X},
    ...                       "facts": [{"left": {"rank": ["X"]}, "op": "==", "right": r}]}
    >>> X = [["1", "0"], ["0", "0"]]
    >>> cert = {"kind": "refutation", "witness": {"X": X},
    ...         "premises": {"rank 1": facts(X, 1)}, "negation": {"not full rank": facts(X, 1)}}
    >>> verify(cert)
    (True, 'premises (1) and negation (1) verified at one witness')
    >>> cert["premises"]["rank 1"] = facts([["1", "0"], ["0", "1"]], 2)
    >>> verify(cert)
    (False, "premise 'rank 1' is about another point: its 'X' differs from the witness's")
    """
    premises, negation = cert.get("premises"), cert.get("negation")
    if not isinstance(premises, dict) or not premises:
        return False, "a refutation certifies its premises: 'premises' must name at least one certificate"
    if not isinstance(negation, dict) or not negation:
        return False, "a refutation certifies the negated conclusion: 'negation' must name at least one certificate"
    witness = cert.get("witness") or {}
    if not isinstance(witness, dict):
        return False, "the witness is a dict of the data every part must share"
    for role, parts in (("premise", premises), ("negation", negation)):
        for name, part in parts.items():
            for key, value in witness.items():
                seen = occurrences(part, key)
                if not seen:
                    return False, f"{role} {name!r} does not state the witness's {key!r}"
                if any(s != value for s in seen):
                    return False, f"{role} {name!r} is about another point: its {key!r} differs from the witness's"
            ok, reason = verify(part)
            if not ok:
                return False, f"{role} {name!r}: {reason}"
    further = cert.get("further") or {}
    if not isinstance(further, dict):
        return False, "'further' maps names to more refutations"
    for name, more in further.items():
        if not isinstance(more, dict) or more.get("kind") != "refutation":
            return False, f"further witness {name!r} is not a refutation"
        ok, reason = verify_refutation(more, verify)
        if not ok:
            return False, f"further witness {name!r}: {reason}"
    extra = f"; {len(further)} further witnesses verified" if further else ""
    return True, f"premises ({len(premises)}) and negation ({len(negation)}) verified at one witness{extra}"
