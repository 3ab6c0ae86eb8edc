def work():
    try:
        raise ValueError("in try")
    finally:
        cleanup = None
        cleanup.close()
work()
