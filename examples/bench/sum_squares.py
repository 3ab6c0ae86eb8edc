print(sum(i * i for i in range(10_000_000)))
