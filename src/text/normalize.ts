/**
 * Text normalisation for matching. The output is never shown: display and quote the original text.
 *
 * Base: Lucene's ArabicNormalizer (alef forms, alef maqsura, teh marbuta, tatweel, harakat), plus what
 * Lucene lacks and our PDFs need: NFKC first (presentation forms and ligatures), alef wasla, superscript
 * alef, Arabic-Indic and Persian digits, and the bidi/zero-width controls poppler wraps Arabic runs in.
 */

// Deleted: harakat U+064B–U+065F, superscript alef U+0670, tatweel U+0640, bidi marks, embeddings and
// isolates, zero-width space/joiners, word joiner, BOM, Arabic letter mark, soft hyphen.
const DELETE = /[\u064B-\u065F\u0670\u0640\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u061C\u00AD]/g;

const MAP: Record<string, string> = {};
for (const c of '\u0622\u0623\u0625\u0671\u0672\u0673') MAP[c] = '\u0627'; // alef forms → ا
MAP['\u0649'] = '\u064A'; // ى → ي
MAP['\u06CC'] = '\u064A'; // Farsi yeh → ي
MAP['\u06D2'] = '\u064A'; // yeh barree → ي
MAP['\u06A9'] = '\u0643'; // keheh → ك
MAP['\u0629'] = '\u0647'; // ة → ه
for (let d = 0; d < 10; d++) {
  MAP[String.fromCharCode(0x0660 + d)] = String(d); // Arabic-Indic digits
  MAP[String.fromCharCode(0x06f0 + d)] = String(d); // Persian digits
}
const REPLACE = new RegExp(`[${Object.keys(MAP).join('')}]`, 'g');

export function normalizeArabic(text: string): string {
  return text
    .normalize('NFKC')
    .replace(DELETE, '')
    .replace(REPLACE, (c) => MAP[c]!);
}

const LATIN_ACCENTED = /[\u00C0-\u024F\u1E00-\u1EFF]/;
// A run of Arabic letters glued to Latin letters or digits (`ملفPDF`, `2030رؤية`, `GCM2018`) is two words.
// English ordinals written with digits (5th, 142nd) stay one word.
const GLUED = /([\u0621-\u064A](?=[a-z0-9])|[a-z0-9](?=[\u0621-\u064A])|[a-z](?=[0-9])|[0-9](?=(?!(?:st|nd|rd|th)\b)[a-z]))/g;

/** Arabic normalisation, Latin lower-casing without accents, and glued script runs split apart. */
export function normalizeForMatch(text: string): string {
  let t = normalizeArabic(text).toLowerCase();
  if (LATIN_ACCENTED.test(t)) t = t.normalize('NFD').replace(/(?<=[a-z])\p{M}+/gu, '').normalize('NFC');
  return t.replace(GLUED, '$1 ');
}
