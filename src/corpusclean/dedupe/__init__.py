"""Duplicates: repeated blocks inside one document (`within`); across documents later."""
