import { detectLang } from '../text/lang.js';
import type { DocumentMeta, Passage } from './types.js';

export const MAX_PASSAGE_CHARS = 1200;

interface Block {
  text: string;
  heading?: string;
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
  const blocks = markdown ? splitBlocks(body) : joinShortBlocks(splitBlocks(body, false));
  for (const block of blocks) {
    for (const piece of splitLong(block.text, MAX_PASSAGE_CHARS)) {
      const n = passages.length + 1;
      passages.push({
        id: `${meta.id}#${n}`,
        documentId: meta.id,
        n,
        lang: detectLang(piece),
        text: piece,
        heading: block.heading,
        meta,
        contentHash,
      });
    }
  }
  return passages;
}

function splitBlocks(body: string, markdown = true): Block[] {
  const blocks: Block[] = [];
  let heading: string | undefined;
  let current: string[] = [];
  let list: string[] = [];
  const flush = () => {
    const text = current.join(' ').replace(/\s+/g, ' ').trim();
    if (text && !(markdown && STATUS_NOTE.test(text))) blocks.push({ text, heading });
    current = [];
  };
  // A list stays one passage (up to the maximum length), introduced by its heading, so that "what are
  // the objectives" finds all of them together rather than one item without its subject.
  const flushList = () => {
    if (list.length > 0) blocks.push({ text: [heading, ...list].filter(Boolean).join('\n'), heading });
    list = [];
  };
  for (const line of body.split(/\r?\n|\f/)) {
    const h = markdown ? HEADING.exec(line) : null;
    if (ARTICLE.test(line)) {
      flush();
      flushList();
      current.push(line.trim());
    } else if (h) {
      flush();
      flushList();
      heading = h[1].trim();
    } else if (line.trim() === '') {
      flush();
    } else if (LIST_ITEM.test(line)) {
      flush();
      list.push(line.replace(LIST_ITEM, '').trim());
    } else if (list.length > 0 && current.length === 0 && /^\s{2,}\S/.test(line)) {
      list[list.length - 1] += ` ${line.trim()}`;
    } else {
      flushList();
      current.push(line.trim());
    }
  }
  flush();
  flushList();
  if (!markdown) return blocks;
  return blocks
    .map((b) => ({ ...b, text: b.text.split('\n').map(stripInlineMarkdown).join('\n') }))
    .filter((b) => b.text.length > 0);
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
  let pending: string | undefined;
  for (const b of blocks) {
    if (b.text.length < SHORT_BLOCK && !/[.؟?!]$/.test(b.text)) {
      pending = pending ? `${pending} — ${b.text}` : b.text;
      continue;
    }
    out.push({ text: b.text, heading: pending ?? b.heading });
    pending = undefined;
  }
  if (pending) out.push({ text: pending });
  return out;
}
