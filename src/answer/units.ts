import { MAX_PASSAGE_CHARS } from '../ingest/chunker.js';
import type { Passage } from '../ingest/types.js';
import { corpusNoteKind, FILE_POINTER, hasInternalId, type NoteKind } from './corpus-notes.js';
import { looksLikeInstruction } from './injection.js';
import { splitSentences } from './sentences.js';

/** An exact span of one passage. */
export interface Span {
  passage: Passage;
  text: string;
  start: number;
}

/**
 * What the composer may quote as one piece: a sentence, or a whole list with the line that announces it
 * ("…grouped under five headings:" and the five headings), which may span two passages.
 */
export interface Unit {
  kind: 'sentence' | 'list';
  parts: Span[];
  /** A corpus note about the corpus itself (see corpus-notes.ts): never quoted as a position. */
  note?: NoteKind;
  /** Reading order inside the document. */
  order: number;
  /** The sentence before, when this one refers back to it ("It was held in Cairo…", «وتدعو…»). */
  antecedent?: Span;
  /** The sentence that names who speaks, when this one names the speaker by title alone (see TITLE_BACK). */
  speaker?: Span;
}

export const unitText = (u: Unit): string => u.parts.map((p) => p.text).join('\n');
export const unitPassage = (u: Unit): Passage => u.parts[0]!.passage;

/** Whether a unit begins where a span does: it is the sentence another unit refers back to. */
export function opensAt(unit: Unit, span: Span): boolean {
  const first = unit.parts[0]!;
  return first.passage.id === span.passage.id && first.start === span.start;
}

/** Whether a sentence refers back to the unit ("It was probably held on…" after "The 10th meeting opened…"). */
export function refersBackTo(unit: Unit, to: Unit): boolean {
  return unit.antecedent !== undefined && opensAt(to, unit.antecedent);
}

/** A list passage: lines after the first, which is the heading or introduction the chunker kept. */
export function isListPassage(p: Passage): boolean {
  return p.text.split('\n').length >= 3;
}

/** Headings that only say which language half of a bilingual document follows. */
const LANGUAGE_HEADING = /^(?:english text|arabic text|النص العربي|النص الانجليزي|النص الإنجليزي)$/i;

/**
 * The whole list of a list passage as one span, its pointers to other files ("A World Refugee Day statement
 * (see wrd-2017).") shown as an ellipsis so that no internal id reaches an asker and the quote still
 * verifies. The first line, which the chunker kept as the list's heading, is left out when it only names the
 * language half, or when the line that announces the list is quoted before it ("…produced three outputs:"
 * then "Outputs of the 3rd meeting").
 */
function listSpan(p: Passage, announced: boolean): Span | undefined {
  const nl = p.text.indexOf('\n');
  const first = p.text.slice(0, nl).trim();
  const start = announced || LANGUAGE_HEADING.test(first) ? nl + 1 : 0;
  const text = withoutTrailingNotes(p.text.slice(start).replace(POINTER_IN_LIST, '…'));
  return text === '' || hasInternalId(text) ? undefined : { passage: p, text, start };
}

/**
 * A list ends before a corpus note the chunker kept under it ("The full text of the 2024 statement is not in
 * this corpus…"): a note about the corpus is no point of the list.
 */
function withoutTrailingNotes(text: string): string {
  const lines = text.split('\n');
  const note = lines.findIndex((line) => line.trim() !== '' && corpusNoteKind(line.trim()) !== undefined);
  return note >= 0 ? lines.slice(0, note).join('\n').trimEnd() : text;
}
const POINTER_IN_LIST = new RegExp(`${FILE_POINTER.source}[.،,؛;]?`, 'giu');

/**
 * A sentence without its trailing pointer to another file; a pointer inside it is cut with an ellipsis,
 * so the quote still verifies against the source.
 */
function withoutPointers(span: Span): Span | undefined {
  const pieces = span.text.split(FILE_POINTER);
  const text = pieces.map((p) => p.trim()).filter(Boolean).join(' … ');
  if (text === '' || hasInternalId(text)) return undefined;
  return { ...span, text: text.replace(/\s…\s*([.،,؛;])?$/u, '$1').trim() };
}

