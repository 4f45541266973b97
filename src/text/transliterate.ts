/**
 * Rough English-to-Arabic transliteration of names, for words that no glossary or dictionary
 * translates ("Grandi", "Dbeibah", "Tesla"). Arabic spells foreign names by sound and drops most
 * short vowels; two spellings are returned (short vowels dropped, and written long), and the 4-gram
 * field absorbs the rest of the variation.
 */
const DIGRAPHS: Array<[string, string]> = [
  ['sh', 'ش'], ['ch', 'تش'], ['th', 'ث'], ['kh', 'خ'], ['gh', 'غ'], ['ph', 'ف'], ['ck', 'ك'],
  ['ou', 'و'], ['oo', 'و'], ['ee', 'ي'], ['ea', 'ي'], ['ai', 'اي'], ['ay', 'اي'], ['ie', 'ي'], ['qu', 'كو'],
];
const LETTERS: Record<string, string> = {
  b: 'ب', c: 'ك', d: 'د', f: 'ف', g: 'ج', h: 'ه', j: 'ج', k: 'ك', l: 'ل', m: 'م', n: 'ن', p: 'ب',
  q: 'ك', r: 'ر', s: 'س', t: 'ت', v: 'ف', w: 'و', x: 'كس', y: 'ي', z: 'ز',
};
const LONG: Record<string, string> = { a: 'ا', e: 'ي', i: 'ي', o: 'و', u: 'و' };

function spell(word: string, keepShort: boolean): string {
  let out = '';
  for (let i = 0; i < word.length; ) {
    const pair = DIGRAPHS.find(([d]) => word.startsWith(d, i));
    if (pair) {
      out += pair[1];
      i += 2;
      continue;
    }
    const c = word[i]!;
    if (c === word[i - 1] && LONG[c] === undefined) {
      i++; // Doubled consonants are written once (Marrakech → مراكش).
      continue;
    }
    const vowel = LONG[c];
    const soft = c === 'c' && 'eiy'.includes(word[i + 1] ?? '');
    if (soft) out += 'س';
    else if (vowel === undefined) out += LETTERS[c] ?? '';
    else if (i === 0) out += 'ا';
    else if (keepShort || i === word.length - 1 || c === 'o' || c === 'u') out += c === 'e' && i === word.length - 1 ? '' : vowel;
    i++;
  }
  return out;
}

/** Candidate Arabic spellings of a lower-case Latin word (empty for anything else). */
export function transliterate(word: string): string[] {
  if (!/^[a-z]{3,}$/.test(word)) return [];
  return [...new Set([spell(word, false), spell(word, true)])].filter((s) => s.length >= 2);
}
