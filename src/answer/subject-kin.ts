import { anyMatch, arabicWords, englishWords } from '../question/cues.js';
import { normalizeForMatch } from '../text/normalize.js';

/**
 * Subjects a statement speaks of under other names: a place, the people of the land it is part of, the agency that
 * serves them and the occupying power. "What did the 2024 statement say about Gaza?": its points on "the attacks
 * since October 2023 on … UNRWA facilities" and on "displacing or forcibly transferring Palestinians" are about
 * Gaza, though neither names it; of Palestine refugees, the 2018 statement's call for "pressure on Israel to make it
 * respect international law" is one of its points. Words as normalizeForMatch writes them.
 */
const KIN: ReadonlyArray<{ en: readonly string[]; ar: readonly string[] }> = [
  {
    en: ['gaza', 'gaza strip', 'palestine', 'palestinian', 'palestinians', 'west bank', 'east jerusalem', 'jerusalem', 'unrwa', 'israel', 'israeli'],
    ar: ['غزه', 'قطاع غزه', 'فلسطين', 'فلسطيني', 'فلسطينيه', 'الفلسطينيين', 'الفلسطينيون', 'فلسطينيين', 'الضفه الغربيه', 'القدس', 'اونروا', 'اسرائيل', 'اسرائيلي', 'الاسرائيلي', 'الاسرائيليه'],
  },
];

const PATTERNS = KIN.map((k) => ({ words: new Set([...k.en, ...k.ar.map((w) => normalizeForMatch(w))]), patterns: [englishWords(k.en), arabicWords(k.ar)] }));

/** Patterns of the subjects kin to what the question is about (its focus words), or none when it names none of them. */
export function kinOf(focus: readonly string[]): RegExp[] {
  const named = focus.map((w) => normalizeForMatch(w).replace(/^(?:[وفبلك]|وب|ول|فب|فل)?ال/u, ''));
  return PATTERNS.filter((k) => named.some((w) => k.words.has(w) || k.words.has(`ال${w}`))).flatMap((k) => k.patterns);
}

/** Whether a text names one of the kin subjects (patterns of kinOf). */
export function namesKin(text: string, kin: readonly RegExp[]): boolean {
  return kin.length > 0 && anyMatch(kin, normalizeForMatch(text));
}
