"""The rule library: one module per 制度 family; each module registers its checks and rules."""
