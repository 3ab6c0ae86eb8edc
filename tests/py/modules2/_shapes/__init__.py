"""Shapes package."""
print("init _shapes")
VERSION = "1.2"
from .base import Shape
