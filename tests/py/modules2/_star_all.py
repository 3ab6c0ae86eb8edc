__all__ = ["alpha", "beta", "_semi"]
alpha = 1
beta = 2
gamma = 3
_semi = "private but exported"
_hidden = 4
