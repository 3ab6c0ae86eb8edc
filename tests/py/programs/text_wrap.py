words = "The quick brown fox jumps over the lazy dog and keeps on running far away".split()
line, lines = "", []
for w_ in words:
    if len(line) + len(w_) + 1 > 20:
        lines.append(line)
        line = w_
    else:
        line = (line + " " + w_).strip()
lines.append(line)
for l in lines:
    print(f"|{l:<20}|")