/**
 * A sentence that continues the one before: a pronoun opens it. Arabic joins most sentences with و, which
 * says nothing of the subject, so only a pronoun or a demonstrative counts there, or «أنه» as its first or
 * second word («ويُرجَّح أنه عُقد…»: it was probably held…). So does one that sets itself against it ("The
 * available sources, however, contain no stand-alone document…", «غير أن…») or names it by a demonstrative
 * ("with that title", «بهذا العنوان»).
 */
const CONTRAST = String.raw`^(?:however|but|yet)\b|^(?:\S+\s+){1,3}however,|^(?:غير|إلا|الا)\s+[أا]ن(?![\u0621-\u064A])|^و?لكن(?![\u0621-\u064A])`;
const DEMONSTRATIVE = String.raw`\b(?:that|this)\s+(?:title|document|statement|meeting|report)\b|(?<![\u0621-\u064A])(?:بهذا|هذا|لهذا)\s+(?:العنوان|البيان|التقرير|الاجتماع)(?![\u0621-\u064A])`;
/**
 * A speaker named by title alone, the name said a sentence before ("LAS Secretary-General Ahmed Aboul Gheit
 * noted…" then "The Secretary-General said the Arab region hosts…", «ذكر الأمين العام أن…»): a title right
 * before what was said, no name after it. The person asked is found in that sentence; nothing else is, since
 * the rest of it (the event it names) is not what this one says.
 */
const TITLE = String.raw`(?:secretary-general|assistant secretary-general|director(?:-general)?|deputy director general|high commissioner|minister|executive secretary|representative|delegate)`;
const TITLE_AR = String.raw`(?:الأمين العام(?: المساعد)?|الأمينة العامة|المدير العام|المديرة العامة|المدير|المديرة|الوزير|الوزيرة|المفوض السامي|المندوب|المندوبة|الممثل|الممثلة)`;
const TITLE_BACK = String.raw`^the\s+(?:[A-Z]{2,6}\s+)?${TITLE}\s+(?:also\s+)?(?:said|noted|stressed|added|called|warned|urged|pointed|highlighted|affirmed|reaffirmed|welcomed|explained|recalled|underlined)\b|^\S+\s+${TITLE_AR}\s+(?:أن|إن|إلى|على)(?![\u0621-\u064A])`;
const TITLE_BACK_RE = new RegExp(TITLE_BACK, 'iu');
const REFERS_BACK = new RegExp(String.raw`^(?:it|its|they|their|this|these|he|she|his|her|the (?:meeting|statement|paper|forum|conference|session|review|declaration|compact))\b|^(?:وهو|وهي|وهم|هو|هي|هم|كما|وقد|ذلك|هذا|هذه|وكان|وكانت)(?![\u0621-\u064A])|^(?:\S+\s+)?[أإا]ن(?:ه|ها|هم)(?![\u0621-\u064A])|${CONTRAST}|${DEMONSTRATIVE}`, 'iu');

/**
 * The sentence a passage's first sentence may refer back to: the last of the paragraph before it in the same
 * section ("The 10th GFMD session was held in Berlin…" before "Its theme was…", a paragraph of its own).
 */
function lastSentenceBefore(p: Passage, previous: Passage | undefined): Span | undefined {
  if (!previous || previous.n !== p.n - 1 || previous.heading !== p.heading || isListPassage(previous)) return undefined;
  const last = splitSentences(previous.text).at(-1);
  return last && { passage: previous, text: last.text, start: last.start };
}

function sentenceUnits(p: Passage, base: number, previous?: Passage): Unit[] {
  const sentences = splitSentences(p.text);
  return sentences.flatMap((s, i): Unit[] => {
    const span = withoutPointers({ passage: p, text: s.text, start: s.start });
    if (!span || looksLikeInstruction(span.text)) return [];
    const before = i > 0 ? { passage: p, text: sentences[i - 1]!.text, start: sentences[i - 1]!.start } : lastSentenceBefore(p, previous);
    const antecedent = before && REFERS_BACK.test(span.text) ? before : undefined;
    const speaker = before && TITLE_BACK_RE.test(span.text) ? before : undefined;
    return [{ kind: 'sentence', parts: [span], note: corpusNoteKind(span.text), order: base + i, antecedent, ...(speaker ? { speaker } : {}) }];
  });
}

