"""Printed documents built from report data: the PDF (Nghị định 30/2020 layout) and the
figures spreadsheet. Pure renderers: values in, a file or file object out; no Qt, no SQL."""
