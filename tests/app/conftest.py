import pytest


@pytest.fixture(autouse=True, scope="session")
def _english(qapp):
    """The interface in English as the app starts it (nnstudio.app.main sets the language): with the English
    plural forms, "1 feature" and "2 features"."""
    from nnstudio.app import language

    assert language.set_language("en")
    yield
