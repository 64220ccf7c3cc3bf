"""What the learner has done in the lessons, remembered in the settings as plain strings.

``lessons/done``: the finished "Try this" tasks as "lesson/task"; ``lessons/predictions``: the answered
"predict first" questions as "lesson=choice"; ``lessons/current``: the lesson shown last.
"""
from __future__ import annotations

DONE_KEY = "lessons/done"
PREDICTIONS_KEY = "lessons/predictions"
CURRENT_KEY = "lessons/current"


def _strings(settings, key: str) -> list[str]:
    """A stored list of strings (older INI settings gave one string for a list of one)."""
    raw = settings.value(key, [])
    if isinstance(raw, str):
        raw = [raw] if raw else []
    return [str(v) for v in raw or []]


class LessonProgress:
    """The finished tasks and answered predictions, read once and written on every change. ``settings``: the
    app's settings (``open_settings()``: ``value`` and ``setValue``)."""

    def __init__(self, settings):
        self._settings = settings
        self._done = set(_strings(settings, DONE_KEY))
        self._predictions = {}
        for entry in _strings(settings, PREDICTIONS_KEY):
            lesson_id, _, choice = entry.partition("=")
            if choice.isdigit():
                self._predictions[lesson_id] = int(choice)

    def is_done(self, lesson_id: str, task_id: str) -> bool:
        return f"{lesson_id}/{task_id}" in self._done

    def done_count(self, lesson) -> int:
        return sum(self.is_done(lesson.id, task.id) for task in lesson.tasks)

    def mark_done(self, lesson_id: str, task_id: str) -> bool:
        """Remember a finished task; False if it was finished before."""
        key = f"{lesson_id}/{task_id}"
        if key in self._done:
            return False
        self._done.add(key)
        self._settings.setValue(DONE_KEY, sorted(self._done))
        return True

    def prediction(self, lesson_id: str) -> int | None:
        """The choice the learner made (an index into the question's choices), or None before they chose."""
        return self._predictions.get(lesson_id)

    def predict(self, lesson_id: str, choice: int) -> None:
        self._predictions[lesson_id] = int(choice)
        self._settings.setValue(PREDICTIONS_KEY, sorted(f"{k}={v}" for k, v in self._predictions.items()))

    def forget(self, lesson_id: str) -> None:
        """Start the lesson afresh: its tasks undone and its question unanswered."""
        self._done = {key for key in self._done if not key.startswith(f"{lesson_id}/")}
        self._predictions.pop(lesson_id, None)
        self._settings.setValue(DONE_KEY, sorted(self._done))
        self._settings.setValue(PREDICTIONS_KEY, sorted(f"{k}={v}" for k, v in self._predictions.items()))

    @property
    def current(self) -> str:
        return str(self._settings.value(CURRENT_KEY, "") or "")

    @current.setter
    def current(self, lesson_id: str) -> None:
        self._settings.setValue(CURRENT_KEY, lesson_id)
