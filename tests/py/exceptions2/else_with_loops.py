def search(items, t):
    for i in items:
        try:
            if i == t:
                break
        finally:
            pass
    else:
        return "not found"
    return "found"
print(search([1, 2], 2), search([1, 2], 3))
while True:
    try:
        x = 1
    except Exception:
        pass
    else:
        print("else ran")
        break
    finally:
        print("finally ran")
