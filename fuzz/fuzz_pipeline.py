"""Fuzz the whole cleaner (atheris): no crash, idempotent, bad input is an error.

    .venv/bin/python fuzz/fuzz_pipeline.py -max_total_time=600 -max_len=4096 fuzz/corpus-pipeline fixtures

(``fixtures`` as a second corpus folder seeds it with real posts; new inputs
go to the first folder.  ``-fork=1 -ignore_crashes=1`` keeps it going past a
known finding.)
"""

import sys

import atheris

with atheris.instrument_imports():
    # the rules are imported lazily by clean_text: import them here so that
    # they are instrumented (coverage-guided)
    import cleaner.pipeline  # noqa: F401
    import cleaner.runner  # noqa: F401
    from cleaner import clean_text


def test_one_input(data: bytes) -> None:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = atheris.FuzzedDataProvider(data).ConsumeUnicodeNoSurrogates(len(data))
    result = clean_text(text, {"post-timeout": 10})
    assert "internal error" not in result.error, result.error
    if result.error:
        assert not result.changed and result.text == text
        return
    again = clean_text(result.text)
    assert again.text == result.text, (text, result.text, again.text)


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
