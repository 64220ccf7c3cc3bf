"""The optimizer race room: contestants, the race's live views, the surface race and the results table."""
from nnstudio.app.race.room import RaceRoom

__all__ = ["RaceRoom"]
