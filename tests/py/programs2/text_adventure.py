class Room:
    def __init__(self, name, desc):
        self.name, self.desc = name, desc
        self.exits = {}
        self.items = []
    def connect(self, direction, other, back=None):
        self.exits[direction] = other
        if back:
            other.exits[back] = self
class Game:
    OPPOSITE = {"north": "south", "east": "west"}
    def __init__(self):
        hall = Room("hall", "A dusty hall.")
        kitchen = Room("kitchen", "Smells of soup.")
        vault = Room("vault", "Gold everywhere!")
        hall.connect("north", kitchen, "south")
        kitchen.connect("east", vault, "west")
        kitchen.items.append("key")
        self.room = hall
        self.inventory = set()
        self.state = "playing"
        self.locked = {"vault"}
    def handle(self, cmd):
        verb, _, arg = cmd.partition(" ")
        handler = getattr(self, "do_" + verb, None)
        if handler is None:
            return "I don't know how to %r." % verb
        return handler(arg)
    def do_look(self, _):
        extra = (" You see: " + ", ".join(self.room.items)) if self.room.items else ""
        return "%s%s Exits: %s" % (self.room.desc, extra, ", ".join(sorted(self.room.exits)))
    def do_go(self, direction):
        nxt = self.room.exits.get(direction)
        if nxt is None:
            return "You can't go " + direction + "."
        if nxt.name in self.locked:
            if "key" not in self.inventory:
                return "The %s is locked." % nxt.name
            self.locked.discard(nxt.name)
        self.room = nxt
        if nxt.name == "vault":
            self.state = "won"
        return "You enter the " + nxt.name + "."
    def do_take(self, item):
        if item in self.room.items:
            self.room.items.remove(item)
            self.inventory.add(item)
            return "Taken: " + item
        return "No " + item + " here."
g = Game()
script = ["look", "go west", "go north", "look", "go east", "take key", "take key", "dance", "go east", "look"]
for cmd in script:
    print("> " + cmd)
    print(g.handle(cmd))
    if g.state == "won":
        print("*** You won! ***")
        break
print(g.state, sorted(g.inventory))
