"""The core's sentences about links and the clipboard, as templates the interface translates.

The core speaks English (the command line prints its sentences as they are);
the window shows them through :func:`annotator.ui.i18n.translate_error`,
which matches a sentence against these patterns and looks its template up in
the context ``"errors"``, the variable parts (an address, a site, a number)
put back in place of ``%1``, ``%2``…  A translation may reorder them: the
Arabic ones say what happened first and give the address last, isolated, so
that a right-to-left paragraph reads naturally and the address stays whole.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP

_URL = r"(.+?)"
_NAME = r"'(.*?)'"
_STATUS = r"(\d{3})([^—]*?)"  # the code, then its phrase (" Not Found", or nothing)


def _p(pattern: str, template: object) -> tuple[re.Pattern[str], str]:
    return re.compile(pattern, re.DOTALL), str(template)


# (pattern, template): :mod:`annotator.core.fetch`, :mod:`annotator.core.clipboard` and the page extraction.
PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    _p(_URL + r": only web addresses \(http:// or https://\) can be opened; '([^']*):' addresses are not\.",
       QT_TRANSLATE_NOOP("errors", "%1: only web addresses (http:// or https://) can be opened; '%2:' addresses "
                                   "are not.")),
    _p(_URL + r": only web addresses \(http:// or https://\) can be opened; this is not\.",
       QT_TRANSLATE_NOOP("errors", "%1: only web addresses (http:// or https://) can be opened; this is not.")),
    _p(_URL + r": the port in this address is not a number\.",
       QT_TRANSLATE_NOOP("errors", "%1: the port in this address is not a number.")),
    _p(_URL + r": this address names no site\.",
       QT_TRANSLATE_NOOP("errors", "%1: this address names no site.")),
    _p(r"No web address was given\.",
       QT_TRANSLATE_NOOP("errors", "No web address was given.")),
    _p(_URL + r" is a PDF document, not a web page; download it and import the file\.",
       QT_TRANSLATE_NOOP("errors", "%1 is a PDF document, not a web page; download it and import the file.")),
    _p(_URL + r" is a file of type (\S+), not a web page; download it and import the file\.",
       QT_TRANSLATE_NOOP("errors", "%1 is a file of type %2, not a web page; download it and import the file.")),
    _p(_URL + r": the site sends the browser on to (.+?); only web addresses \(http:// or https://\) can be "
              r"opened\.",
       QT_TRANSLATE_NOOP("errors", "%1: the site sends the browser on to %2; only web addresses (http:// or "
                                   "https://) can be opened.")),
    _p(_URL + r": the site answered " + _STATUS + r" — check the address\.",
       QT_TRANSLATE_NOOP("errors", "%1: the site answered %2%3 — check the address.")),
    _p(_URL + r": the site answered " + _STATUS + r" — the page needs a login or refuses automatic readers; "
              r"save it from the browser and import the file\.",
       QT_TRANSLATE_NOOP("errors", "%1: the site answered %2%3 — the page needs a login or refuses automatic "
                                   "readers; save it from the browser and import the file.")),
    _p(_URL + r": the site answered " + _STATUS + r" — the site has a problem; try again later\.",
       QT_TRANSLATE_NOOP("errors", "%1: the site answered %2%3 — the site has a problem; try again later.")),
    _p(_URL + r": the site answered " + _STATUS + r" — the page was not sent\.",
       QT_TRANSLATE_NOOP("errors", "%1: the site answered %2%3 — the page was not sent.")),
    _p(_URL + r": the page is larger than ([\d.]+) MB; pages that large are refused\.",
       QT_TRANSLATE_NOOP("errors", "%1: the page is larger than %2 MB; pages that large are refused.")),
    _p(_URL + r": the site redirects too many times \(more than (\d+)\)\.",
       QT_TRANSLATE_NOOP("errors", "%1: the site redirects too many times (more than %2).")),
    _p(_URL + r": the page did not arrive within ([\d.]+) s; the site is slow or the connection poor\.",
       QT_TRANSLATE_NOOP("errors", "%1: the page did not arrive within %2 s; the site is slow or the connection "
                                   "poor.")),
    _p(_URL + r": the site " + _NAME + r" could not be found — check the address, or whether this computer is "
              r"online\.",
       QT_TRANSLATE_NOOP("errors", "%1: the site '%2' could not be found — check the address, or whether this "
                                   "computer is online.")),
    _p(_URL + r": the network cannot be reached — this computer seems to be offline\.",
       QT_TRANSLATE_NOOP("errors", "%1: the network cannot be reached — this computer seems to be offline.")),
    _p(_URL + r": " + _NAME + r" refused the connection — the site is down or the address is wrong \(or this "
              r"computer is offline\)\.",
       QT_TRANSLATE_NOOP("errors", "%1: '%2' refused the connection — the site is down or the address is wrong "
                                   "(or this computer is offline).")),
    _p(_URL + r": could not connect to " + _NAME + r" — check that this computer is online\.",
       QT_TRANSLATE_NOOP("errors", "%1: could not connect to '%2' — check that this computer is online.")),
    _p(_URL + r": no answer from " + _NAME + r" within ([\d.]+) s — this computer may be offline, or the site "
              r"is down\.",
       QT_TRANSLATE_NOOP("errors", "%1: no answer from '%2' within %3 s — this computer may be offline, or the "
                                   "site is down.")),
    _p(_URL + r": the secure connection to " + _NAME + r" failed \(its certificate could not be checked\)\.",
       QT_TRANSLATE_NOOP("errors", "%1: the secure connection to '%2' failed (its certificate could not be "
                                   "checked).")),
    _p(_URL + r": the proxy server did not let the request through\.",
       QT_TRANSLATE_NOOP("errors", "%1: the proxy server did not let the request through.")),
    _p(_URL + r": the connection broke while the page was being read; try again\.",
       QT_TRANSLATE_NOOP("errors", "%1: the connection broke while the page was being read; try again.")),
    _p(_URL + r": the page could not be fetched \((\w+)\)\.",
       QT_TRANSLATE_NOOP("errors", "%1: the page could not be fetched (%2).")),
    _p(_URL + r" is not a usable web address \((.*)\)\.",
       QT_TRANSLATE_NOOP("errors", "%1 is not a usable web address (%2).")),
    _p(_URL + r": no article text was found in this page \(only menus or links\)\.",
       QT_TRANSLATE_NOOP("errors", "%1: no article text was found in this page (only menus or links).")),
    _p(r"The clipboard holds no text: copy an article's text \(or a part of a web page\) first\.",
       QT_TRANSLATE_NOOP("errors", "The clipboard holds no text: copy an article's text (or a part of a web "
                                   "page) first.")),
    _p(r"The clipboard does not hold text \(it contains control characters\); nothing was imported\.",
       QT_TRANSLATE_NOOP("errors", "The clipboard does not hold text (it contains control characters); nothing "
                                   "was imported.")),
    _p(r"The clipboard holds more than (\d+) million characters; that is not an article\.",
       QT_TRANSLATE_NOOP("errors", "The clipboard holds more than %1 million characters; that is not an "
                                   "article.")),
)
