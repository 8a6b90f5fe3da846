"""dlnproof's library: exact models of deep linear networks and their losses."""

from .classify import Classification, classify_json, classify_network, classify_polynomial
from .exact import rational, rational_matrix
from .gradient import gradient_closed_form, gradient_entrywise, gradient_kawaguchi_squared, gradient_vec_kronecker
from .hessian import hessian_block, hessian_blocks, hessian_entrywise, hessian_structured
from .losses import GeneralLoss, Loss, QuarticLoss, SoftplusLoss, SquaredLoss, make_loss
from .network import Network, check_dims
from .objective import NetworkObjective, PolynomialObjective
from .products import chain, full_product, minus, plus
from .taylor import taylor_coefficients

__all__ = [
    "Network", "check_dims", "rational", "rational_matrix",
    "chain", "full_product", "plus", "minus",
    "Loss", "SquaredLoss", "QuarticLoss", "SoftplusLoss", "GeneralLoss", "make_loss",
    "gradient_entrywise", "gradient_closed_form", "gradient_vec_kronecker", "gradient_kawaguchi_squared",
    "hessian_entrywise", "hessian_block", "hessian_blocks", "hessian_structured",
    "NetworkObjective", "PolynomialObjective", "taylor_coefficients",
    "Classification", "classify_network", "classify_polynomial", "classify_json",
]
