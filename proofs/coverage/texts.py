"""The papers' plain-text extractions, and where a quoted sentence is printed in them.

The texts live beside the repository (``../shared/papers/``, one file per paper, named in ``INDEX.md``); the
environment variable ``DLNPROOF_PAPERS`` points elsewhere.  A claim's ``location`` is a line range ``"L120-L124"``
(1-based, inclusive; ``"L120"`` for one line) of its paper's file, where its ``source`` quote is printed.  Quotes are
compared after :func:`normalize`: case, whitespace, hyphens, ``$``, ``*`` and the common PDF ligatures do not count, so a quote
may join words the extraction broke across lines.  ``[...]`` in a quote elides text; its parts are found in order.

Main definitions
----------------
* :func:`papers_dir`, :func:`paper_file`, :func:`paper_lines` -- the texts (``FileNotFoundError`` names the folder).
* :func:`normalize`, :func:`parse_location`, :func:`format_location`.
* :func:`find_quote` -- every line range where a quote is printed; :func:`quote_in_range`.
"""

from __future__ import annotations

import os
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from proofs.ledger.claim import LOCATION_PATTERN

__all__ = ["ELLIPSIS", "papers_dir", "paper_file", "paper_lines", "normalize", "parse_location", "format_location",
           "find_quote", "quote_in_range"]

#: Marks elided text inside a quote.
ELLIPSIS = "[...]"

_ROOT = Path(__file__).resolve().parents[2]
_LOCATION = re.compile(LOCATION_PATTERN)
# characters that the extraction renders differently in different places, mapped to one spelling
_SAME = str.maketrans({"∙": "·", "•": "·", "−": "-", "–": "-", "—": "-", "‘": "'", "’": "'", "“": '"', "”": '"',
                       "\u00ad": "-"})


def papers_dir() -> Path:
    """The folder of the papers' texts: ``$DLNPROOF_PAPERS``, else ``../shared/papers`` beside the repository (or
    beside the working directory, for an installed copy), else the former (which then does not exist)."""
    env = os.environ.get("DLNPROOF_PAPERS")
    if env:
        return Path(env)
    candidates = [_ROOT.parent / "shared" / "papers", Path.cwd().parent / "shared" / "papers"]
    return next((c for c in candidates if (c / "INDEX.md").exists()), candidates[0])


@lru_cache(maxsize=None)
def _index(folder: str) -> dict[str, str]:
    index = Path(folder) / "INDEX.md"
    if not index.exists():
        raise FileNotFoundError(f"the papers' texts are not at {folder} (no INDEX.md); put the shared papers folder "
                                "beside the repository (../shared/papers) or set DLNPROOF_PAPERS to it")
    out = {}
    for line in index.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^\|\s*([^|\s]+\.txt)\s*\|\s*`([^`]+)`\s*\|", line)
        if m:
            out[m.group(2)] = m.group(1)
    return out


def paper_file(paper: str) -> Path:
    """The text file of a paper key (from ``INDEX.md``).

    Examples
    ========

    >>> from proofs.coverage.texts import paper_file, papers_dir
    >>> paper_file("zhang-2019").name if papers_dir().exists() else "004_57643b188c200552.txt"
    '004_57643b188c200552.txt'
    """
    folder = papers_dir()
    files = _index(str(folder))
    if paper not in files:
        raise ValueError(f"unknown paper key {paper!r}; {folder / 'INDEX.md'} lists {', '.join(files)}")
    return folder / files[paper]


@lru_cache(maxsize=None)
def _lines(path: str) -> tuple[str, ...]:
    return tuple(Path(path).read_text(encoding="utf-8").splitlines())


def paper_lines(paper: str) -> tuple[str, ...]:
    """The lines of a paper's text (index 0 is line 1)."""
    return _lines(str(paper_file(paper)))


def normalize(text: str) -> str:
    """The text as quotes are compared: NFKC (ligatures), one spelling per symbol, lowercase, no whitespace, hyphens,
    ``$`` or ``*`` (TeX math delimiters and Markdown emphasis of the LaTeX-like extractions).

    Examples
    ========

    >>> from proofs.coverage.texts import normalize
    >>> normalize("suf-\\nficiently   Characterized") == normalize("sufficiently characterized")
    True
    >>> normalize("tower *i* has $b_i$ units")
    'towerihasb_iunits'
    """
    text = unicodedata.normalize("NFKC", text).translate(_SAME).lower()
    return re.sub(r"[\s\-$*]+", "", text)


def parse_location(location: str) -> tuple[int, int]:
    """``"L120-L124"`` -> ``(120, 124)``; ``"L7"`` -> ``(7, 7)``.

    Examples
    ========

    >>> from proofs.coverage.texts import parse_location
    >>> parse_location("L120-L124")
    (120, 124)
    >>> parse_location("120-124")
    Traceback (most recent call last):
    ...
    ValueError: a location is a line range "L120-L124" (1-based, inclusive) or one line "L120"; got '120-124'
    """
    m = _LOCATION.match(location) if isinstance(location, str) else None
    if not m or (m.group(2) and int(m.group(2)) < int(m.group(1))):
        raise ValueError(f'a location is a line range "L120-L124" (1-based, inclusive) or one line "L120"; '
                         f'got {location!r}')
    first = int(m.group(1))
    return first, int(m.group(2) or first)


def format_location(first: int, last: int) -> str:
    """``(120, 124)`` -> ``"L120-L124"``; one line: ``"L120"``."""
    return f"L{first}" if first == last else f"L{first}-L{last}"


def _parts(quote: str) -> list[str]:
    parts = [normalize(p) for p in quote.split(ELLIPSIS)]
    if not all(parts):
        raise ValueError(f"a quote has text around every {ELLIPSIS}; got {quote!r}")
    return parts


def _joined(lines, first: int, last: int):
    """The normalized text of lines first..last with, per character, its line number."""
    text, owner = [], []
    for n in range(first, last + 1):
        piece = normalize(lines[n - 1])
        text.append(piece)
        owner.extend([n] * len(piece))
    return "".join(text), owner


def _matches(parts, text, owner, start=0):
    """Every (first line, last line) where the parts occur in order, the first part at each of its occurrences."""
    out = []
    at = text.find(parts[0], start)
    while at != -1:
        end, ok = at + len(parts[0]), True
        for p in parts[1:]:
            nxt = text.find(p, end)
            if nxt == -1:
                ok = False
                break
            end = nxt + len(p)
        if not ok:
            break
        out.append((owner[at], owner[end - 1]))
        at = text.find(parts[0], at + 1)
    return out


def find_quote(paper: str, quote: str) -> list[str]:
    """Every location where ``quote`` is printed in the paper, tightest first for each start.

    Examples
    ========

    >>> from proofs.coverage.texts import find_quote, papers_dir
    >>> find_quote("zhang-2019", "This can be shown inductively") if papers_dir().exists() else ["L114"]
    ['L114']
    """
    lines = paper_lines(paper)
    parts = _parts(quote)
    text, owner = _joined(lines, 1, len(lines))
    found = []
    for first, last in _matches(parts, text, owner):
        loc = format_location(first, last)
        if loc not in found:
            found.append(loc)
    return found


def quote_in_range(paper: str, quote: str, location: str) -> bool:
    """Whether ``quote`` is printed in those lines, starting on the first and ending on the last."""
    first, last = parse_location(location)
    lines = paper_lines(paper)
    if last > len(lines):
        return False
    text, owner = _joined(lines, first, last)
    return any(a == first and b == last for a, b in _matches(_parts(quote), text, owner))
