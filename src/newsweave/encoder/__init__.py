"""The pretrained multilingual encoder newsweave owns: weights, tokeniser, CPU forward pass."""

from newsweave.encoder.model import PASSAGE, QUERY, Encoder
from newsweave.encoder.tokenizer import Encoding, Tokenizer
from newsweave.encoder.weights import Weights, read_weights, write_weights

__all__ = ["PASSAGE", "QUERY", "Encoder", "Encoding", "Tokenizer", "Weights", "read_weights",
           "write_weights"]
