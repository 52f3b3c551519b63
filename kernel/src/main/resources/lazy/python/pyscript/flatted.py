"""The Flatted JSON format (one array of slots, references by index), as PyScript stores values."""

import json


def stringify(value):
    """Flatted text of a value made of dicts, lists, tuples, strings, numbers, booleans and None."""
    slots = [value]
    known = {_identity(value): "0"}

    def reference(item):
        if isinstance(item, (str, list, tuple, dict)):
            key = _identity(item)
            index = known.get(key)
            if index is None:
                index = known[key] = str(len(slots))
                slots.append(item)
            return index
        return item

    texts = []
    position = 0
    while position < len(slots):
        slot = slots[position]
        if isinstance(slot, dict):
            slot = {key: reference(item) for key, item in slot.items()}
        elif isinstance(slot, (list, tuple)):
            slot = [reference(item) for item in slot]
        texts.append(json.dumps(slot))
        position += 1
    return "[" + ",".join(texts) + "]"


def parse(text):
    """The value of Flatted text: strings inside slots are the indexes of other slots."""
    slots = json.loads(text)
    revived = {}

    def revive(index):
        if index in revived:
            return revived[index]
        slot = slots[index]
        if isinstance(slot, list):
            value = revived[index] = []
            for item in slot:
                value.append(revive(int(item)) if isinstance(item, str) else item)
        elif isinstance(slot, dict):
            value = revived[index] = {}
            for key, item in slot.items():
                value[key] = revive(int(item)) if isinstance(item, str) else item
        else:
            value = revived[index] = slot
        return value

    return revive(0)


def _identity(item):
    # Strings are shared by value, containers by identity (so cycles and shared parts stay so).
    return ("s", item) if isinstance(item, str) else ("o", id(item))
