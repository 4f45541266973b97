import { Embeddings } from '@langchain/core/embeddings';
import { analyzeText } from '../../text/analyze.js';

/** FNV-1a, 32 bits: stable across runs and machines, so stored vectors stay valid. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * An embedder with no model weights: stemmed words and character 4-grams of the normalised text, hashed
 * into a fixed number of signed buckets (the "hashing trick"), log-scaled and L2-normalised. It knows
 * nothing a lexical index does not, so it ranks by surface overlap; its job is to keep the vector path
 * working offline and give fusion a second, smoother view. Real semantic vectors come from the neural
 * embedders, chosen by configuration.
 */
export class HashedNgramEmbeddings extends Embeddings {
  static readonly VERSION = 1;
  readonly dimensions: number;

  constructor(options: { dimensions?: number } = {}) {
    super({});
    this.dimensions = options.dimensions ?? 256;
  }

  /** Identifies the vectors this embedder produces: a stored index built by another one is refused. */
  get id(): string {
    return `hashed-ngrams/v${HashedNgramEmbeddings.VERSION}/${this.dimensions}`;
  }

  embed(text: string): number[] {
    const { words, grams } = analyzeText(text);
    const counts = new Map<string, number>();
    for (const w of words) counts.set(`w:${w}`, (counts.get(`w:${w}`) ?? 0) + 1);
    for (const g of grams) counts.set(`g:${g}`, (counts.get(`g:${g}`) ?? 0) + 0.5);
    const v = new Float64Array(this.dimensions);
    for (const [feature, tf] of counts) {
      const h = fnv1a(feature);
      v[h % this.dimensions]! += (h & 0x80000000 ? -1 : 1) * (1 + Math.log(tf + 1));
    }
    let norm = 0;
    for (const x of v) norm += x * x;
    norm = Math.sqrt(norm) || 1;
    return Array.from(v, (x) => x / norm);
  }

  async embedDocuments(documents: string[]): Promise<number[][]> {
    return documents.map((d) => this.embed(d));
  }

  async embedQuery(document: string): Promise<number[]> {
    return this.embed(document);
  }
}
