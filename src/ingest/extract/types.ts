/** What a loader gets out of one file, before repair and chunking. */
export interface ExtractedDocument {
  /** Text in reading order; paragraphs and (PDF) pages separated by blank lines. */
  text: string;
  /** PDFs: where each page with text begins in `text`, in order (pages without text are left out). */
  pageStarts?: PageStart[];
  /** Whether the text comes from an extractor whose Arabic needs repair (PDF text layers, OCR, plain text). */
  needsRepair: boolean;
  /**
   * Whether the Arabic lines' word order was rebuilt from the layout by the bidi algorithm (a PDF with
   * left-to-right paragraphs): the repair then fixes words but does not reorder lines.
   */
  lineOrderFromBidi?: boolean;
  /** Whether the text is Markdown (headings, lists) rather than plain lines. */
  markdown: boolean;
  /** Metadata the file itself carries: YAML front matter, PDF info, HTML head. */
  embedded?: unknown;
  hints: MetaHints;
  pages?: number;
  /** Pages with no text layer that were read by OCR. */
  ocrPages?: number[];
  /** Pages with no text layer that could not be read (no OCR installed). */
  needsOcrPages?: number[];
}

/** Facts a file gives away about itself, used when its metadata leaves them out. */
export interface MetaHints {
  title?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date?: string;
  lang?: string;
}

/** A page's first character in a document's text: its offset and its page number (1-based). */
export interface PageStart {
  offset: number;
  page: number;
}
