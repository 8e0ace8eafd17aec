/**
 * Writes a tiny random-weight llama-architecture GGUF (v3) file, so the local provider can run for
 * real without downloading a model. Format: https://github.com/ggml-org/ggml/blob/master/docs/gguf.md
 * — header, metadata key/values, tensor infos, padding, then F32 tensor data aligned to 32 bytes.
 * The vocabulary is a SentencePiece ("llama") one: <unk>, <s>, </s>, byte-fallback tokens for
 * ASCII and one token per printable ASCII character (space as "▁"): enough for ASCII JSON text.
 */
import { writeFileSync } from 'node:fs';
import { mulberry32 } from '../../../src/util/prng.js';

const T = { UINT32: 4, INT32: 5, FLOAT32: 6, BOOL: 7, STRING: 8, ARRAY: 9, UINT64: 10 } as const;
const ALIGN = 32;

class Buf {
  private parts: Buffer[] = [];
  length = 0;
  push(b: Buffer): void {
    this.parts.push(b);
    this.length += b.length;
  }
  u32(v: number): void {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(v);
    this.push(b);
  }
  i32(v: number): void {
    const b = Buffer.alloc(4);
    b.writeInt32LE(v);
    this.push(b);
  }
  u64(v: number): void {
    const b = Buffer.alloc(8);
    b.writeBigUInt64LE(BigInt(v));
    this.push(b);
  }
  f32(v: number): void {
    const b = Buffer.alloc(4);
    b.writeFloatLE(v);
    this.push(b);
  }
  str(s: string): void {
    const b = Buffer.from(s, 'utf8');
    this.u64(b.length);
    this.push(b);
  }
  pad(): void {
    const n = (ALIGN - (this.length % ALIGN)) % ALIGN;
    if (n) this.push(Buffer.alloc(n));
  }
  concat(): Buffer {
    return Buffer.concat(this.parts);
  }
}

type Meta = [string, 'u32' | 'f32' | 'str' | 'bool', number | string | boolean] | [string, 'strs', string[]] | [string, 'f32s' | 'i32s', number[]];

function writeMeta(b: Buf, [key, kind, value]: Meta): void {
  b.str(key);
  switch (kind) {
    case 'u32': b.u32(T.UINT32); b.u32(value as number); break;
    case 'f32': b.u32(T.FLOAT32); b.f32(value as number); break;
    case 'bool': b.u32(T.BOOL); b.push(Buffer.from([value ? 1 : 0])); break;
    case 'str': b.u32(T.STRING); b.str(value as string); break;
    case 'strs': b.u32(T.ARRAY); b.u32(T.STRING); b.u64((value as string[]).length); for (const s of value as string[]) b.str(s); break;
    case 'f32s': b.u32(T.ARRAY); b.u32(T.FLOAT32); b.u64((value as number[]).length); for (const v of value as number[]) b.f32(v); break;
    case 'i32s': b.u32(T.ARRAY); b.u32(T.INT32); b.u64((value as number[]).length); for (const v of value as number[]) b.i32(v); break;
  }
}

/** Deterministic PRNG for the weights. */
const rng = mulberry32;

export interface TinyModelOptions {
  embd?: number;
  heads?: number;
  layers?: number;
  ff?: number;
  context?: number;
  seed?: number;
}

