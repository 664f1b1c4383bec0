#!/bin/sh
# Ping a server and print its role.
valkey-cli -h "${1:-localhost}" ping
