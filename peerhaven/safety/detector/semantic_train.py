"""Training the semantic layer (needs the ``ml`` extra): ``python -m
peerhaven.safety.detector.semantic train``.

Two steps, both on the CPU and from fixed seeds:

1. A three-class logistic regression on the frozen MiniLM sentence embeddings (scikit-learn,
   ``C = semantic.C``): the layer as it first was, and the starting point of the head.
2. Low-rank adapters (LoRA) on the linear maps of the encoder's last
   ``semantic.ADAPTED_LAYERS`` layers, learnt together with the head on the same examples.
   The layers below stay frozen, so their output is computed once per example and kept;
   each epoch then runs only the adapted layers. Examples are grouped by length into batches
   so that little padding is computed, and the batches are shuffled every epoch.

The adapters are small (two matrices of rank ``semantic.RANK`` per linear map, about 220,000
numbers for two layers); at load time each is folded into the weight it adapts
(``W + B @ A``), so reading a message costs what it cost before.
"""

from __future__ import annotations

import base64
import contextlib
import math
import os
import random

from . import semantic


class _Reached(Exception):
    """Raised to stop the encoder where the adapted layers begin."""


def _pack(array) -> str:
    import numpy as np

    return base64.b64encode(np.ascontiguousarray(array, dtype="<f4").tobytes()).decode("ascii")


def adapted_modules(model) -> list[tuple[str, object]]:
    """(name, linear module) of every map the adapters change, in a fixed order."""
    layers = model.encoder.layer
    out = []
    for index in range(len(layers) - semantic.ADAPTED_LAYERS, len(layers)):
        for name in semantic.ADAPTED_MAPS:
            full = f"encoder.layer.{index}.{name}"
            out.append((full, model.get_submodule(full)))
    return out


def fit(rows: list[dict]) -> dict:
    """The head and the adapters learnt from ``rows``, ready to be written as JSON."""
    import numpy as np
    import torch
    from sklearn.linear_model import LogisticRegression

    random.seed(semantic.SEED)
    torch.manual_seed(semantic.SEED)
    texts = [r["text"][: semantic.MAX_CHARS] for r in rows]
    labels = np.array([semantic.LEVELS.index(r["label"]) for r in rows])
    encoder = semantic._encoder()
    # Training is offline: every core (reading a message at run time keeps to one).
    torch.set_num_threads(os.cpu_count() or 1)
    vectors = encoder.encode(texts, normalize_embeddings=True, batch_size=64)
    start = LogisticRegression(C=semantic.C, max_iter=5000).fit(vectors, labels)

    model, tokenizer = encoder[0].auto_model, encoder[0].tokenizer
    for parameter in model.parameters():
        parameter.requires_grad_(False)
    modules = adapted_modules(model)
    adapters = []
    for _, linear in modules:
        a = torch.randn(semantic.RANK, linear.in_features) / math.sqrt(linear.in_features)
        b = torch.zeros(linear.out_features, semantic.RANK)
        adapters.append((a.requires_grad_(), b.requires_grad_()))
    dropout = torch.nn.Dropout(semantic.ADAPTER_DROPOUT)

    def adapted(linear, a, b):
        def forward(module, args, output):
            return output + dropout(args[0]) @ a.T @ b.T

        return linear.register_forward_hook(forward)

    head = torch.nn.Linear(vectors.shape[1], len(semantic.LEVELS))
    with torch.no_grad():
        head.weight.copy_(torch.tensor(start.coef_, dtype=torch.float32))
        head.bias.copy_(torch.tensor(start.intercept_, dtype=torch.float32))

    # What the frozen layers make of each batch, computed once.
    layers = model.encoder.layer
    first = len(layers) - semantic.ADAPTED_LAYERS
    lengths = [
        len(tokenizer(t, truncation=True, max_length=semantic.MAX_TOKENS)["input_ids"])
        for t in texts
    ]
    order = sorted(range(len(texts)), key=lengths.__getitem__)
    seen: dict = {}

    def stop(module, args, kwargs):
        seen["args"], seen["kwargs"] = args, kwargs
        raise _Reached

    hook = layers[first].register_forward_pre_hook(stop, with_kwargs=True)
    batches = []
    with torch.no_grad():
        for i in range(0, len(order), semantic.BATCH):
            chosen = order[i : i + semantic.BATCH]
            tokens = tokenizer(
                [texts[j] for j in chosen],
                padding=True,
                truncation=True,
                max_length=semantic.MAX_TOKENS,
                return_tensors="pt",
            )
            with contextlib.suppress(_Reached):
                model(**tokens)
            args, kwargs = seen["args"], seen["kwargs"]
            batches.append(
                (args[0], args[1:], kwargs, tokens["attention_mask"], torch.tensor(labels[chosen]))
            )
    hook.remove()

    hooks = [adapted(linear, a, b) for (_, linear), (a, b) in zip(modules, adapters)]
    parameters = [p for pair in adapters for p in pair] + list(head.parameters())
    optimiser = torch.optim.AdamW(
        parameters, lr=semantic.LEARNING_RATE, weight_decay=semantic.WEIGHT_DECAY
    )
    steps = semantic.EPOCHS * len(batches)
    schedule = torch.optim.lr_scheduler.LambdaLR(optimiser, lambda step: 1 - step / steps)
    model.train()
    dropout.train()
    for _ in range(semantic.EPOCHS):
        random.shuffle(batches)
        for hidden, args, kwargs, mask, target in batches:
            x = hidden
            for layer in layers[first:]:
                x = layer(x, *args, **kwargs)
                if isinstance(x, tuple):
                    x = x[0]
            weights = mask.unsqueeze(-1).to(x.dtype)
            pooled = torch.nn.functional.normalize((x * weights).sum(1) / weights.sum(1), dim=-1)
            loss = torch.nn.functional.cross_entropy(head(pooled), target)
            loss.backward()
            optimiser.step()
            schedule.step()
            optimiser.zero_grad()
    for hook in hooks:
        hook.remove()
    model.eval()
    return {
        "classes": list(semantic.LEVELS),
        "coef": [[round(float(x), 6) for x in row] for row in head.weight.detach()],
        "intercept": [round(float(x), 6) for x in head.bias.detach()],
        "adapters": [
            {
                "module": name,
                "rank": semantic.RANK,
                "a": _pack(a.detach().numpy()),
                "b": _pack(b.detach().numpy()),
            }
            for (name, _), (a, b) in zip(modules, adapters)
        ],
    }
