print("init _shapes.deep")
LEVEL = "deep"
