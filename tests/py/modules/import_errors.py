try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from helper_mod import no_such_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name)
