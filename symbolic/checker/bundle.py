"""Dispatch on a certificate's ``kind``, and bundles of certificates.

Every checker answers ``(ok, reason)`` or a plain ``bool``; :func:`verify` turns
either into ``(ok, reason)`` and refuses anything that is not a real boolean
(a tuple or ``None`` is never taken as truth).  A bundle,
``{"kind": "bundle", "parts": {name: certificate, ...}}``, holds when every part does.

Main definitions
----------------
* :data:`CHECKERS`, :func:`verify`, :func:`verify_bundle`.
"""

from __future__ import annotations

from .identities import verify_identity_sweep
from .matrix_identity import verify_matrix_identity
from .piecewise import verify_piecewise, verify_piecewise_value
from .positivity import verify_nonnegativity

__all__ = ["CHECKERS", "verify", "verify_bundle"]


def verify(cert) -> tuple[bool, str]:
    """``(ok, reason)`` for any known certificate kind.

    Examples
    ========

    >>> from symbolic.checker.bundle import verify
    >>> verify({"kind": "bundle", "parts": {}})
    (False, 'an empty bundle certifies nothing')
    >>> verify({"kind": "oracle"})[0]
    False
    """
    if not isinstance(cert, dict):
        return False, "a certificate is a dict with a \"kind\""
    checker = CHECKERS.get(cert.get("kind"))
    if checker is None:
        return False, f"no checker for certificate kind {cert.get('kind')!r}"
    result = checker(cert)
    ok, reason = result if isinstance(result, tuple) else (result, "")
    if not isinstance(ok, bool):
        raise TypeError(f"the checker for {cert['kind']!r} answered {ok!r}, not a boolean")
    return ok, reason


def verify_bundle(cert: dict) -> tuple[bool, str]:
    """Every part of a bundle verifies."""
    parts = cert.get("parts")
    if not isinstance(parts, dict) or not parts:
        return False, "an empty bundle certifies nothing"
    for name, part in parts.items():
        ok, reason = verify(part)
        if not ok:
            return False, f"part {name!r}: {reason}"
    return True, f"{len(parts)} parts verified"


#: Certificate kind -> checker.  Later issues register their kinds here.
CHECKERS = {
    "identity_sweep": verify_identity_sweep,
    "nonnegativity": verify_nonnegativity,
    "piecewise_nonnegativity": verify_piecewise,
    "piecewise_value": verify_piecewise_value,
    "matrix_identity": verify_matrix_identity,
    "bundle": verify_bundle,
}
