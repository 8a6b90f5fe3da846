from symbolic import Network, chain, full_product, minus, plus


def test_truncated_products_match_laurent_von_brecht_conventions():
    net = Network([1, 1, 1, 1])
    Ws = net.exact_weights([[[2]], [[3]], [[5]]])
    assert full_product(Ws).to_Matrix()[0] == 30
    assert plus(Ws, 2).to_Matrix()[0] == 15      # W_{2,+} = W3 W2
    assert minus(Ws, 2).to_Matrix()[0] == 6      # W_{2,-} = W2 W1
    assert plus(Ws, 4).to_Matrix()[0] == 1 and minus(Ws, 0).to_Matrix()[0] == 1


def test_chain_identity_sizes_and_order():
    net = Network([2, 3, 4])
    Ws = net.exact_weights([[[1, 2], [3, 4], [5, 6]], [[1, 0, 0], [0, 1, 0], [0, 0, 1], [1, 1, 1]]])
    assert chain(Ws, 2, 1).shape == (3, 3)
    assert chain(Ws, 1, 2) == Ws[1].matmul(Ws[0])
    assert chain(Ws, 3, 2).shape == (4, 4)