/**
 * The passages a list runs on into: the chunker cuts a list longer than a passage at an item, and the
 * next passage (same heading, no heading line of its own) holds the rest ("…the UNRWA points" of the 2025
 * statement's eight were quoted as six). A paragraph after a list is a block of its own, never a cut.
 */
function continuations(list: Passage, rest: readonly Passage[]): Span[] {
  const out: Span[] = [];
  let last = list;
  for (const next of rest) {
    const firstLine = next.text.split('\n')[0] ?? '';
    const cut = next.n === last.n + 1 && next.heading === list.heading && last.text.length + 1 + firstLine.length > MAX_PASSAGE_CHARS;
    // A corpus note after the list ("The full text… is not in this corpus") ends it.
    if (!cut || (list.heading && next.text.startsWith(list.heading)) || corpusNoteKind(firstLine.trim()) !== undefined) break;
    const span = listSpan(next, false);
    if (!span || out.length >= MAX_CONTINUATIONS) return [];
    out.push(span);
    last = next;
  }
  return out;
}
/** A list cut more often than this is a record (a chronology), not a list one quote should hold whole. */
const MAX_CONTINUATIONS = 1;

/**
 * The units of a document's passages in one language, in reading order. A sentence ending with a colon
 * followed by a list passage becomes one list unit with it; each list item is also a sentence unit.
 */
export function documentUnits(passages: readonly Passage[]): Unit[] {
  const sorted = [...passages].sort((a, b) => a.n - b.n);
  const out: Unit[] = [];
  sorted.forEach((p, i) => {
    const base = p.n * 1000;
    if (isListPassage(p)) {
      const list = listSpan(p, false);
      if (list) out.push({ kind: 'list', parts: [list, ...continuations(p, sorted.slice(i + 1))], order: base });
      out.push(...sentenceUnits(p, base + 1).filter((u) => u.parts[0]!.start > 0 && !LANGUAGE_HEADING.test(u.parts[0]!.text)));
      return;
    }
    const units = sentenceUnits(p, base, sorted[i - 1]);
    const last = units.at(-1);
    const next = sorted[i + 1];
    const list = last && !last.note && /[:：]$/.test(last.parts[0]!.text) && next && next.n === p.n + 1 && isListPassage(next) ? listSpan(next, true) : undefined;
    // The announcing line is quoted with its list, never alone ("…the CRRF's four objectives:" and nothing).
    if (last && list) units[units.length - 1] = { kind: 'list', parts: [last.parts[0]!, list, ...continuations(next!, sorted.slice(i + 2))], order: last.order };
    out.push(...units);
  });
  return withSpeakersNamedBefore(out);
}

/**
 * "The Secretary-General said…" after "The Secretary-General said…": the name is further back, where the
 * first of them finds it. Read in order, so a run of such sentences all find the one that names him.
 */
function withSpeakersNamedBefore(units: Unit[]): Unit[] {
  for (const u of units) {
    const before = u.speaker && units.find((v) => v.kind === 'sentence' && opensAt(v, u.speaker!));
    if (before && before.speaker) u.speaker = before.speaker;
  }
  return units;
}

/**
 * The spans to show for a unit: a sentence that refers back is shown with the sentence it refers to, as
 * one exact span of the passage, so that the quote can be read (and forwarded) on its own.
 */
export function shownSpans(unit: Unit): Span[] {
  const a = unit.antecedent;
  const first = unit.parts[0]!;
  if (!a || unit.parts.length > 1) return unit.parts;
  // The paragraph before, when the sentence opens its own, is not shown with it: it is quoted on its own
  // when it says something asked, as the lead before "Its theme was…" does.
  if (a.passage.id !== first.passage.id) return unit.parts;
  const end = first.start + first.text.length;
  return [{ passage: first.passage, text: first.passage.text.slice(a.start, end), start: a.start }];
}
