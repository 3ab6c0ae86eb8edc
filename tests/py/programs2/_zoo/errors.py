class ZooError(Exception):
    pass
class FeedingError(ZooError):
    def __init__(self, animal, food):
        super().__init__(animal, food)
        self.animal = animal
        self.food = food
    def __str__(self):
        return "%s refuses %s" % (self.animal.name, self.food)
