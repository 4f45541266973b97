import type { Lang } from '../channel/types.js';

export const DOC_TYPES = [
  'final-statement',
  'contribution',
  'position-paper',
  'annual-statement',
  'recommendations',
  'meeting-report',
  'reference',
  'presentation',
] as const;
export type DocType = (typeof DOC_TYPES)[number];

/** Front matter of a corpus document (Markdown YAML or a `<file>.meta.yaml` sidecar). */
export interface DocumentMeta {
  id: string;
  title: { ar?: string; en?: string };
  type: DocType;
  forum: string[];
  meeting?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD: as precise as the facts allow. */
  date: string;
  dateNote?: string;
  place?: string;
  language: Lang[];
  sources: string[];
  status: string;
}

/** A retrievable unit: a paragraph, an article or a list item of one document, in one language. */
export interface Passage {
  /** Stable id `docId#n`. */
  id: string;
  documentId: string;
  n: number;
  lang: Lang;
  /** Original text, shown and quoted as it is; matching uses normalised forms. */
  text: string;
  /** Nearest heading above the passage, if any. */
  heading?: string;
  meta: DocumentMeta;
  contentHash: string;
  /** PDFs: the page the passage begins on (1-based, as the reader counts them in the file). */
  page?: number;
  /** PDFs: the page it ends on, when that is another one. */
  lastPage?: number;
  /** The ingest pipeline that cut it (ingest-file.ts PIPELINE_VERSION); absent in passages cut before it was kept. */
  pipeline?: number;
}

/** Title of a document in the requested language, falling back to the other. */
export function titleIn(meta: DocumentMeta, lang: Lang): string {
  return (lang === 'ar' ? meta.title.ar ?? meta.title.en : meta.title.en ?? meta.title.ar) ?? meta.id;
}
