class Account:
    def __init__(self):
        self.balance = 0
    def report(self):
        return self.balence
def main():
    a = Account()
    print("before")
    print(a.report())
main()
