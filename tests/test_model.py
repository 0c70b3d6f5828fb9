"""Unit tests for the Transformer in train/model.py."""

from __future__ import annotations

import pytest
import torch
from hornbook.train.model import ModelConfig, Transformer


def _model(**overrides) -> Transformer:
    config = dict(vocab_size=61, dim=32, n_layers=2, n_heads=4, max_seq_len=16)
    config.update(overrides)
    torch.manual_seed(0)
    return Transformer(ModelConfig(**config))


def test_config_defaults() -> None:
    config = ModelConfig(vocab_size=10, dim=96, n_heads=4, multiple_of=32)
    assert config.n_kv_heads == 4
    assert config.hidden_dim == 256  # 8/3 * 96 = 256, already a multiple of 32
    assert ModelConfig(vocab_size=10, dim=64, multiple_of=32).hidden_dim == 192  # 170 -> 192
    with pytest.raises(ValueError):
        ModelConfig(vocab_size=10, dim=64, n_heads=4, n_kv_heads=3)


@pytest.mark.parametrize("n_kv_heads", [None, 2, 1])
def test_forward_shapes(n_kv_heads: int | None) -> None:
    model = _model(n_kv_heads=n_kv_heads)
    tokens = torch.randint(0, 61, (3, 16))
    logits, loss = model(tokens)
    assert logits.shape == (3, 16, 61)
    assert loss is None
    logits, loss = model(tokens, tokens)
    assert loss is not None and loss.ndim == 0
    nll = model.token_nll(tokens, tokens)
    assert nll.shape == (3, 16)
    assert torch.allclose(nll.mean(), loss, atol=1e-6)


def test_ignore_index() -> None:
    model = _model()
    tokens = torch.randint(0, 61, (2, 8))
    targets = tokens.clone()
    targets[:, 4:] = -100
    _, loss = model(tokens, targets)
    nll = model.token_nll(tokens, targets)
    assert torch.all(nll[:, 4:] == 0)
    assert torch.allclose(loss, nll[:, :4].mean(), atol=1e-6)


def test_tied_weights_share_parameter_and_get_gradients() -> None:
    model = _model()
    assert model.output.weight is model.tok_embeddings.weight
    names = [name for name, _ in model.named_parameters()]
    assert "output.weight" not in names  # yielded once, as the embedding
    tokens = torch.randint(0, 61, (2, 8))
    _, loss = model(tokens, tokens)
    loss.backward()
    grad = model.tok_embeddings.weight.grad
    assert grad is not None and grad.abs().sum() > 0
    # Rows of tokens absent from the input still get gradient through the output head.
    absent = sorted(set(range(61)) - set(tokens.flatten().tolist()))
    assert grad[absent].abs().sum() > 0
    assert model.num_parameters() == sum(p.numel() for p in model.parameters())
    assert model.num_parameters(non_embedding=True) == model.num_parameters() - 61 * 32


def test_rope_buffers_not_persistent() -> None:
    state = _model().state_dict()
    assert not any("rope" in key for key in state)


def test_residual_projections_have_scaled_init() -> None:
    model = _model(n_layers=8, dim=64, max_seq_len=8)
    assert (
        model.layers[0].attention.wo.weight.std() < 0.5 * model.layers[0].attention.wq.weight.std()
    )
    assert (
        model.layers[0].feed_forward.w2.weight.std()
        < 0.5 * model.layers[0].feed_forward.w1.weight.std()
    )


def test_causal() -> None:
    model = _model().eval()
    tokens = torch.randint(0, 61, (1, 16))
    changed = tokens.clone()
    changed[0, 10] = (changed[0, 10] + 1) % 61
    logits_a, _ = model(tokens)
    logits_b, _ = model(changed)
    assert torch.allclose(logits_a[:, :10], logits_b[:, :10], atol=1e-6)
    assert not torch.allclose(logits_a[:, 10:], logits_b[:, 10:], atol=1e-4)


def test_overfits_fixed_batch() -> None:
    model = _model()
    generator = torch.Generator().manual_seed(0)
    tokens = torch.randint(0, 61, (4, 17), generator=generator)
    x, y = tokens[:, :-1], tokens[:, 1:]
    optimizer = torch.optim.AdamW(model.parameters(), lr=1e-2)
    _, initial = model(x, y)
    for _ in range(50):
        _, loss = model(x, y)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    _, final = model(x, y)
    assert initial.item() > 4.0  # about ln(61) = 4.11 at initialisation
    assert final.item() < 0.25 * initial.item()


def test_generate_length_and_crop() -> None:
    model = _model().eval()
    idx = torch.randint(0, 61, (2, 5))
    generator = torch.Generator().manual_seed(0)
    out = model.generate(idx, 30, top_k=5, generator=generator)  # runs past max_seq_len=16
    assert out.shape == (2, 35)
    assert torch.equal(out[:, :5], idx)
    again = model.generate(idx, 30, top_k=5, generator=torch.Generator().manual_seed(0))
    assert torch.equal(out, again)


def test_generate_respects_eos() -> None:
    model = _model().eval()
    eos = 7

    def eos_always_wins(module: torch.nn.Module, inputs: tuple, logits: torch.Tensor):
        bias = torch.zeros(logits.shape[-1])
        bias[eos] = 100.0
        return logits + bias

    handle = model.output.register_forward_hook(eos_always_wins)
    idx = torch.zeros((2, 3), dtype=torch.long)
    out = model.generate(idx, 10, eos_id=eos, generator=torch.Generator().manual_seed(0))
    handle.remove()
    assert out.shape == (2, 4)  # stopped right after every row emitted EOS
    assert torch.all(out[:, -1] == eos)
    without_eos = model.generate(idx, 10, generator=torch.Generator().manual_seed(0))
    assert without_eos.shape == (2, 13)


def test_generate_pads_finished_rows_with_eos() -> None:
    model = _model().eval()
    out = model.generate(
        torch.zeros((3, 2), dtype=torch.long),
        12,
        eos_id=5,
        generator=torch.Generator().manual_seed(1),
    )
    for row in out[:, 2:].tolist():
        if 5 in row:
            first = row.index(5)
            assert all(t == 5 for t in row[first:])
    greedy = model.generate(torch.zeros((1, 2), dtype=torch.long), 4, temperature=0.0)
    assert greedy.shape == (1, 6)
