"""The lessons room: the ten lessons of ``nnstudio.lessons`` with their texts, live views and checked tasks."""
from nnstudio.app.lessons.room import LessonsRoom

__all__ = ["LessonsRoom"]
