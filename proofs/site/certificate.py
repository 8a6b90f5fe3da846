r"""A certificate as a page: its known shapes rendered as mathematics, everything else as readable data.

Known shapes: a refutation (witness, premises, negation), a bundle (named parts), a classification (the problem's
matrices, the verdict, the Hessian inertia :math:`(n_+, n_-, n_0)`), a descent curve
:math:`x(t) = x_0 + \sum_p t^p C_p` with its leading term, facts (what each says, and the comparison), and inside
any of them matrices, vectors, sparse polynomials and exact numbers (:mod:`proofs.site.latex`).  Other data is shown
as keys and values, cut at a fixed budget of pieces so that a page stays readable; every page links the full JSON.
:func:`checked_parts` lists what the separate checker re-verified, part by part, with its reason.

Main definitions
----------------
* :func:`certificate_html`, :func:`data_html`, :func:`parts_html`, :func:`checked_parts`, :func:`kind_description`, :func:`find_curves`.
"""

from __future__ import annotations

import ast
import inspect
import json
import re

from markupsafe import Markup, escape

from proofs.ledger.report import named_groups
from proofs.site import latex

__all__ = ["certificate_html", "data_html", "parts_html", "checked_parts", "kind_description", "find_curves",
           "docstring_html"]

#: At most this many values are rendered on one page; the rest says "in the JSON".
BUDGET = 400
#: Lists of parts longer than this show their first items only.
MAX_ITEMS = 12


class _Context:
    def __init__(self, variables=()):
        self.variables = tuple(variables)
        self.used = 0

    def spend(self) -> bool:
        self.used += 1
        return self.used <= BUDGET


def _math(tex: str) -> Markup:
    return Markup('<span class="math">\\(') + escape(tex) + Markup("\\)</span>")


def _compact(value, limit: int = 240) -> Markup:
    text = json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
    if len(text) > limit:
        text = text[:limit] + " …"
    return Markup("<code>") + escape(text) + Markup("</code>")


def _is_matrix_list(value) -> bool:
    return isinstance(value, list) and bool(value) and all(latex.is_matrix(m) for m in value)


def _value(key: str, value, ctx: _Context, depth: int) -> Markup:
    if not ctx.spend():
        return Markup('<span class="cut">(more in the JSON)</span>')
    if isinstance(value, dict):
        if not value:
            return Markup("none")
        if isinstance(value.get("kind"), str):
            return _certificate(value, ctx, depth + 1)
        return _mapping(value, ctx, depth + 1)
    if value is None:
        return Markup("none")
    if isinstance(value, bool):
        return Markup('<span class="yes">yes</span>' if value else '<span class="no">no</span>')
    if latex.is_rational(value):
        return _math(latex.rational(value))
    if isinstance(value, str):
        return escape(value)
    if latex.is_matrix(value):
        return _math(latex.matrix(value))
    if isinstance(value, list) and value and all(latex.is_rational(x) for x in value):
        if len(value) > 3 * latex.MAX_ROWS:
            return _compact(value)
        return _math("(" + ", ".join(latex.rational(x) for x in value) + ")")
    if _is_matrix_list(value):
        name = "W" if key in ("weights", "point") else "M"
        return Markup(", ").join(_math(f"{name}_{{{i}}} = {latex.matrix(m)}") for i, m in enumerate(value, 1))
    if latex.is_polynomial_matrix(value):
        return _math(latex.polynomial_matrix(value, ctx.variables))
    if value and latex.is_polynomial(value):
        return _math(latex.polynomial(value, ctx.variables))
    if isinstance(value, list) and value and all(isinstance(x, dict) for x in value):
        items = [Markup("<li>") + _value(key, x, ctx, depth + 1) + Markup("</li>") for x in value[:MAX_ITEMS]]
        more = len(value) - MAX_ITEMS
        if more > 0:
            items.append(Markup(f'<li class="cut">and {more} more (in the JSON)</li>'))
        return Markup('<ol class="items">') + Markup("").join(items) + Markup("</ol>")
    return _compact(value)


