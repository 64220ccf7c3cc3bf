"""GuiFirstLock: the GUI thread gets the session before the worker's next chunk."""
import threading
import time

from nnstudio.session.threads import GuiFirstLock


def test_the_worker_waits_between_chunks_while_the_gui_holds_or_wants_the_lock():
    lock = GuiFirstLock()
    order = []
    inside = threading.Event()

    def gui():
        with lock.gui():
            inside.set()
            time.sleep(0.2)
            order.append("gui done")

    thread = threading.Thread(target=gui)
    thread.start()
    inside.wait(5)
    t0 = time.perf_counter()
    lock.wait_for_gui(timeout=5)           # the worker, between two chunks
    with lock.lock:
        order.append("next chunk")
    thread.join()
    assert order == ["gui done", "next chunk"] and time.perf_counter() - t0 > 0.1


def test_without_the_gui_the_worker_does_not_wait():
    lock = GuiFirstLock()
    t0 = time.perf_counter()
    lock.wait_for_gui(timeout=5)
    assert time.perf_counter() - t0 < 0.5
