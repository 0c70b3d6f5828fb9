"""Export a run as a Hugging Face Llama checkpoint that `transformers` loads as is.

The model in `train/model.py` is a Llama architecture (RMSNorm, RoPE, SwiGLU, grouped-query
attention, no biases), so an export is a renaming of tensors plus one real conversion:
the two codebases pair the channels that RoPE rotates differently. Ours, like Meta's
reference and llama2.c, rotates interleaved pairs (0, 1), (2, 3), ... of each head;
Hugging Face's `rotate_half` rotates (i, i + head_dim/2). A query/key head's output rows
are therefore permuted, evens first then odds, exactly as HF's
`convert_llama_weights_to_hf.py` (and llama2.c's `export.py`) do: attention scores are
unchanged because q and k get the same permutation, and v and the output are untouched.

The export directory holds:

- `config.json`: a `LlamaConfig` (`model_type: llama`, tied embeddings, float32);
- `model.safetensors`: the weights under the names `LlamaForCausalLM` expects; the tied
  output head is the embedding and is stored once, as `model.embed_tokens.weight`;
- `generation_config.json`: the special ids and the context length;
- the tokenizer's Hugging Face files (`tokenizer.json`, `tokenizer_config.json`,
  `special_tokens_map.json`) when its directory has them.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

import torch
from hornbook.corpora.errors import UserError
from hornbook.train.model import Transformer
from hornbook.train.score import load_model
from safetensors.torch import save_file

HF_TOKENIZER_FILES = ("tokenizer.json", "tokenizer_config.json", "special_tokens_map.json")


def interleaved_to_half(weight: torch.Tensor, n_heads: int) -> torch.Tensor:
    """Reorder a q/k projection's rows from interleaved RoPE pairs to HF's rotate_half halves.

    `weight` is (n_heads * head_dim, dim). Within each head, output row 2i (the first
    element of pair i) moves to row i and row 2i + 1 to row i + head_dim/2.
    """
    rows, cols = weight.shape
    head_dim = rows // n_heads
    return (
        weight.view(n_heads, head_dim // 2, 2, cols).transpose(1, 2).reshape(rows, cols)
    ).contiguous()


def hf_state_dict(model: Transformer) -> dict[str, torch.Tensor]:
    """The weights of `model` under `LlamaForCausalLM` names, float32 and contiguous."""
    config = model.config
    assert config.n_kv_heads is not None
    out: dict[str, torch.Tensor] = {"model.embed_tokens.weight": model.tok_embeddings.weight}
    for i, layer in enumerate(model.layers):
        prefix = f"model.layers.{i}"
        attn, ffn = layer.attention, layer.feed_forward
        out[f"{prefix}.self_attn.q_proj.weight"] = interleaved_to_half(
            attn.wq.weight, config.n_heads
        )
        out[f"{prefix}.self_attn.k_proj.weight"] = interleaved_to_half(
            attn.wk.weight, config.n_kv_heads
        )
        out[f"{prefix}.self_attn.v_proj.weight"] = attn.wv.weight
        out[f"{prefix}.self_attn.o_proj.weight"] = attn.wo.weight
        out[f"{prefix}.mlp.gate_proj.weight"] = ffn.w1.weight
        out[f"{prefix}.mlp.up_proj.weight"] = ffn.w3.weight
        out[f"{prefix}.mlp.down_proj.weight"] = ffn.w2.weight
        out[f"{prefix}.input_layernorm.weight"] = layer.attention_norm.weight
        out[f"{prefix}.post_attention_layernorm.weight"] = layer.ffn_norm.weight
    out["model.norm.weight"] = model.norm.weight
    return {name: t.detach().to("cpu", torch.float32).contiguous() for name, t in out.items()}


def hf_config(model: Transformer, special_ids: dict[str, int]) -> dict[str, Any]:
    """`config.json` for LlamaForCausalLM.

    Written as plain JSON so that exporting needs no `transformers` import. Both the
    transformers 4.x keys (`rope_theta`, `torch_dtype`) and their 5.x successors
    (`rope_parameters`, `dtype`) are given, so either major version reads it.
    """
    config = model.config
    return {
        "architectures": ["LlamaForCausalLM"],
        "model_type": "llama",
        "vocab_size": config.vocab_size,
        "hidden_size": config.dim,
        "intermediate_size": config.hidden_dim,
        "num_hidden_layers": config.n_layers,
        "num_attention_heads": config.n_heads,
        "num_key_value_heads": config.n_kv_heads,
        "head_dim": config.head_dim,
        "hidden_act": "silu",
        "max_position_embeddings": config.max_seq_len,
        "rms_norm_eps": config.norm_eps,
        "rope_theta": config.rope_theta,
        "rope_parameters": {"rope_type": "default", "rope_theta": config.rope_theta},
        "attention_bias": False,
        "attention_dropout": 0.0,
        "mlp_bias": False,
        "initializer_range": 0.02,
        "tie_word_embeddings": True,
        "use_cache": True,
        "bos_token_id": special_ids.get("bos"),
        "eos_token_id": special_ids.get("eos"),
        "pad_token_id": special_ids.get("pad"),
        "torch_dtype": "float32",
        "dtype": "float32",
    }


def _tokenizer_dir(run_dir: Path, tokenizer_dir: Path | None) -> Path | None:
    """The tokenizer to ship: the one given, else the one the run's lineage names."""
    if tokenizer_dir is not None:
        return Path(tokenizer_dir)
    lineage = run_dir / "lineage.json"
    if lineage.is_file():
        path = Path(json.loads(lineage.read_text(encoding="utf-8"))["tokenizer"]["path"])
        return path if path.is_dir() else None
    return None


