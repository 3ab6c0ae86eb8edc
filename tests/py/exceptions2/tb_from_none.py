def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError("no such key: %s" % k) from None
lookup({}, "x")
