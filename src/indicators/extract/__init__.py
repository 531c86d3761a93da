"""`indicators extract`: a new report's text → candidate figures, each with its verbatim quote.

text.py decodes and splits the text, mentions.py finds quantities, rules.py assigns them to metrics
and periods, candidates.py writes the figures file, compare.py measures it against a curated one.
"""
