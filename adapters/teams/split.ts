/**
 * Splits text into parts of at most `maxBytes` UTF-8 bytes, cutting between paragraphs when it can, then
 * between lines, then between words; never inside a character. Parts keep their order and, joined with
 * blank lines, all the text.
 */
export function splitText(text: string, maxBytes: number): string[] {
  const parts: string[] = [];
  let current = '';
  for (const piece of pieces(text, maxBytes)) {
    const joined = current ? `${current}\n\n${piece}` : piece;
    if (bytes(joined) <= maxBytes) {
      current = joined;
      continue;
    }
    if (current) parts.push(current);
    current = piece;
  }
  if (current) parts.push(current);
  return parts;
}

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** Paragraphs, each already cut to fit on its own. */
function pieces(text: string, maxBytes: number): string[] {
  return text
    .split(/\n{2,}/)
    .filter((p) => p.trim() !== '')
    .flatMap((p) => (bytes(p) <= maxBytes ? [p] : cutParagraph(p, maxBytes)));
}

function cutParagraph(paragraph: string, maxBytes: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const line of paragraph.split('\n').flatMap((l) => (bytes(l) <= maxBytes ? [l] : cutLine(l, maxBytes)))) {
    const joined = current ? `${current}\n${line}` : line;
    if (bytes(joined) <= maxBytes) current = joined;
    else {
      if (current) out.push(current);
      current = line;
    }
  }
  if (current) out.push(current);
  return out;
}

function cutLine(line: string, maxBytes: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const word of line.split(/(?<=\s)/)) {
    if (bytes(current + word) <= maxBytes) {
      current += word;
      continue;
    }
    if (current.trim()) out.push(current.trimEnd());
    current = '';
    // A single word longer than a part: cut it by code points.
    for (const ch of word) {
      if (bytes(current + ch) > maxBytes) {
        out.push(current);
        current = '';
      }
      current += ch;
    }
  }
  if (current.trim()) out.push(current.trimEnd());
  return out;
}
