def load(cfg):
    try:
        return cfg["port"]
    except KeyError as e:
        raise RuntimeError("config is missing 'port'") from e
load({})
