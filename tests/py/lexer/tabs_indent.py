if True:
	x = 1
	if x:
		print("tab indented", x)
print("done")
