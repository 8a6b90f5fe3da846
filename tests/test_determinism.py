"""Same verdicts and certificates under several hash seeds, with SymPy's cache off, and after mp.dps = 5."""

import json
import os
import subprocess
import sys


SCRIPT = r"""
import json, sys
if sys.argv[1] == "lowdps":
    import mpmath
    mpmath.mp.dps = 5
from proofs.notebooks.classifier_walkthrough import CASES
from symbolic.landscape.classify import classify_json
from proofs.papers.laurent_vonbrecht_2018.constructions import CLAIM2_INSTANCES, claim2_certificate
out = {}
for name, problem in CASES.items():
    r = classify_json(problem)
    out[name] = [r["verdict"], r["strict"], r["hessian_inertia"], r["certificate"]]
out["claim2"] = claim2_certificate(*CLAIM2_INSTANCES[1])
print(json.dumps(out, sort_keys=True))
"""


def _run(mode, **env):
    full = dict(os.environ, **env)
    proc = subprocess.run([sys.executable, "-c", SCRIPT, mode], capture_output=True, text=True, env=full, check=True)
    return json.loads(proc.stdout)


def test_verdicts_and_certificates_are_deterministic():
    base = _run("plain", PYTHONHASHSEED="0")
    assert _run("plain", PYTHONHASHSEED="1") == base
    assert _run("plain", PYTHONHASHSEED="12345", SYMPY_USE_CACHE="no") == base
    assert _run("lowdps", PYTHONHASHSEED="7") == base
