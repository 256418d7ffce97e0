#!/bin/sh
# Stands in for natter in the demo's negative test: it stays up but never signs in, so
# demo.sh --check must give up and fail.
exec sleep 600
