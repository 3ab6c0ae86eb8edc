accounts = {}
ops = [("open", "alice", 100), ("open", "bob", 50), ("move", "alice", "bob", 30),
       ("move", "bob", "carol", 10), ("open", "carol", 0), ("move", "bob", "carol", 500)]
for op in ops:
    try:
        if op[0] == "open":
            accounts[op[1]] = op[2]
        else:
            _, src, dst, amount = op
            if accounts[src] < amount:
                raise ValueError(f"insufficient funds in {src}")
            accounts[dst] = accounts[dst] + amount
            accounts[src] -= amount
    except KeyError as e:
        print("no such account:", e)
    except ValueError as e:
        print("error:", e)
print(accounts)
