"""newsweave's accurate NER model: a tagger folder that `newsweave.encoder.tagger` reads.

Nothing here runs the model; newsweave finds this package by its import name and reads
`MODEL_DIR` (see CARD.md for what the model is, how it was trained and how it scores).
"""

from pathlib import Path

MODEL_DIR = Path(__file__).resolve().parent / "model"

__version__ = "0.1.0"
