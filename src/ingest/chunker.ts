import { detectLang } from '../text/lang.js';
import type { Lang } from '../channel/types.js';
import type { PageStart } from './extract/types.js';
import { markAt, pageCursor, pagesOf, shiftMarks, type PageMark } from './page-marks.js';
import type { DocumentMeta, Passage } from './types.js';

export const MAX_PASSAGE_CHARS = 1200;

interface Block {
  text: string;
  heading?: string;
  /** Where the block's text moves to another page (PDFs only). */
  marks: PageMark[];
}

/** A line of the document and, for a PDF, the page it is on. */
interface Line {
  text: string;
  page?: number;
}

interface ListItem {
  text: string;
  marks: PageMark[];
}

const HEADING = /^#{1,6}\s+(.*)$/;
const LIST_ITEM = /^\s*(?:[-*+•▪●◦–]|\d+[.)]|[٠-٩]+[.)])\s+/;
/** A numbered article or clause starts a passage of its own: `المادة (3)`, `البند 2`, `Article 3`. */
const ARTICLE = /^\s*(?:المادة|مادة|البند|الفقرة|Article|Section|Paragraph)\s*[([]?\s*(?:[0-9٠-٩]+|[\u0621-\u064A]+)/iu;
/** In plain text, a block this short (a slide title, a lone heading) is joined to the one after it. */
const SHORT_BLOCK = 40;

export interface ChunkOptions {
  /** Markdown headings and markup are understood; plain text (PDF, OCR) has neither. */
  markdown?: boolean;
  /** PDFs: where each page begins in the body; each passage is then given the page(s) it is on. */
  pageStarts?: readonly PageStart[];
}
/** A whole-line italic note such as the status line at the top of each sample document. */
const STATUS_NOTE = /^\*[^*]+\*(\s*\/\s*\*[^*]+\*)?$/;

/**
 * Cuts a document body into passages along paragraphs, numbered articles and list items, each tagged with
 * its language and nearest heading. Ids are stable (`docId#n`) as long as the text keeps its order;
 * `contentHash` is the source file's hash, recorded as the document version each passage came from.
 */
export function chunkDocument(body: string, meta: DocumentMeta, contentHash: string, options: ChunkOptions = {}): Passage[] {
  const passages: Passage[] = [];
  const markdown = options.markdown ?? true;
  const lines = linesOf(body, options.pageStarts);
  const blocks = markdown ? splitBlocks(lines) : joinShortBlocks(splitBlocks(lines, false));
  for (const block of blocks) {
    let from = 0;
    for (const piece of splitLong(block.text, MAX_PASSAGE_CHARS)) {
      const n = passages.length + 1;
      // Each piece is a part of the block's text, in order: found there, it gives its pages.
      const start = Math.max(from, block.text.indexOf(piece, from));
      from = start + piece.length;
      passages.push({
        id: `${meta.id}#${n}`,
        documentId: meta.id,
        n,
        lang: passageLang(piece, block.heading),
        text: piece,
        heading: block.heading,
        meta,
        contentHash,
        ...pagesOf(block.marks, start, from),
      });
    }
  }
  return passages;
}

/**
 * The language of a passage: of its letters, unless it holds Arabic under an Arabic heading. An Arabic list of
 * reports with their English titles («تقرير 2021 (Building forward better…)، أطلقته…») has more Latin letters,
 * and was read as English, out of the Arabic half the asker is answered from.
 */
function passageLang(text: string, heading: string | undefined): Lang {
  const lang = detectLang(text);
  return lang === 'en' && heading !== undefined && detectLang(heading) === 'ar' && /[\u0621-\u064A]{2,}/u.test(text) ? 'ar' : lang;
}

/** The body's lines (split where `split(/\r?\n|\f/)` splits), each with its page when pages are known. */
function linesOf(body: string, pageStarts: readonly PageStart[] | undefined): Line[] {
  const pageAt = pageCursor(pageStarts);
  const lines: Line[] = [];
  let from = 0;
  for (const m of body.matchAll(/\r?\n|\f/g)) {
    lines.push({ text: body.slice(from, m.index), page: pageAt(from) });
    from = m.index + m[0].length;
  }
  lines.push({ text: body.slice(from), page: pageAt(from) });
  return lines;
}

function splitBlocks(lines: Line[], markdown = true): Block[] {
  const blocks: Block[] = [];
  let heading: string | undefined;
  let current: Line[] = [];
  let list: ListItem[] = [];
  const flush = () => {
    const text = current.map((l) => l.text).join(' ').replace(/\s+/g, ' ').trim();
    if (text && !(markdown && STATUS_NOTE.test(text))) blocks.push({ text, heading, marks: paragraphMarks(current) });
    current = [];
  };
  // A list stays one passage (up to the maximum length), introduced by its heading, so that "what are
  // the objectives" finds all of them together rather than one item without its subject.
  const flushList = () => {
    if (list.length > 0) blocks.push(listBlock(heading, list));
    list = [];
  };
  for (const { text: line, page } of lines) {
    const h = markdown ? HEADING.exec(line) : null;
    if (ARTICLE.test(line)) {
      flush();
      flushList();
      current.push({ text: line.trim(), page });
    } else if (h) {
      flush();
      flushList();
      heading = h[1].trim();
    } else if (line.trim() === '') {
      flush();
    } else if (LIST_ITEM.test(line)) {
      flush();
      list.push({ text: line.replace(LIST_ITEM, '').trim(), marks: markAt(0, page) });
    } else if (list.length > 0 && current.length === 0 && /^\s{2,}\S/.test(line)) {
      const item = list[list.length - 1]!;
      item.marks.push(...markAt(item.text.length + 1, page));
      item.text += ` ${line.trim()}`;
    } else {
      flushList();
      current.push({ text: line.trim(), page });
    }
  }
  flush();
  flushList();
  if (!markdown) return blocks;
  return blocks
    .map((b) => ({ ...b, text: b.text.split('\n').map(stripInlineMarkdown).join('\n') }))
    .filter((b) => b.text.length > 0);
}

/** A paragraph's lines are trimmed and joined by one space, their inner runs of spaces made one. */
function paragraphMarks(lines: readonly Line[]): PageMark[] {
  const marks: PageMark[] = [];
  let at = 0;
  for (const l of lines) {
    marks.push(...markAt(at, l.page));
    at += l.text.replace(/\s+/g, ' ').length + 1;
  }
  return marks;
}

function listBlock(heading: string | undefined, items: readonly ListItem[]): Block {
  const marks: PageMark[] = [];
  let at = heading ? heading.length + 1 : 0;
  for (const item of items) {
    marks.push(...shiftMarks(item.marks, at));
    at += item.text.length + 1;
  }
  return { text: [heading, ...items.map((i) => i.text)].filter(Boolean).join('\n'), heading, marks };
}

function stripInlineMarkdown(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|\s)[*_]([^*_]+)[*_](?=\s|$|[.,،؛:])/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .trim();
}

/** Splits an over-long paragraph at sentence ends (Arabic and Latin punctuation), never mid-word. */
export function splitLong(text: string, max: number): string[] {
  if (text.length <= max) return [text];
  const sentences = text.includes('\n') ? text.split('\n').map((l) => `${l}\n`) : text.match(/[^.!?؟؛]+[.!?؟؛]*\s*/g) ?? [text];
  const out: string[] = [];
  let current = '';
  for (const sentence of sentences) {
    if (current && current.length + sentence.length > max) {
      out.push(current.trim());
      current = '';
    }
    current += sentence;
    while (current.length > max) {
      const cut = current.lastIndexOf(' ', max);
      const at = cut > max / 2 ? cut : max;
      out.push(current.slice(0, at).trim());
      current = current.slice(at);
    }
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

/** A short block followed by another (a slide title and its bullets) becomes that block's heading. */
function joinShortBlocks(blocks: Block[]): Block[] {
  const out: Block[] = [];
  let pending: Omit<Block, 'heading'> | undefined;
  for (const b of blocks) {
    if (b.text.length < SHORT_BLOCK && !/[.؟?!]$/.test(b.text)) {
      pending = pending ? { text: `${pending.text} — ${b.text}`, marks: [...pending.marks, ...shiftMarks(b.marks, pending.text.length + 3)] } : { text: b.text, marks: b.marks };
      continue;
    }
    out.push({ text: b.text, heading: pending?.text ?? b.heading, marks: b.marks });
    pending = undefined;
  }
  if (pending) out.push({ text: pending.text, marks: pending.marks });
  return out;
}
