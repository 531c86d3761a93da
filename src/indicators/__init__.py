"""fazhi-indicators: figures with provenance and indicators from rule-of-law government reports."""

__version__ = "0.1.0"
