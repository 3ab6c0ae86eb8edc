import functools
from collections import defaultdict
@functools.total_ordering
class Book:
    def __init__(self, isbn, title, author, year):
        self.isbn, self.title, self.author, self.year = isbn, title, author, year
    def __eq__(self, o):
        return self.isbn == o.isbn
    def __hash__(self):
        return hash(self.isbn)
    def __lt__(self, o):
        return (self.author, self.year) < (o.author, o.year)
    def __repr__(self):
        return "<%s (%d)>" % (self.title, self.year)
class LibraryError(Exception): pass
class NotAvailable(LibraryError): pass
class Library:
    def __init__(self):
        self.books = {}
        self.loans = {}
        self.by_author = defaultdict(list)
    def add(self, *books):
        for b in books:
            self.books[b.isbn] = b
            self.by_author[b.author].append(b)
    def checkout(self, isbn, member):
        if isbn not in self.books:
            raise LibraryError("no book " + isbn)
        if isbn in self.loans:
            raise NotAvailable("%r is loaned to %s" % (self.books[isbn], self.loans[isbn]))
        self.loans[isbn] = member
    def checkin(self, isbn):
        return self.loans.pop(isbn, None)
    def available(self):
        return sorted(b for i, b in self.books.items() if i not in self.loans)
lib = Library()
lib.add(Book("1", "Dune", "Herbert", 1965), Book("2", "Emma", "Austen", 1815),
        Book("3", "Persuasion", "Austen", 1817), Book("4", "Dune Messiah", "Herbert", 1969))
lib.checkout("1", "ann")
for isbn, who in [("1", "bob"), ("9", "cy"), ("3", "bob")]:
    try:
        lib.checkout(isbn, who)
        print("ok", isbn, who)
    except NotAvailable as e:
        print("NotAvailable:", e)
    except LibraryError as e:
        print("LibraryError:", e)
print(lib.available())
print(lib.checkin("1"), lib.checkin("1"), lib.available())
print({a: sorted(bs) for a, bs in lib.by_author.items()})
print(len({Book("1", "x", "y", 1), Book("1", "z", "w", 2)}), max(lib.books.values()), Book("5", "a", "A", 1) <= Book("6", "b", "A", 1))
