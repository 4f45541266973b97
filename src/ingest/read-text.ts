import { countArabicLetters } from './arabic-repair/chars.js';
import { repairArabicText, type RepairReport, type RepairResources } from './arabic-repair/pipeline.js';
import { extractFile, type ExtractedDocument, type ExtractOptions, type PageStart } from './extract/index.js';
import { pageStartsAfterRepair } from './page-starts.js';
import { assertReadable } from './readable.js';

export interface ReadTextOptions {
  extract: ExtractOptions;
  /** Loaded on first use: only documents with Arabic text from a lossy extractor need it. */
  repairResources: () => Promise<RepairResources>;
}

export interface ReadText {
  extracted: ExtractedDocument;
  /** The text to index: repaired when the extractor is lossy. */
  text: string;
  /** PDFs: where each page begins in `text`. */
  pageStarts?: PageStart[];
  repair?: RepairReport;
}

/**
 * Extraction, Arabic repair and the readability check: the one path `arcp ingest` and `arcp repair`
 * share. Each had its own copy, and `repair` then showed text that `ingest` did not store.
 */
export async function readDocumentText(bytes: Buffer, path: string, shown: string, options: ReadTextOptions): Promise<ReadText> {
  const extracted = await extractFile(bytes, path, shown, options.extract);
  const unrepaired = { extracted, text: extracted.text, pageStarts: extracted.pageStarts };
  if (!extracted.needsRepair) return unrepaired;
  // Only lossy extractors are checked: a font without a usable character map gives garbage glyphs.
  assertReadable(extracted.text, shown);
  if (countArabicLetters(extracted.text) === 0) return unrepaired;
  const repaired = repairArabicText(extracted.text, await options.repairResources(), { keepLineOrder: extracted.lineOrderFromBidi });
  const pageStarts = extracted.pageStarts && pageStartsAfterRepair(extracted.text, extracted.pageStarts, repaired);
  return { extracted, text: repaired.text, pageStarts, repair: repaired.report };
}
