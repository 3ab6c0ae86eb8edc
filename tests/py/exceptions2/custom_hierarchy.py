class Base(Exception): pass
class NetErr(Base): pass
class Timeout(NetErr): pass
class DiskErr(Base): pass
def fail(kind):
    raise {"t": Timeout, "n": NetErr, "d": DiskErr, "v": ValueError}[kind]("k=" + kind)
for k in "tndv":
    try:
        fail(k)
    except Timeout as e:
        print("timeout", e)
    except NetErr as e:
        print("net", e)
    except Base as e:
        print("base", type(e).__name__, e)
    except Exception as e:
        print("other", type(e).__name__, e)
