class Counter:
    """A counter, fetched onto the file system by the page's config (files)."""

    def __init__(self):
        self.value = 0

    def add(self):
        self.value += 1
        return self.value

    def reset(self):
        self.value = 0
