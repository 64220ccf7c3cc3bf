"""Training in a worker thread: the worker drives a Qt-free trainer (the studio's session, a race) and the
dispatcher draws its snapshots in the views, one view per event-loop turn."""
