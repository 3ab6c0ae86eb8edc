def read_lines():
    for i in range(1, 21):
        yield f"{i},item{i},{i * 1.5}"
def parse(lines):
    for line in lines:
        n, name, price = line.split(",")
        yield int(n), name, float(price)
def expensive(rows, limit):
    for row in rows:
        if row[2] > limit:
            yield row
total = 0.0
for n, name, price in expensive(parse(read_lines()), 20):
    total += price
    print(n, name, price)
print("total", total)
