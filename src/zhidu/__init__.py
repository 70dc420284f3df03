"""zhidu (制度): an agency's rulebook as citable text, rules as code, workflows on top."""

__version__ = "0.1.0"
