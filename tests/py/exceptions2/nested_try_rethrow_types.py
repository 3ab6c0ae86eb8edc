def convert(vals):
    out = []
    for v in vals:
        try:
            try:
                out.append(int(v))
            except ValueError:
                out.append(float(v))
        except ValueError:
            out.append(None)
        except TypeError as e:
            out.append("type:" + str(e))
    return out
print(convert(["1", "2.5", "x", None, "-3"]))
