"""The pure core of zhidu: rulebook model and parser, search index, rules, calendar, ledger hashing.

Nothing under ``zhidu.core`` may import Django; a test enforces it.
"""
