#!/usr/bin/env python3
"""Writes the workbook fixtures with openpyxl (PyPI), as a spreadsheet user would have them:

    pip install openpyxl==3.1.5
    python3 Tests/SchoolNetIOTests/Fixtures/workbooks/make_workbooks.py

- demo.xlsx: Examples/demo-landscape, one sheet per file (schools, structures, memberships,
  links), typed as a spreadsheet types them: numbers as numbers, dates as dates (stored as day
  numbers with a date format), the rest as text; a title row of instructions would break the
  header, so the header is row 1, as the format asks.
- bad-cell.xlsx: the same, with three planted problems at known cells: schools!G5 holds the
  Ofsted grade "grand", schools!I7 the free-school-meal share 1.4, memberships!B3 a URN that
  is no school's.

The workbooks are committed; the tests read them and do not need openpyxl.
"""
import csv
import datetime
import os

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", ".."))
DEMO = os.path.join(ROOT, "Examples", "demo-landscape")
DATES = {"formed", "dissolved", "joined", "left", "start", "end"}
NUMBERS = {"attainment", "disadvantage", "pupils", "latitude", "longitude", "weight"}


def typed(column, text):
    if text == "":
        return None
    if column in DATES:
        return datetime.date.fromisoformat(text)
    if column in NUMBERS or column == "urn":
        number = float(text)
        return int(number) if number.is_integer() and column in ("pupils", "urn") else number
    return text


def workbook(plant=False):
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name in ["schools", "structures", "memberships", "links"]:
        sheet = book.create_sheet(name)
        with open(os.path.join(DEMO, name + ".csv"), newline="", encoding="utf-8") as f:
            rows = list(csv.reader(f))
        header = rows[0]
        sheet.append(header)
        for row in rows[1:]:
            sheet.append([typed(column, cell) for column, cell in zip(header, row)])
        for cell in sheet[1]:
            cell.font = openpyxl.styles.Font(bold=True)
        for column in sheet.iter_cols(min_row=2):
            if column[0].value is not None and header[column[0].column - 1] in DATES:
                for cell in column:
                    cell.number_format = "DD/MM/YYYY"
    if plant:
        book["schools"]["G5"] = "grand"
        book["schools"]["I7"] = 1.4
        book["memberships"]["B3"] = "999999"
    return book


def main():
    workbook().save(os.path.join(HERE, "demo.xlsx"))
    workbook(plant=True).save(os.path.join(HERE, "bad-cell.xlsx"))
    print("wrote demo.xlsx and bad-cell.xlsx")


if __name__ == "__main__":
    main()