def _tokenizer_meta(tokenizer_dir: Path | None) -> dict[str, Any]:
    """The hornbook `meta.json` of a tokenizer directory; empty when there is none."""
    if tokenizer_dir is None or not (tokenizer_dir / "meta.json").is_file():
        return {}
    return json.loads((tokenizer_dir / "meta.json").read_text(encoding="utf-8"))


def export_hf(run_dir: Path, out_dir: Path, tokenizer_dir: Path | None = None) -> Path:
    """Write the run's checkpoint to `out_dir` as a Hugging Face Llama model; return `out_dir`.

    `tokenizer_dir` is a hornbook tokenizer directory; without it the run's
    `lineage.json` says which tokenizer it was trained with. Its special ids go into the
    configs and its Hugging Face files, when present, are copied. The export is written
    to a temporary sibling and renamed into place, and an existing `out_dir` is never
    overwritten (UserError), so a directory at `out_dir` is always a complete export.
    """
    run_dir, out_dir = Path(run_dir), Path(out_dir)
    if out_dir.exists():
        raise UserError(f"{out_dir} already exists; export to a new directory")
    model, _ = load_model(run_dir, device="cpu")
    tok_dir = _tokenizer_dir(run_dir, tokenizer_dir)
    if tok_dir is not None and not tok_dir.is_dir():
        raise UserError(f"tokenizer directory {tok_dir} does not exist")
    meta = _tokenizer_meta(tok_dir)
    special_ids: dict[str, int] = dict(meta.get("special_ids", {}))
    vocab_size = meta.get("vocab_size")
    if vocab_size is not None and vocab_size != model.config.vocab_size:
        raise UserError(
            f"the tokenizer at {tok_dir} has {vocab_size} ids but run {run_dir} was trained "
            f"with {model.config.vocab_size}; export with the run's tokenizer"
        )

    out_dir.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.tmp-", dir=out_dir.parent))
    try:
        save_file(hf_state_dict(model), tmp / "model.safetensors", metadata={"format": "pt"})
        _write_json(tmp / "config.json", hf_config(model, special_ids))
        generation = {
            "bos_token_id": special_ids.get("bos"),
            "eos_token_id": special_ids.get("eos"),
            "pad_token_id": special_ids.get("pad"),
            "max_length": model.config.max_seq_len,
        }
        _write_json(tmp / "generation_config.json", generation)
        if tok_dir is not None:
            for name in HF_TOKENIZER_FILES:
                if (tok_dir / name).is_file():
                    shutil.copy2(tok_dir / name, tmp / name)
        _make_readable(tmp)
        tmp.rename(out_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return out_dir


def _make_readable(folder: Path) -> None:
    """Folder 0755, files 0644: an export is for other users and containers to read.

    `mkdtemp` makes the folder 0700, and the safetensors writer and `copy2` of files that
    were written atomically (via `mkstemp`) leave files 0600.
    """
    for path in folder.rglob("*"):
        path.chmod(0o755 if path.is_dir() else 0o644)
    folder.chmod(0o755)


def _write_json(path: Path, data: dict[str, Any]) -> None:
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
