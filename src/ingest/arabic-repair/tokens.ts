import { AR_LETTER, AR_MARK, BULLETS } from './chars.js';

export type TokenKind = 'ar' | 'lat' | 'num' | 'punct' | 'bullet';

/** One unit of a line: a word, a number, a Latin word or URL, or one punctuation mark. */
export interface Token {
  text: string;
  kind: TokenKind;
  /** Whether whitespace preceded the token in the source line. */
  spaceBefore: boolean;
  /** Set on the two halves of a word that segmentation found written in swapped order: that word. */
  whole?: string;
}

const PATTERNS: [TokenKind, string][] = [
  ['lat', '(?:https?:\\/\\/|www\\.)[^\\s\\u0600-\\u06FF]+'],
  ['lat', '[\\p{Script=Latin}][\\p{Script=Latin}\\p{M}0-9]*(?:[\'’.@_/-][\\p{Script=Latin}0-9]+)*'],
  // A one-letter proclitic stays on its number: `و22` is "and 22".
  ['num', '[وبلفك]?[0-9\\u0660-\\u0669\\u06F0-\\u06F9]+(?:[.,/:\\-][0-9\\u0660-\\u0669\\u06F0-\\u06F9]+)*%?'],
  ['ar', `[${AR_LETTER}][${AR_LETTER}${AR_MARK}\\u0640]*`],
  ['ar', `[${AR_MARK}]+`],
  ['punct', '\\S'],
];
const TOKEN_RE = new RegExp(PATTERNS.map(([, p]) => `(${p})`).join('|'), 'gu');

/** Splits a line into tokens; glued script runs (`ملفPDF`, `2030في`) come apart on the way. */
export function tokenize(line: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const m of line.matchAll(TOKEN_RE)) {
    const group = m.slice(1).findIndex((g) => g !== undefined);
    let kind = PATTERNS[group]![0];
    if (kind === 'punct' && BULLETS.has(m[0])) kind = 'bullet';
    tokens.push({ text: m[0], kind, spaceBefore: tokens.length > 0 && /\s/.test(line.slice(last, m.index)) });
    last = m.index + m[0].length;
  }
  return tokens;
}

const NO_SPACE_BEFORE = new Set(['.', '،', ',', '؛', ';', ':', '!', '?', '؟', ')', ']', '}', '»', '%', '/']);
const NO_SPACE_AFTER = new Set(['(', '[', '{', '«', '/']);

/**
 * Joins tokens back into a line. Tokens keep the spacing they had unless `conventional` (for a line
 * whose order was rebuilt, where the old spacing means nothing): then punctuation hugs its word.
 */
export function detokenize(tokens: Token[], conventional = false): string {
  let out = '';
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    const space = conventional ? i > 0 && !NO_SPACE_BEFORE.has(t.text) && !NO_SPACE_AFTER.has(prev!.text) : i > 0 && t.spaceBefore;
    out += (space ? ' ' : '') + t.text;
  });
  return out;
}

export function token(text: string, kind: TokenKind, spaceBefore = true): Token {
  return { text, kind, spaceBefore };
}
