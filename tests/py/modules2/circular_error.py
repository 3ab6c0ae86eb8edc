try:
    import _circ_c
except ImportError as e:
    print("ImportError:", e)
    print(e.name)
