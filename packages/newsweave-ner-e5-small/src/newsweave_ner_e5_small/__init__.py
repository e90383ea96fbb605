"""newsweave's accurate NER model: a tagger folder that `newsweave.encoder.tagger` reads,
with the article embedder (`newsweave.encoder.embedder`) beside it.

Nothing here runs the models; newsweave finds this package by its import name and reads
`MODEL_DIR` (see CARD.md for what the models are, how they were made and how they score).
"""

from pathlib import Path

MODEL_DIR = Path(__file__).resolve().parent / "model"

__version__ = "0.2.0"
