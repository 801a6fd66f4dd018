"""Tagging: speakers' roles and parties, decisions and motions with their votes."""