/** Writes the model to `file`; returns the vocabulary size. */
export function writeTinyLlamaGguf(file: string, opts: TinyModelOptions = {}): number {
  const embd = opts.embd ?? 64;
  const heads = opts.heads ?? 4;
  const layers = opts.layers ?? 1;
  const ff = opts.ff ?? 128;
  const random = rng(opts.seed ?? 1);

  const tokens: string[] = ['<unk>', '<s>', '</s>'];
  const types: number[] = [2, 3, 3]; // unknown, control, control
  // Byte-fallback tokens for ASCII only (the tokenizer needs them for "\n" and the like): bytes of
  // 0x80 and above would let random weights emit partial UTF-8, whose decoded length differs from
  // what the grammar counted.
  for (let i = 0; i < 128; i++) {
    tokens.push(`<0x${i.toString(16).toUpperCase().padStart(2, '0')}>`);
    types.push(6); // byte
  }
  tokens.push('▁');
  types.push(1);
  for (let c = 0x21; c <= 0x7e; c++) {
    tokens.push(String.fromCharCode(c));
    types.push(1); // normal
  }
  const vocab = tokens.length;
  const scores = tokens.map((_, i) => -i);

  const tensors: Array<{ name: string; dims: number[] }> = [
    { name: 'token_embd.weight', dims: [embd, vocab] },
    { name: 'output_norm.weight', dims: [embd] },
    { name: 'output.weight', dims: [embd, vocab] },
  ];
  for (let l = 0; l < layers; l++) {
    tensors.push(
      { name: `blk.${l}.attn_norm.weight`, dims: [embd] },
      { name: `blk.${l}.attn_q.weight`, dims: [embd, embd] },
      { name: `blk.${l}.attn_k.weight`, dims: [embd, embd] },
      { name: `blk.${l}.attn_v.weight`, dims: [embd, embd] },
      { name: `blk.${l}.attn_output.weight`, dims: [embd, embd] },
      { name: `blk.${l}.ffn_norm.weight`, dims: [embd] },
      { name: `blk.${l}.ffn_gate.weight`, dims: [embd, ff] },
      { name: `blk.${l}.ffn_up.weight`, dims: [embd, ff] },
      { name: `blk.${l}.ffn_down.weight`, dims: [ff, embd] },
    );
  }

  const meta: Meta[] = [
    ['general.architecture', 'str', 'llama'],
    ['general.name', 'str', 'radlabel-tiny-random'],
    ['general.alignment', 'u32', ALIGN],
    ['llama.context_length', 'u32', opts.context ?? 8192],
    ['llama.embedding_length', 'u32', embd],
    ['llama.block_count', 'u32', layers],
    ['llama.feed_forward_length', 'u32', ff],
    ['llama.attention.head_count', 'u32', heads],
    ['llama.attention.head_count_kv', 'u32', heads],
    ['llama.rope.dimension_count', 'u32', embd / heads],
    ['llama.attention.layer_norm_rms_epsilon', 'f32', 1e-5],
    ['tokenizer.ggml.model', 'str', 'llama'],
    ['tokenizer.ggml.tokens', 'strs', tokens],
    ['tokenizer.ggml.scores', 'f32s', scores],
    ['tokenizer.ggml.token_type', 'i32s', types],
    ['tokenizer.ggml.unknown_token_id', 'u32', 0],
    ['tokenizer.ggml.bos_token_id', 'u32', 1],
    ['tokenizer.ggml.eos_token_id', 'u32', 2],
    ['tokenizer.ggml.add_bos_token', 'bool', true],
  ];

  const head = new Buf();
  head.push(Buffer.from('GGUF', 'ascii'));
  head.u32(3);
  head.u64(tensors.length);
  head.u64(meta.length);
  for (const m of meta) writeMeta(head, m);
  let offset = 0;
  const sizes = tensors.map((t) => t.dims.reduce((a, b) => a * b, 1) * 4);
  tensors.forEach((t, i) => {
    head.str(t.name);
    head.u32(t.dims.length);
    for (const d of t.dims) head.u64(d);
    head.u32(0); // GGML_TYPE_F32
    head.u64(offset);
    offset += Math.ceil((sizes[i] as number) / ALIGN) * ALIGN;
  });
  head.pad();

  const data = new Buf();
  tensors.forEach((t, i) => {
    const n = (sizes[i] as number) / 4;
    const arr = new Float32Array(n);
    // Norm weights at 1 keep activations sane; other weights small and random.
    const isNorm = t.name.endsWith('norm.weight');
    for (let k = 0; k < n; k++) arr[k] = isNorm ? 1 : (random() - 0.5) * 0.2;
    data.push(Buffer.from(arr.buffer));
    data.pad();
  });
  writeFileSync(file, Buffer.concat([head.concat(), data.concat()]));
  return vocab;
}
