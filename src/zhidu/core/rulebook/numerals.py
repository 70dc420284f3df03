"""Chinese and Arabic numerals as they appear in clause markers (第十二条, （三）, ㈤, ⑴, ③)."""

from __future__ import annotations

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}

CN_NUMERAL_CHARS = "零〇一二两三四五六七八九十百千"


def cn_to_int(text: str) -> int:
    """Convert a Chinese numeral such as 三十五, 十二, 一百零三 or 二〇 to an int.

    >>> cn_to_int("三十五"), cn_to_int("十"), cn_to_int("一百零三")
    (35, 10, 103)
    """
    if not text:
        raise ValueError("empty numeral")
    if text.isdigit():
        return int(text)
    total, current = 0, 0
    for ch in text:
        if ch in _DIGITS:
            current = _DIGITS[ch]
        elif ch in _UNITS:
            total += (current or 1) * _UNITS[ch]
            current = 0
        else:
            raise ValueError(f"not a Chinese numeral: {text!r}")
    return total + current


def int_to_cn(n: int) -> str:
    """Render 1..999 as a Chinese numeral the way clause markers write it (十二, 二十, 一百零三)."""
    if n <= 0 or n >= 1000:
        raise ValueError(f"out of range: {n}")
    digits = "零一二三四五六七八九"
    hundreds, rest = divmod(n, 100)
    tens, ones = divmod(rest, 10)
    out = ""
    if hundreds:
        out += digits[hundreds] + "百"
        if tens == 0 and ones:
            return out + "零" + digits[ones]
    if tens:
        out += ("" if tens == 1 and not hundreds else digits[tens]) + "十"
    if ones:
        out += digits[ones]
    return out


# Enclosed forms: ⑴..⒇ (parenthesized), ①..⑳ (circled), ㈠..㈩ (parenthesized ideographs).
def enclosed_value(ch: str) -> tuple[str, int] | None:
    """Return (family, value) for a single enclosed numeral character, else None."""
    code = ord(ch)
    if 0x2474 <= code <= 0x2487:  # ⑴ .. ⒇
        return "paren_digit", code - 0x2474 + 1
    if 0x2460 <= code <= 0x2473:  # ① .. ⑳
        return "circled", code - 0x2460 + 1
    if 0x3220 <= code <= 0x3229:  # ㈠ .. ㈩
        return "paren_cn", code - 0x3220 + 1
    return None
