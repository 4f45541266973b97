import { normalizeArabic } from '../text/normalize.js';

/**
 * Regular expressions over text normalised by normalizeForMatch (alef forms, ة→ه, ى→ي, lower case).
 * Arabic has no \b: a word is bounded by anything that is not a letter, and may carry the clitics people
 * attach in writing (و ف ب ل ك) and the article.
 */
export function arabicWords(words: readonly string[], options: { clitics?: boolean; suffix?: boolean } = {}): RegExp {
  const alternatives = words.map((w) => normalizeArabic(w).replace(/[ة]/g, 'ه').replace(/ى/g, 'ي').replaceAll(' ', '\\s+'));
  const clitic = options.clitics === false ? '' : '(?:[وفبلك]|وب|ول|فب|فل)?(?:ال)?';
  // Pronoun suffixes (أنشأها، قالوا) are allowed only when asked for: a question word takes none.
  const suffix = options.suffix ? '[\\u0621-\\u064A]{0,3}' : '';
  return new RegExp(`(?<![\\u0621-\\u064A])${clitic}(?:${alternatives.join('|')})${suffix}(?![\\u0621-\\u064A])`, 'u');
}

/** English words or phrases, whole words, over lower-cased text. */
export function englishWords(words: readonly string[]): RegExp {
  return new RegExp(`\\b(?:${words.map((w) => w.replaceAll(' ', '\\s+')).join('|')})\\b`);
}

/** Whether any of the patterns matches the text. */
export function anyMatch(patterns: readonly RegExp[], text: string): boolean {
  return patterns.some((re) => re.test(text));
}

/** Index of the first match of any pattern, or -1. */
export function firstMatch(text: string, patterns: readonly RegExp[]): number {
  let best = -1;
  for (const re of patterns) {
    const m = re.exec(text);
    if (m && (best < 0 || m.index < best)) best = m.index;
  }
  return best;
}

/** The records a question may name as the one that said something: "the 2019 statement", "the 3rd meeting". */
export const RECORD_NOUN_EN = String.raw`(?:statements?|meeting|session|paper|recommendations|declaration|contribution|communiqu[eé]|messages|conference|consultations?|review)`;

/** "I need the exact dates", "we need the venue": a fact of the record wanted, not a step of the asker's own. */
export const FACT_NEEDED = '(?:exact |precise |full |complete |whole |entire )?(?:dates?|day|venue|place|location|city|number|names?|year|month|time|format|text|wording)';
