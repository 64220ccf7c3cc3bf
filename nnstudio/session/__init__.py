"""What the learner set up, and its training, without Qt: the network spec, the data, the training settings,
the model (or N models on one batch stream), histories, snapshots and the project file format.

The session is the one store: the app's widgets show it and send it intents; the training worker drives it.
"""