def _mapping(d: dict, ctx: _Context, depth: int, skip=("kind",)) -> Markup:
    if depth > 7:
        return _compact(d)
    outer = ctx.variables
    if isinstance(d.get("variables"), list):
        ctx.variables = tuple(d["variables"])
    rows = [Markup("<dt>") + escape(k) + Markup("</dt><dd>") + _value(k, v, ctx, depth) + Markup("</dd>")
            for k, v in d.items() if k not in skip]
    ctx.variables = outer
    return Markup('<dl class="data">') + Markup("").join(rows) + Markup("</dl>") if rows else Markup("")


def _named_parts(title: str, parts: dict, ctx: _Context, depth: int) -> Markup:
    if not parts:
        return Markup("")
    out = [Markup(f'<div class="parts"><h4>{escape(title)}</h4>')]
    for i, (name, part) in enumerate(parts.items()):
        if i == MAX_ITEMS:
            out.append(Markup(f'<p class="cut">and {len(parts) - MAX_ITEMS} more parts (in the JSON)</p>'))
            break
        kind = part.get("kind") if isinstance(part, dict) else None
        out.append(Markup('<details class="part"') + Markup(" open" if depth < 2 else "") + Markup("><summary>")
                   + escape(name) + (Markup(' <span class="kind">') + escape(kind) + Markup("</span>") if kind else "")
                   + Markup("</summary>") + _value(name, part, ctx, depth) + Markup("</details>"))
    out.append(Markup("</div>"))
    return Markup("").join(out)


def _curve(d: dict, ctx: _Context) -> Markup:
    coefficients = d.get("curve") or []
    pieces = []
    for p, layers in enumerate(coefficients, 1):
        if _is_matrix_list(layers):
            tex = ",\\ ".join(latex.matrix(m) for m in layers)
            pieces.append(_math(f"C_{{{p}}} = \\left({tex}\\right)"))
    order, lead = d.get("order"), d.get("leading_coefficient")
    head = _math("x(t) = x_0 + " + " + ".join(f"t^{{{p}}} C_{{{p}}}" if p > 1 else "t\\,C_1"
                                              for p in range(1, len(coefficients) + 1)))
    out = [Markup('<div class="curve"><p>') + head + Markup("</p>")]
    out += [Markup("<p>") + p + Markup("</p>") for p in pieces]
    if order is not None and lead is not None:
        out.append(Markup("<p>") + _math(f"L(x(t)) - L(x_0) = {latex.rational(lead)}\\, t^{{{order}}} + "
                                         f"O(t^{{{int(order) + 1}}})") + Markup("</p>"))
    rest = {k: v for k, v in d.items() if k not in ("kind", "curve", "order", "leading_coefficient")}
    return Markup("").join(out) + _mapping(rest, ctx, 1) + Markup("</div>")


def _classification(d: dict, ctx: _Context, depth: int) -> Markup:
    result = d.get("result") or {}
    out = []
    problem = d.get("problem")
    if isinstance(problem, dict):
        out.append(Markup("<h4>Problem</h4>") + _mapping(problem, ctx, depth))
    inertia = result.get("hessian_inertia") if isinstance(result, dict) else None
    if isinstance(result, dict):
        line = [Markup("verdict <strong>") + escape(str(result.get("verdict"))) + Markup("</strong>")]
        if isinstance(inertia, dict):
            line.append(Markup("Hessian inertia ") + _math(
                f"(n_+, n_-, n_0) = ({inertia.get('positive')}, {inertia.get('negative')}, {inertia.get('zero')})"))
        if "strict" in result:
            line.append(Markup("strict (a negative Hessian eigenvalue): ") + _value("strict", result["strict"], ctx, depth))
        out.append(Markup('<p class="verdict">') + Markup("; ").join(line) + Markup("</p>"))
        rest = {k: v for k, v in result.items() if k not in ("verdict", "hessian_inertia", "strict")}
        out.append(_mapping(rest, ctx, depth))
    rest = {k: v for k, v in d.items() if k not in ("kind", "problem", "result")}
    out.append(_mapping(rest, ctx, depth))
    return Markup("").join(out)


