import { bareWord } from './chars.js';
import type { Token } from './tokens.js';

const WORDLIKE = new Set(['ar', 'lat', 'num']);

/**
 * Arabic glued to a Latin word or a number (`ملفPDF`, `رقم12345`, `2030في`) is two words: extractors drop
 * the space at a change of script. A one-letter proclitic stays attached (`و22` is "and 22").
 */
export function separateScripts(tokens: Token[], counters?: { gluedRunsSplit: number }): Token[] {
  return tokens.map((t, i) => {
    const prev = tokens[i - 1];
    if (!prev || t.spaceBefore || !WORDLIKE.has(t.kind) || !WORDLIKE.has(prev.kind)) return t;
    if ((t.kind === 'ar') === (prev.kind === 'ar')) return t;
    const arabic = t.kind === 'ar' ? t : prev;
    if (bareWord(arabic.text).length < 2) return t;
    if (counters) counters.gluedRunsSplit++;
    return { ...t, spaceBefore: true };
  });
}
