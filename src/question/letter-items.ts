import type { LetterQuestion } from './letter.js';

/**
 * The list a letter asks its questions in: numbered (1. (a) أولاً:) or bulleted (- • *) items, each with the
 * lines that continue it, and the paragraph that introduces them.
 */

/** «أولاً», «ثانياً»…: an Arabic ordinal adverb that labels an item, at a line's start or inside it. */
const ORDINAL_LABEL_AR = String.raw`(?:[أا]ول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن)ا[\u064B-\u065F]*`;
/**
 * «البند الأول:», «السؤال 2:», "Item 3:", "Question (b):": a label word before the ordinal or number, with the
 * punctuation that ends a label (a line that opens «البند الأول من جدول الأعمال…» is a sentence).
 */
const ORDINAL_WORD_AR = String.raw`ال(?:[أا]ول[ىي]?|ثاني[ةه]?|ثالث[ةه]?|رابع[ةه]?|خامس[ةه]?|سادس[ةه]?|سابع[ةه]?|ثامن[ةه]?|تاسع[ةه]?|عاشر[ةه]?)`;
const NAMED_LABEL = String.raw`(?:(?:البند|النقط[ةه]|السؤال|الاستفسار|المسأل[ةه]|الطلب)\s+(?:${ORDINAL_WORD_AR}|\d{1,2}|[٠-٩]{1,2})|(?:[Ii]tem|[Pp]oint|[Qq]uestion|[Qq]uery|[Rr]equest)\s+(?:\d{1,2}|\(?[a-hA-H]\)?|[ivxIVX]{1,4}))\s*[:：.)\-–]`;
/** A label opening a line, as written: 1. 2) (a) b) iii. أولاً: ثانياً – (أ) ١. أ. ب- البند الأول: Item 2: */
const LABEL = new RegExp(String.raw`^\s*(${NAMED_LABEL}|\(?(?:\d{1,2}|[a-hA-H]|[ivxIVX]{1,4}|[\u0621-\u064A]|[٠-٩]{1,2})\)|(?:\d{1,2}|[a-hA-H]|[٠-٩]{1,2}|[\u0621-\u064A])[.)-]|«(?:\d{1,2}|[٠-٩]{1,2})»|${ORDINAL_LABEL_AR}\s*[:：\-–]?|(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth|[Ss]eventh|[Ee]ighth)(?:ly)?[,:])\s+`, 'u');

/** A bullet opening a line: - • * · ▪ ◦ ‣ (a dash of two or more is a rule, read as a footer). */
const BULLET = /^\s*[-•*·▪◦‣–—](?![-–—])\s+/u;

/** Whether a line opens a list's item, by its label or its bullet. */
export function opensItem(line: string): boolean {
  return LABEL.test(line) || BULLET.test(line);
}

/** Items of a letter's list, with the paragraph that introduces them ("…the following details on X:"). */
export interface ListedItems {
  items: LetterQuestion[];
  intro?: string;
  /** What was said just before the first item, colon or not ("We are preparing a note on the 9th meeting."). */
  lead?: string;
  /** Listed with bullets, not numbers or letters. */
  bulleted: boolean;
}

/**
 * An Arabic label inside a line («…بما يلي: أولاً: تاريخ انعقاد… ثانياً: المخرجات…»): where an item starts when
 * a line holds two or more (one alone may be a word of the sentence). Numbers inside a line ("(1) … (2) …") are
 * read as one sentence's items (sentence-parts.ts inlineItems).
 */
const INLINE_LABEL = new RegExp(String.raw`\s+(?=${ORDINAL_LABEL_AR}\s*[:：\-–])`, 'gu');

function withInlineItems(lines: readonly string[]): string[] {
  // (A line that opens with its first label is one sentence's items, read with what each leans on: sentence-parts.ts.)
  return lines.flatMap((line) => ((line.match(INLINE_LABEL) ?? []).length >= 2 && !LABEL.test(line) ? line.split(INLINE_LABEL) : [line]));
}

/** Numbered or bulleted items: each item with the lines that continue it, until the next item or a blank line. */
export function listedItems(written: readonly string[]): ListedItems {
  const lines = withInlineItems(written);
  const items: LetterQuestion[] = [];
  let current: LetterQuestion | undefined;
  // The paragraph being read, and the one before the blank line that ended it (hard-wrapped lines join).
  let paragraph = '';
  let last = '';
  let intro: string | undefined;
  let lead: string | undefined;
  let bulleted = false;
  for (const line of lines) {
    const numbered = LABEL.exec(line);
    const m = numbered ?? BULLET.exec(line);
    if (m) {
      const said = paragraph || last;
      if (items.length === 0) [intro, lead, bulleted] = [/[:：]\s*$/u.test(said) ? said : undefined, said || undefined, !numbered];
      const label = numbered ? m[1]!.replace(/[.,:：\-–\s]+$/u, '') : String(items.length + 1);
      current = { label, text: line.slice(m[0].length).replace(/[;؛]\s*$/u, '').trim() };
      items.push(current);
      paragraph = '';
    } else if (line === '') {
      current = undefined;
      if (paragraph) [last, paragraph] = [paragraph, ''];
    } else if (current) current.text += ` ${line}`;
    else paragraph = paragraph ? `${paragraph} ${line}` : line;
  }
  return { items: items.filter((q) => q.text.length > 0), ...(intro ? { intro } : {}), ...(lead ? { lead } : {}), bulleted };
}
