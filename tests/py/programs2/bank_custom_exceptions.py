class BankError(Exception):
    pass
class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        self.account, self.amount = account, amount
        super().__init__("account %s: cannot withdraw %d, balance %d" % (account.number, amount, account.balance))
class AccountFrozen(BankError):
    pass
class Account:
    _next = 1000
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.frozen = False
        self.number = Account._next
        Account._next += 1
        self.history = []
    def _check(self):
        if self.frozen:
            raise AccountFrozen("account %d is frozen" % self.number)
    def deposit(self, amt):
        self._check()
        if amt <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amt
        self.history.append(("dep", amt))
    def withdraw(self, amt):
        self._check()
        if amt > self.balance:
            raise InsufficientFunds(self, amt)
        self.balance -= amt
        self.history.append(("wd", amt))
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, owner, initial=0):
        a = Account(owner, initial)
        self.accounts[a.number] = a
        return a
    def transfer(self, src, dst, amt):
        try:
            src.withdraw(amt)
        except BankError as e:
            raise BankError("transfer failed") from e
        try:
            dst.deposit(amt)
        except BankError:
            src.deposit(amt)
            raise
bank = Bank()
a = bank.open("alice", 100)
b = bank.open("bob")
bank.transfer(a, b, 30)
print(a.balance, b.balance)
try:
    bank.transfer(b, a, 500)
except BankError as e:
    print(e, "<-", type(e.__cause__).__name__, e.__cause__.amount)
b.frozen = True
try:
    bank.transfer(a, b, 10)
except AccountFrozen as e:
    print("AccountFrozen:", e, "| alice still has", a.balance)
try:
    a.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
print(a.history, b.history, sorted(bank.accounts))