def _facts(d: dict, ctx: _Context, depth: int) -> Markup:
    out = []
    if isinstance(d.get("data"), dict):
        out.append(Markup("<h4>Data</h4>") + _mapping(d["data"], ctx, depth))
    facts = d.get("facts") or []
    rows = []
    for f in facts[:3 * MAX_ITEMS]:
        if isinstance(f, dict):
            rows.append(Markup("<tr><td>") + escape(f.get("says", "")) + Markup("</td><td>")
                        + _compact([f.get("left"), f.get("op"), f.get("right")], 160) + Markup("</td></tr>"))
    if len(facts) > 3 * MAX_ITEMS:
        rows.append(Markup(f'<tr><td class="cut" colspan="2">and {len(facts) - 3 * MAX_ITEMS} more facts</td></tr>'))
    if rows:
        out.append(Markup('<table class="facts"><tr><th>fact</th><th>recomputed: left, op, right</th></tr>')
                   + Markup("").join(rows) + Markup("</table>"))
    return Markup("").join(out)


def _certificate(d: dict, ctx: _Context, depth: int) -> Markup:
    kind = d.get("kind")
    head = Markup('<div class="cert"><div class="cert-kind">') + escape(kind) + Markup("</div>")
    if depth > 8:
        return head + _compact(d) + Markup("</div>")
    if kind == "refutation":
        body = Markup("")
        if d.get("witness"):
            body += Markup('<div class="witness"><h4>Witness</h4>') + _mapping(d["witness"], ctx, depth) + Markup("</div>")
        body += _named_parts("Premises (the witness satisfies the hypotheses)", d.get("premises"), ctx, depth)
        body += _named_parts("Negation (the witness violates the conclusion)", d.get("negation"), ctx, depth)
        body += _named_parts("Further witnesses", d.get("further"), ctx, depth)
    elif kind == "bundle":
        body = _named_parts("Parts", d.get("parts"), ctx, depth)
    elif kind == "curve":
        body = _curve(d, ctx)
    elif kind == "classification":
        body = _classification(d, ctx, depth)
    elif kind == "facts":
        body = _facts(d, ctx, depth)
    else:
        body = _mapping(d, ctx, depth)
    return head + body + Markup("</div>")


def certificate_html(cert) -> Markup:
    r"""The certificate as HTML, with math in ``\( \)`` for KaTeX.

    Examples
    ========

    >>> from proofs.site.certificate import certificate_html
    >>> html = certificate_html({"kind": "curve", "curve": [[[["1", "0"]]]], "order": 3,
    ...                          "leading_coefficient": "-1/2"})
    >>> "C_{1} = " in html and "-\\tfrac{1}{2}\\, t^{3}" in html
    True
    >>> certificate_html(None)
    Markup('<p>No certificate.</p>')
    """
    if not isinstance(cert, dict):
        return Markup("<p>No certificate.</p>")
    return _certificate(cert, _Context(), 0)


def data_html(mapping: dict) -> Markup:
    """Named data (a witness: matrices, numbers, polynomials over its ``variables``) as a definition list."""
    return _mapping(mapping, _Context(), 0, skip=()) if isinstance(mapping, dict) else Markup("")


def parts_html(title: str, parts: dict) -> Markup:
    """Named certificates (a refutation's premises or negation), each rendered."""
    return _named_parts(title, parts, _Context(), 0) if isinstance(parts, dict) else Markup("")


def _math_text(text: str) -> Markup:
    """Docstring text to HTML: ``:math:`x``` to inline math, ``code`` to code."""
    out, pos = [], 0
    for m in re.finditer(r":math:`([^`]*)`|``([^`]*)``", text):
        out.append(escape(text[pos:m.start()]))
        out.append(_math(m.group(1)) if m.group(1) is not None else Markup("<code>") + escape(m.group(2))
                   + Markup("</code>"))
        pos = m.end()
    out.append(escape(text[pos:]))
    return Markup("").join(out)


