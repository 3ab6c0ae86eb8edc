print("_main_check __name__ is", __name__)
if __name__ == "__main__":
    print("never printed on import")
