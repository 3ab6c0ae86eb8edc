café = "coffee"
π = 3.14159
名前 = "name"
print(café, π, 名前)
def grüße(wer):
    return f"Hallo {wer}"
print(grüße("Welt"))
