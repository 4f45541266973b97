import type { DocType, DocumentMeta, Passage } from '../ingest/types.js';
import { HybridSearchEngine } from '../retrieval/engine.js';
import type { SearchEngine } from '../retrieval/index.js';

/** One document of the corpus as the console lists it. */
export interface CatalogEntry {
  meta: DocumentMeta;
  year: number | undefined;
  passages: number;
  languages: string[];
}

/** What the ingest recorded about a document's source file. */
export interface IngestRecord {
  sourcePath?: string;
  /** pdf, docx, html, md, txt. */
  kind?: string;
  pages?: number;
  /** What the Arabic repair did (PDFs). */
  repair?: Record<string, unknown>;
  /** Metadata fields inferred from the file rather than given. */
  inferred?: string[];
  warnings?: string[];
  ingestedAt?: string;
}

export interface CatalogDetail extends CatalogEntry, IngestRecord {
  passageList: Passage[];
  contentHash?: string;
}

export interface CatalogFilter {
  forum?: string;
  year?: number;
  type?: DocType;
}

export interface CatalogFacets {
  forums: string[];
  years: number[];
  types: DocType[];
}

export function yearOf(date: string): number | undefined {
  const y = Number(date.slice(0, 4));
  return Number.isInteger(y) && y > 0 ? y : undefined;
}

/**
 * The corpus as the search engine holds it: what the assistant can actually cite. Listing walks every
 * indexed passage (a few thousand), which is cheap next to a page render.
 */
export class CorpusCatalog {
  /**
   * @param recorded what the ingest stored about a document (source file, repair report), once an
   *   ingest store keeps it; without it the detail page says that no repair report exists.
   */
  constructor(
    private readonly engine: SearchEngine,
    private readonly recorded: (documentId: string) => Promise<IngestRecord | undefined> = async () => undefined,
  ) {}

  private passages(): Passage[] {
    if (this.engine instanceof HybridSearchEngine) return this.engine.lexical.passages.filter((p): p is Passage => p !== undefined);
    return [];
  }

  private byDocument(): Map<string, Passage[]> {
    const docs = new Map<string, Passage[]>();
    for (const p of this.passages()) {
      const list = docs.get(p.documentId) ?? [];
      list.push(p);
      docs.set(p.documentId, list);
    }
    return docs;
  }

  list(filter: CatalogFilter = {}): CatalogEntry[] {
    return [...this.byDocument().values()]
      .map(entryOf)
      .filter((e) => !filter.forum || e.meta.forum.includes(filter.forum))
      .filter((e) => !filter.year || e.year === filter.year)
      .filter((e) => !filter.type || e.meta.type === filter.type)
      .sort((a, b) => b.meta.date.localeCompare(a.meta.date) || a.meta.id.localeCompare(b.meta.id));
  }

  facets(): CatalogFacets {
    const all = this.list();
    return {
      forums: [...new Set(all.flatMap((e) => e.meta.forum))].sort(),
      years: [...new Set(all.map((e) => e.year).filter((y): y is number => y !== undefined))].sort((a, b) => b - a),
      types: [...new Set(all.map((e) => e.meta.type))].sort(),
    };
  }

  async get(id: string): Promise<CatalogDetail | undefined> {
    const passages = this.byDocument().get(id);
    if (!passages) return undefined;
    const sorted = [...passages].sort((a, b) => a.n - b.n);
    return { ...entryOf(sorted), passageList: sorted, contentHash: sorted[0]!.contentHash, ...(await this.recorded(id)) };
  }
}

function entryOf(passages: Passage[]): CatalogEntry {
  const meta = passages[0]!.meta;
  return {
    meta,
    year: yearOf(meta.date),
    passages: passages.length,
    languages: [...new Set(passages.map((p) => p.lang))].sort(),
  };
}
