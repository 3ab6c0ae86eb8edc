from .animals import Animal, Mammal, Bird, Penguin
from .errors import ZooError, FeedingError
__all__ = ["Animal", "Mammal", "Bird", "Penguin", "ZooError", "FeedingError"]
