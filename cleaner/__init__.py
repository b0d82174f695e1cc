__version__ = "0.1.0"

__all__ = ["__version__", "clean_text", "Result", "ConfigError"]


def __getattr__(name: str):
    # PEP 562: the library API is imported on first use, so that ``import
    # cleaner`` (which the CLI does for ``__version__``) loads no rules, rich
    # or yaml.
    if name in ("clean_text", "Result", "ConfigError"):
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
