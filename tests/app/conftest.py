import pytest


@pytest.fixture(autouse=True, scope="session")
def _english(qapp):
    """The interface in English as the app starts it (nnstudio.app.main sets the language): with the English
    plural forms, "1 feature" and "2 features"."""
    from nnstudio.app import language

    assert language.set_language("en")
    yield


@pytest.fixture(autouse=True, scope="package")
def _garbage_collected_in_the_gui_thread(qapp):
    """As the app does (nnstudio.app.collect_garbage_in_gui_thread): no cycle of Qt objects is freed in the
    training thread or a lesson's job thread. (The tests outside tests/app get the automatic collector back.)"""
    import gc

    from nnstudio.app import collect_garbage_in_gui_thread

    collect_garbage_in_gui_thread(qapp)
    yield
    gc.enable()
