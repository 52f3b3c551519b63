"""pyweb: the Pythonic DOM of the pydom plugin. `from pyweb import pydom` gives the page's pydom."""

from .pydom import pydom

__all__ = ["pydom"]
