print("init _shapes.deep.deeper")
from .. import LEVEL as parent_level
