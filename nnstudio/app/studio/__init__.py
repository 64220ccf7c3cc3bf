"""The studio room: the side panel, the network editor and the live plots of one training session."""
from nnstudio.app.studio.room import StudioRoom

__all__ = ["StudioRoom"]
