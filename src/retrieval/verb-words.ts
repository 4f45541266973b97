import { loadHunspell, type HunspellDictionary } from '../ingest/arabic-repair/hunspell.js';
import { normalizeForMatch } from '../text/normalize.js';

/**
 * Which words of a question can only be verbs. A verb the collection never uses is how the asker words what
 * happened («صوّتت», «دُشّنت», "brokered", "unveiled"); the collection words the same event otherwise, and
 * the question's names and nouns say what it is about. A noun or a name the collection lacks ("cryptocurrency",
 * «الانقلاب», "UNICEF") is the thing itself missing from the record, and keeps its full weight (confidence.ts).
 *
 * Arabic: hunspell-ar, whose verb stems carry `po:verb` and other stems nothing: a word read with every stem
 * and with none of the others is a verb («صوتت», «قالوا», «يُحسم»), one read either way is not («تجهّز», «حضره»).
 * English: a past form in -ed, which the collection's nouns do not take. Without hunspell-ar installed, no
 * Arabic word is read as a verb and every unseen word weighs in full, as before.
 */
export interface VerbReader {
  /** True when the question's word (as the question writes it, or normalised) can only be a verb. */
  onlyVerb(word: string): boolean;
}

/** "brokered", "approved": six letters or more, so that "red", "bed" and "need" are not read as verbs. */
const ENGLISH_PAST = /^[a-z]{4,}ed$/;

interface ArabicWordClasses {
  all: HunspellDictionary;
  notVerbs: HunspellDictionary;
}

let loaded: ArabicWordClasses | null | undefined;

/** The system's dictionary, read once per process and only when a question has a word the collection lacks. */
function arabicWordClasses(): ArabicWordClasses | null {
  if (loaded === undefined) {
    const all = loadHunspell();
    const notVerbs = all && loadHunspell(undefined, 'not-verbs');
    loaded = all && notVerbs ? { all, notVerbs } : null;
  }
  return loaded;
}

/**
 * A reader for one question: its words as written, so that a normalised token («انشئت») is looked up in the
 * spelling the dictionary holds («أنشئت»), as far as the question wrote it so. The question is read only when
 * asked of a word: every search makes a reader, few have a word the collection lacks.
 */
export function verbReader(question: string): VerbReader {
  let written: Map<string, string> | undefined;
  let compounded: Set<string> | undefined;
  return {
    onlyVerb(word) {
      if (!/[\u0600-\u06FF]/u.test(word)) {
        // "climate-induced", "state-led": the second word of a compound qualifies a noun; it is no verb of the question.
        compounded ??= new Set((question.match(/(?<=\p{L}[-\u2010\u2011])\p{L}+/gu) ?? []).map((w) => w.toLowerCase()));
        return ENGLISH_PAST.test(word.toLowerCase()) && !compounded.has(word.toLowerCase());
      }
      const dictionary = arabicWordClasses();
      if (!dictionary) return false;
      written ??= new Map((question.match(/[\p{L}\p{M}]+/gu) ?? []).map((w) => [normalizeForMatch(w), w]));
      const surface = written.get(normalizeForMatch(word)) ?? word;
      return dictionary.all.isWord(surface) && !dictionary.notVerbs.isWord(surface);
    },
  };
}
