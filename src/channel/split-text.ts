/**
 * How long a part may be, as the channel counts: Slack limits characters (UTF-16 code units, what
 * `String.length` counts), Teams limits the bytes of the activity (UTF-8).
 */
export type Measure = 'chars' | 'utf8-bytes';

export interface SplitOptions {
  max: number;
  measure: Measure;
}

const MEASURES: Record<Measure, (s: string) => number> = {
  chars: (s) => s.length,
  'utf8-bytes': (s) => Buffer.byteLength(s, 'utf8'),
};

/**
 * Splits text into parts of at most `max`, cutting between paragraphs when it can, then between lines,
 * then between words; never inside a character (a surrogate pair, a multi-byte letter). Parts keep their
 * order and all the words; joined with blank lines they give back the text's paragraphs.
 */
export function splitText(text: string, options: SplitOptions): string[] {
  const size = MEASURES[options.measure];
  const parts: string[] = [];
  let current = '';
  for (const piece of paragraphs(text, options.max, size)) {
    const joined = current ? `${current}\n\n${piece}` : piece;
    if (size(joined) <= options.max) {
      current = joined;
      continue;
    }
    if (current) parts.push(current);
    current = piece;
  }
  if (current) parts.push(current);
  return parts;
}

type Size = (s: string) => number;

/** Paragraphs, each already cut to fit on its own. */
function paragraphs(text: string, max: number, size: Size): string[] {
  return text
    .split(/\n{2,}/)
    .filter((p) => p.trim() !== '')
    .flatMap((p) => (size(p) <= max ? [p] : cutParagraph(p, max, size)));
}

function cutParagraph(paragraph: string, max: number, size: Size): string[] {
  const out: string[] = [];
  let current = '';
  for (const line of paragraph.split('\n').flatMap((l) => (size(l) <= max ? [l] : cutLine(l, max, size)))) {
    const joined = current ? `${current}\n${line}` : line;
    if (size(joined) <= max) current = joined;
    else {
      if (current) out.push(current);
      current = line;
    }
  }
  if (current) out.push(current);
  return out;
}

function cutLine(line: string, max: number, size: Size): string[] {
  const out: string[] = [];
  let current = '';
  for (const word of line.split(/(?<=\s)/)) {
    if (size(current + word) <= max) {
      current += word;
      continue;
    }
    if (current.trim()) out.push(current.trimEnd());
    current = '';
    // A single word longer than a part: cut it between code points.
    for (const ch of word) {
      if (size(current + ch) > max) {
        out.push(current);
        current = '';
      }
      current += ch;
    }
  }
  if (current.trim()) out.push(current.trimEnd());
  return out;
}
