"""What people read: terminal and notebook tables, charts, cards, notebook runs, HTML pages, batch runs."""
