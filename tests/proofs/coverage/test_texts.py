"""Finding quotes in a paper's text: normalization, elision, line ranges (on a small folder written here)."""

import pytest

from proofs.coverage import texts

INDEX = """# papers

| file | key used in the ledger | paper |
| --- | --- | --- |
| 004_x.txt | `zhang-2019` | a paper |
"""

TEXT = """Title line
Lemma 1. If the point is a local mini-
mum, then   it is critical.
Proof. Obvious.
Lemma 2. If the point is a local minimum, then
it is critical.
The proof is ﬁnished.
"""


@pytest.fixture
def folder(tmp_path, monkeypatch):
    (tmp_path / "INDEX.md").write_text(INDEX, encoding="utf-8")
    (tmp_path / "004_x.txt").write_text(TEXT, encoding="utf-8")
    monkeypatch.setenv("DLNPROOF_PAPERS", str(tmp_path))
    return tmp_path


def test_quote_across_a_broken_line_is_found_at_both_places(folder):
    assert texts.find_quote("zhang-2019", "If the point is a local minimum, then it is critical.") == ["L2-L3", "L5-L6"]
    assert texts.quote_in_range("zhang-2019", "If the point is a local minimum, then it is critical.", "L5-L6")


def test_location_must_be_tight_and_inside_the_text(folder):
    quote = "Lemma 2. If the point"
    assert texts.quote_in_range("zhang-2019", quote, "L5")
    assert not texts.quote_in_range("zhang-2019", quote, "L4-L5")   # starts a line early
    assert not texts.quote_in_range("zhang-2019", quote, "L5-L6")   # ends a line late
    assert not texts.quote_in_range("zhang-2019", quote, "L2-L3")   # another sentence
    assert not texts.quote_in_range("zhang-2019", quote, "L50")


def test_elision_finds_the_parts_in_order(folder):
    assert texts.find_quote("zhang-2019", "Lemma 1. If [...] Proof. Obvious.") == ["L2-L4"]
    assert texts.find_quote("zhang-2019", "Proof. Obvious. [...] Lemma 1.") == []
    with pytest.raises(ValueError, match="text around every"):
        texts.find_quote("zhang-2019", "Lemma 1. [...]")


def test_ligatures_and_case_do_not_count(folder):
    assert texts.find_quote("zhang-2019", "the PROOF is finished.") == ["L7"]


def test_unknown_key_and_absent_folder_say_what_to_do(folder, monkeypatch, tmp_path):
    with pytest.raises(ValueError, match="unknown paper key 'kawaguchi'"):
        texts.paper_file("kawaguchi")
    monkeypatch.setenv("DLNPROOF_PAPERS", str(tmp_path / "absent"))
    with pytest.raises(FileNotFoundError, match="DLNPROOF_PAPERS"):
        texts.paper_file("zhang-2019")


@pytest.mark.parametrize("bad", ["120-124", "L0", "L5-L4", "L5-6", "", "L5-L"])
def test_malformed_locations_are_refused(bad):
    with pytest.raises(ValueError, match='"L120-L124"'):
        texts.parse_location(bad)


def test_locate_command(folder, capsys):
    from proofs.coverage.__main__ import main

    assert main(["locate", "zhang-2019", "Proof. Obvious."]) == 0
    assert capsys.readouterr().out == "L4\n"
    assert main(["locate", "zhang-2019", "no such sentence"]) == 1
    assert "verbatim" in capsys.readouterr().err
    assert main(["locate", "nobody-2020", "x"]) == 2


def test_locate_unlocated_claims(folder, capsys, monkeypatch):
    from proofs.coverage import __main__ as locate
    from proofs.ledger import registry
    from proofs.ledger.claim import Claim, Outcome

    def make(cid, source):
        return Claim(id=cid, paper="zhang-2019", label="Lemma 1", kind="lemma", statement="s", source=source,
                     check=lambda quick: Outcome("confirmed", "trivially"), recorded="confirmed")

    monkeypatch.setattr(registry, "claims", lambda: (make("found_once", "Proof. Obvious."),
                                                     make("found_nowhere", "no such sentence")))
    assert locate._unlocated() == 1
    assert capsys.readouterr().out == "found_once L4\nfound_nowhere ?\n"
