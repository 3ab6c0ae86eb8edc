value = None
value.method()
