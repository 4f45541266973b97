/**
 * Light10 (Larkey, Ballesteros & Connell), as Lucene's ArabicStemmer implements it, applied to text that
 * normalizeArabic already processed. The suffix list keeps ة and ية un-normalised on purpose, as Lucene
 * does: after normalisation they never match, and matching them would diverge from the reference stemmer.
 */
const PREFIXES = ['ال', 'وال', 'بال', 'كال', 'فال', 'لل', 'و'];
const SUFFIXES = ['ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ية', 'ه', 'ة', 'ي'];

function stripPrefix(word: string): string {
  for (const prefix of PREFIXES) {
    // و needs a word of at least 4 letters; the others leave at least 2.
    if (prefix.length === 1 && word.length < 4) continue;
    if (word.length < prefix.length + 2) continue;
    if (word.startsWith(prefix)) return word.slice(prefix.length);
  }
  return word;
}

function stripSuffixes(word: string): string {
  let w = word;
  // Every suffix is tried once, in order, like Lucene (not "first match wins").
  for (const suffix of SUFFIXES) {
    if (w.length >= suffix.length + 2 && w.endsWith(suffix)) w = w.slice(0, -suffix.length);
  }
  return w;
}

export function light10(word: string): string {
  return stripSuffixes(stripPrefix(word));
}

/**
 * Stems of a normalised Arabic word. Most words have one. A word written لل + ل… (للاجئين = لِ + اللاجئين,
 * the article's alef dropped) is ambiguous: Light10 strips لل and yields اجئ, while اللاجئين yields لاجئ.
 * Both readings are returned, the Light10 one first; the index keeps both and the query side prefers
 * the reading found in the index vocabulary.
 */
export function arabicStems(word: string): string[] {
  const first = light10(word);
  if (word.startsWith('لل') && word.length >= 5) {
    const alt = stripSuffixes(word.slice(1));
    if (alt !== first) return [first, alt];
  }
  // «وبالشعار», «وللاجئين», «فبالتعاون»: a conjunction before a preposition and the article. Light10 strips one
  // prefix only (و) and keeps «بالشعار», which no «شعار» meets; the word without its conjunction is read too.
  if (CONJUNCTION_BEFORE_ARTICLE.test(word)) {
    const rest = arabicStems(word.slice(1)).filter((s) => s !== first);
    if (rest.length > 0) return [first, ...rest];
  }
  return [first];
}

const CONJUNCTION_BEFORE_ARTICLE = /^[وف](?:بال|كال|لل)[\u0621-\u064A]{3,}/u;
