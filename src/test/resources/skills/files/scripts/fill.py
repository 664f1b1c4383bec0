#!/usr/bin/env python3
"""Fill a PDF form from a JSON file of values."""
import json
import sys


def fill(form, values):
    for name, value in values.items():
        form[name] = value  # every field by its name
    return form


if __name__ == "__main__":
    print(json.dumps(fill({}, json.load(open(sys.argv[1])))))
