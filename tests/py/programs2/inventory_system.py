class OutOfStock(Exception):
    def __init__(self, sku, wanted, have):
        super().__init__("sku %s: wanted %d, have %d" % (sku, wanted, have))
        self.sku = sku
class Item:
    def __init__(self, sku, name, price, qty=0):
        self.sku, self.name, self.price, self.qty = sku, name, price, qty
    @property
    def value(self):
        return self.price * self.qty
    def __repr__(self):
        return "Item(%s, %s, %.2f x %d)" % (self.sku, self.name, self.price, self.qty)
class Inventory:
    def __init__(self):
        self.items = {}
        self.log = []
    def add(self, item):
        if item.sku in self.items:
            self.items[item.sku].qty += item.qty
        else:
            self.items[item.sku] = item
        self.log.append(("add", item.sku, item.qty))
    def remove(self, sku, qty):
        item = self.items.get(sku)
        if item is None:
            raise KeyError(sku)
        if item.qty < qty:
            raise OutOfStock(sku, qty, item.qty)
        item.qty -= qty
        self.log.append(("remove", sku, qty))
    def low_stock(self, threshold):
        return sorted((i for i in self.items.values() if i.qty < threshold), key=lambda i: i.qty)
    def total_value(self):
        return sum(i.value for i in self.items.values())
    def report(self):
        lines = ["%-6s %-10s %8s %5s" % ("SKU", "NAME", "PRICE", "QTY")]
        for sku in sorted(self.items):
            i = self.items[sku]
            lines.append("%-6s %-10s %8.2f %5d" % (i.sku, i.name, i.price, i.qty))
        return "\n".join(lines)
inv = Inventory()
inv.add(Item("A1", "widget", 2.5, 100))
inv.add(Item("B2", "gadget", 12.0, 5))
inv.add(Item("C3", "doohickey", 0.75, 40))
inv.add(Item("A1", "widget", 2.5, 20))
for sku, qty in [("A1", 30), ("B2", 10), ("Z9", 1), ("C3", 38)]:
    try:
        inv.remove(sku, qty)
        print("removed", qty, "of", sku)
    except OutOfStock as e:
        print("OutOfStock:", e, "|", e.sku)
    except KeyError as e:
        print("unknown sku", e)
print(inv.report())
print("low:", inv.low_stock(10))
print("total: %.2f" % inv.total_value())
print(inv.log)
