"""The blueprint site (``dlnproof site``): static, offline pages generated from the claims and their outcomes.

latex (certificate data as LaTeX) < certificate (certificates as HTML), plot (log-log SVG plots), graph (the
dependency graph as SVG), notebook_html (notebook cells as HTML), outcomes (running the checks) < build (pages).

May import: symbolic, proofs.ledger, proofs.notebooks.
"""
