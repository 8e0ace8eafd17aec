#!/usr/bin/env python3
"""Checks the deid-styles-dev-25 set with the shared checker (eval/deid-set-check/check_set.py): layout,
gold offsets and phrases, no overlaps, 8-30 spans and 15-40 non-blank lines a note, Age >= 90, ASCII."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'deid-set-check'))
from check_set import main  # noqa: E402

STYLES = ['outpatient-letters-cc-lists', 'peds-transfer-caps', 'pharmacy-med-rec-calls', 'contact-tracing-public-health']

if __name__ == '__main__':
    main(HERE, STYLES)
