"""`indicators export`: the figures, indicator values, consistency findings and target gaps of the
database as CSV (with a Frictionless data package), Parquet or an Excel workbook.

dictionary.py  which tables, their SELECTs (sql/export/) and the column dictionary (columns.csv)
writers.py  one writer per format; CSV and Parquet are written by DuckDB, xlsx by openpyxl
datapackage.py  datapackage.json describing the CSV export
run.py  selection check, temporary folder, rename into place
"""

from indicators.export.run import FORMATS, ExportResult, export

__all__ = ["FORMATS", "ExportResult", "export"]
