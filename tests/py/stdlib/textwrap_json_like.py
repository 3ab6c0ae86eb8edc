import string
table = str.maketrans("", "", string.punctuation)
print("Hello, world! (test)".translate(table))
print([w for w in "a1 b2 c3".split() if w[0] in string.ascii_lowercase and w[1] in string.digits])
