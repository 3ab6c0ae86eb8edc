def worker():
    yield "started"
    yield "never"
g = worker()
next(g)
g.throw(ValueError("injected"))
