from collections import ChainMap
defaults = {"color": "red", "user": "guest"}
cli = {"user": "admin"}
cm = ChainMap(cli, defaults)
print(cm["color"], cm["user"], len(cm), sorted(cm))
cm["new"] = 1
print(cli, defaults)
child = cm.new_child({"color": "blue"})
print(child["color"], child.parents["color"])
