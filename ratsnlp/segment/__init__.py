"""Segmentation: structure (items, sections, roster), sentences, speaker mentions, turns."""
