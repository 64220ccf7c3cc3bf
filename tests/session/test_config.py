"""Training settings and data choices: a bad value is a ConfigError (a ValueError) naming it, in a template the
GUI translates."""
import pytest

from nnstudio.session.config import ConfigError, DataChoice, TrainingConfig

from tests.translatable import assert_translatable

BAD_TRAINING = [
    ({"optimizer": "adadelta"}, "unknown optimizer 'adadelta'; choose one of sgd"),
    ({"lr": 0.0}, "the learning rate 0.0 is not a number from 1e-06 to 1e\\+06"),
    ({"batch_size": 0}, r"batch_size must be a whole number from 1 to 60000 \(got 0\)"),
    ({"seed": -1}, r"seed must be a whole number from 0 to 2147483647 \(got -1\)"),
    ({"speed": 2.5}, r"speed must be one of 1, 3, 10, 30, 100, 300, 1000 steps per second, 0 for full speed "
                     r"\(got 2.5\)"),
    ({"max_epochs": True}, r"max_epochs must be a whole number from 0 to 1000000 \(got True\)"),
    ({"early_stopping": -3}, r"early_stopping must be a whole number from 0 to 100000 \(got -3\)"),
    ({"augment": "yes"}, r"augment must be true or false \(got 'yes'\)"),
]


@pytest.mark.parametrize("values, message", BAD_TRAINING, ids=[next(iter(v)) for v, _ in BAD_TRAINING])
def test_a_bad_training_setting_is_named_in_a_translatable_message(values, message):
    with pytest.raises(ConfigError, match=message) as info:
        TrainingConfig.from_dict(values)
    assert isinstance(info.value, ValueError)          # what the session's and the GUI's handlers catch
    assert_translatable(info.value)


BAD_CHOICES = [
    ([], "the dataset choice is not a mapping"),
    ({"key": ""}, "the dataset choice has no dataset name"),
    ({"n": 1}, "the number of points 1 is not a whole number from 2 to 1000000"),
    ({"noise": -0.5}, "the noise -0.5 is not a number from 0 to 10"),
    ({"test_fraction": 0.99}, "the test fraction 0.99 is not a number from 0 to 0.95"),
]


@pytest.mark.parametrize("values, message", BAD_CHOICES, ids=[str(v) for v, _ in BAD_CHOICES])
def test_a_bad_data_choice_is_named_in_a_translatable_message(values, message):
    with pytest.raises(ConfigError, match=message) as info:
        DataChoice.from_dict(values)
    assert_translatable(info.value)


def test_the_training_settings_must_be_a_mapping():
    with pytest.raises(ConfigError, match="the training settings are not a mapping") as info:
        TrainingConfig.from_dict(["adam"])
    assert_translatable(info.value)
