"""pyweb: the Pythonic DOM of the pydom plugin."""
