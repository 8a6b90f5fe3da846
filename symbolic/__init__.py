"""dlnproof's library: exact models of deep linear networks and their losses."""

from symbolic.landscape.classify import Classification, classify_json, classify_network, classify_polynomial
from symbolic.core.exact import rational, rational_matrix
from symbolic.calculus.gradient import gradient_closed_form, gradient_entrywise, gradient_kawaguchi_squared, gradient_vec_kronecker
from symbolic.calculus.hessian import hessian_block, hessian_blocks, hessian_entrywise, hessian_structured
from symbolic.core.losses import GeneralLoss, Loss, QuarticLoss, SoftplusLoss, SquaredLoss, make_loss
from symbolic.core.network import Network, check_dims
from symbolic.calculus.objective import NetworkObjective, PolynomialObjective
from symbolic.core.products import chain, full_product, minus, plus
from symbolic.calculus.taylor import taylor_coefficients

__all__ = [
    "Network", "check_dims", "rational", "rational_matrix",
    "chain", "full_product", "plus", "minus",
    "Loss", "SquaredLoss", "QuarticLoss", "SoftplusLoss", "GeneralLoss", "make_loss",
    "gradient_entrywise", "gradient_closed_form", "gradient_vec_kronecker", "gradient_kawaguchi_squared",
    "hessian_entrywise", "hessian_block", "hessian_blocks", "hessian_structured",
    "NetworkObjective", "PolynomialObjective", "taylor_coefficients",
    "Classification", "classify_network", "classify_polynomial", "classify_json",
]