def docstring_html(text: str) -> Markup:
    """The first line of a docstring, as HTML."""
    first = (text or "").strip().split("\n\n")[0]
    return _math_text(" ".join(first.split()))


def kind_description(kind: str) -> Markup:
    """What the separate checker does for this kind: its function's docstring, or its module's.

    Examples
    ========

    >>> from proofs.site.certificate import kind_description
    >>> "fact" in kind_description("facts")
    True
    """
    from symbolic.checker.bundle import CHECKERS

    fn = CHECKERS.get(kind)
    if fn is None:
        return Markup("no checker for this kind")
    doc = (inspect.getdoc(fn) or "").strip()
    if not doc or doc.startswith(("Re-verify", "``(ok")) or kind == "refutation":
        module = inspect.getmodule(fn)
        if kind == "refutation":
            import symbolic.checker.premises as module
        try:
            doc = ast.get_docstring(ast.parse(inspect.getsource(module))) or doc
        except (OSError, TypeError):
            pass
    return docstring_html(doc)


def checked_parts(cert) -> list[dict]:
    """The certificate and its named parts, each re-verified by the separate checker: role, name, kind, ok, reason.

    Examples
    ========

    >>> from proofs.site.certificate import checked_parts
    >>> X = [["1", "0"], ["0", "0"]]
    >>> facts = {"kind": "facts", "data": {"X": X},
    ...          "facts": [{"says": "rank X = 1", "left": {"rank": ["X"]}, "op": "==", "right": 1}]}
    >>> [(p["role"], p["kind"], p["ok"]) for p in checked_parts({"kind": "bundle", "parts": {"r": facts}})]
    [('certificate', 'bundle', True), ('part', 'facts', True)]
    """
    from symbolic.checker.bundle import verify

    if not isinstance(cert, dict):
        return []
    ok, reason = verify(cert)
    rows = [{"role": "certificate", "name": "", "kind": cert.get("kind"), "ok": ok, "reason": reason,
             "about": kind_description(cert.get("kind"))}]
    groups = named_groups(cert)
    for role, parts in groups:
        for name, part in list(parts.items())[:3 * MAX_ITEMS]:
            if isinstance(part, dict):
                ok, reason = verify(part)
                rows.append({"role": role, "name": name, "kind": part.get("kind"), "ok": ok, "reason": reason,
                             "about": kind_description(part.get("kind"))})
    return rows


def find_curves(cert):
    """Every distinct ``(problem, curve)`` pair in a certificate: a classification's problem with a curve of its
    certificate (a point that is both a premise and the negation is listed once).

    Examples
    ========

    >>> from proofs.site.certificate import find_curves
    >>> cert = {"kind": "classification", "problem": {"dims": [1, 1], "weights": [[["0"]]]},
    ...         "result": {"certificate": {"descent": {"kind": "curve", "curve": [], "order": 2}}}}
    >>> [(p["dims"], c["order"]) for p, c in find_curves(cert)]
    [([1, 1], 2)]
    """
    unique = {}
    for problem, curve in _find_curves(cert):
        unique.setdefault(json.dumps([problem, curve], sort_keys=True), (problem, curve))
    return list(unique.values())


def _find_curves(cert):
    found = []
    if isinstance(cert, dict):
        problem = cert.get("problem")
        if isinstance(problem, dict) and "weights" in problem:
            for curve in _curves_in(cert.get("result")) + _curves_in(cert.get("curve")):
                found.append((problem, curve))
            return found
        for v in cert.values():
            found += _find_curves(v)
    elif isinstance(cert, list):
        for v in cert:
            found += _find_curves(v)
    return found


def _curves_in(value) -> list:
    if isinstance(value, dict):
        if value.get("kind") == "curve" and "order" in value:
            return [value]
        return [c for v in value.values() for c in _curves_in(v)]
    if isinstance(value, list):
        return [c for v in value for c in _curves_in(v)]
    return []
