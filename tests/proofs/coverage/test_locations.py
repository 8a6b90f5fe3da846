"""Every claim has a location, and its source quote is printed exactly there in its paper's text.

The texts are beside the repository (``../shared/papers/``) or at ``$DLNPROOF_PAPERS``; without them the tests that
read them are skipped (the location's form is checked regardless).
"""

import pytest

from proofs.coverage.texts import papers_dir, parse_location, quote_in_range
from proofs.ledger.registry import claims

needs_papers = pytest.mark.skipif(not (papers_dir() / "INDEX.md").exists(),
                                  reason=f"the papers' texts are not at {papers_dir()} (put the shared papers folder "
                                         "beside the repository, or set DLNPROOF_PAPERS)")


def test_every_claim_has_a_location():
    lacking = [f"claim {c.id} ({c.paper}) has no location; `python -m proofs.coverage locate --claim {c.id}` computes "
               f"it, then add location=\"L...\" to the claim" for c in claims() if not c.location]
    assert not lacking, "\n".join(lacking)


def test_locations_are_line_ranges():
    for c in claims():
        if c.location:
            parse_location(c.location)


@needs_papers
def test_each_location_points_at_its_source_sentence():
    wrong = [f"claim {c.id}: its source is not printed at {c.location} of {c.paper} (starting on the first line, "
             f"ending on the last); `python -m proofs.coverage locate --claim {c.id}` says where it is"
             for c in claims() if c.location and not quote_in_range(c.paper, c.source, c.location)]
    assert not wrong, "\n".join(wrong)


def test_claim_refuses_a_malformed_location():
    from proofs.ledger.claim import Claim

    with pytest.raises(ValueError, match="locate --claim a"):
        Claim(id="a", paper="zhang-2019", label="Lemma 1", kind="lemma", statement="s", source="s", check=print,
              recorded="confirmed", location="L9-L3")
