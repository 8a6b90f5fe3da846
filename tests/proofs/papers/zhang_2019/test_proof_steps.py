"""The proof-step claims of ``proofs.papers.zhang_2019.proof_steps``: recorded outcomes, certificates, forgeries."""




def test_gradient_formula_on_a_deep_tuple():
    from proofs.papers.zhang_2019.proof_steps import gradient_formula_holds

    assert gradient_formula_holds((1, 2, 1, 2))
