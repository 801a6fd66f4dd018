"""Family ls (lead style, written blind): the family name and the motion constructions its misses showed."""

from __future__ import annotations

from ratsnlp.corpus import family


def test_family_is_the_leading_run_of_letters():
    assert family("ls01") == "ls"
    assert family("l01") == "l"
    assert family("a10") == "a"
    assert family("ls12") != family("l12")
