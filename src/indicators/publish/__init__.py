"""What the notebooks publish: pages, their headings and tables."""
