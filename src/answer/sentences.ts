/** A sentence of a passage, with its place in the original text so quotes stay exact substrings. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

// A sentence ends at . ! ? ؟ (with any closing quotes or brackets) before a space, or at a newline. Not at
// ; or ؛: the corpus joins the items of a list with them, and a clause cut there loses its point.
const BOUNDARY = /([.!?؟]+["'»”’)\]]*)(?=\s)|\n+/g;
// Endings that are not sentence ends: "10.7"-style numbers never reach here (no space after the dot), but
// abbreviations and initials do.
const ABBREVIATION = /(?:^|[\s(])(?:e\.g|i\.e|res|Res|No|para|paras|art|Art|Mr|Mrs|Ms|Dr|H\.E|St|vol|pp|p|cf|(?:[A-Z]\.)*[A-Z])\.$/;

/** Splits Arabic or English text into sentences; each sentence is the trimmed original text. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  for (const m of text.matchAll(BOUNDARY)) {
    const end = m.index + m[0].length;
    if (m[0].startsWith('.') && m[0].length === 1 && ABBREVIATION.test(text.slice(Math.max(0, start), end))) continue;
    push(out, text, start, end);
    start = end;
  }
  push(out, text, start, text.length);
  return out;
}

function push(out: Sentence[], text: string, from: number, to: number): void {
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const trimmed = raw.trim();
  if (!/[\p{L}\p{N}]/u.test(trimmed)) return;
  out.push({ text: trimmed, start: from + lead, end: from + lead + trimmed.length });
}
