import { nameSound } from '../text/name-sound.js';
import { isArabicWord } from '../text/tokenize.js';
import type { GlossaryEntry } from './glossary.js';
import type { Token } from './translate.js';

/**
 * The article written apart from a name in Latin letters, as the sun letters assimilate it: "al-Fergani",
 * "El Awady", "as-Saleh", "ad-Dabbagh". Inside a name only: "as" and "at" are English words elsewhere.
 */
const ARTICLE = /^(?:a|e|u)[lsdrtnz]$/;
/**
 * A name is matched by its sound when it is of several words and has this many consonants in all ("Karen Abu
 * Zayd": krnbzd); each word then sounds as the glossary's ("Abou": b). "Amy Pope" is matched as written.
 */
const NAME_CONSONANTS = 4;

interface PersonForm {
  /** The form's words without a separate article. */
  words: Token[];
  entry: GlossaryEntry;
  bySound: boolean;
}

/** A person's name found in a question: the glossary entry and how many of the question's tokens it spans. */
export interface PersonMatch {
  entry: GlossaryEntry;
  length: number;
}

const latin = (t: Token) => !isArabicWord(t.text);
const sameReading = (a: Token, b: Token) => a.readings.some((r) => b.readings.includes(r));

/** Two words of a name alike: the same stem, or in Latin letters the same consonants ("Inas" and "Enas"). */
function sameNameWord(asked: Token, known: Token, bySound: boolean): boolean {
  if (sameReading(asked, known)) return true;
  if (!bySound || !latin(asked) || !latin(known)) return false;
  const sound = nameSound(asked.text, 1);
  return sound !== undefined && sound === nameSound(known.text, 1);
}

/**
 * The glossary's people as a question may write them in Latin letters: "Inas al-Fergani" is Enas El-Fergany,
 * "Asmara Ashkar" is Asmara Achcar. Each word of the name sounds as the glossary's (name-sound.ts), and a
 * separate article is left out on either side ("Enas Fergany"). A name of one word is matched as written: alone,
 * "Grandi" sounds as "ground" (a misspelt unseen name is corrected by vocabulary.ts soundsLike).
 */
export class PersonNames {
  private readonly byFirstSound = new Map<string, PersonForm[]>();

  constructor(forms: Iterable<{ tokens: Token[]; entry: GlossaryEntry }>) {
    for (const { tokens, entry } of forms) {
      if (entry.kind !== 'person') continue;
      const words = tokens.filter((t) => !ARTICLE.test(t.text));
      const key = words[0] && latin(words[0]) ? nameSound(words[0].text, 1) : undefined;
      if (!key || words.length === 0) continue;
      const list = this.byFirstSound.get(key) ?? [];
      const consonants = words.map((w) => (latin(w) ? (nameSound(w.text, 1) ?? '') : '')).join('').length;
      list.push({ words, entry, bySound: words.length > 1 && consonants >= NAME_CONSONANTS });
      this.byFirstSound.set(key, list);
    }
  }

  /** The longest glossary person named from token `at` on, article and spelling aside. */
  at(tokens: readonly Token[], at: number): PersonMatch | undefined {
    const start = ARTICLE.test(tokens[at]?.text ?? '') ? at + 1 : at;
    const first = tokens[start];
    const key = first && latin(first) ? nameSound(first.text, 1) : undefined;
    let best: PersonMatch | undefined;
    for (const candidate of (key && this.byFirstSound.get(key)) || []) {
      const end = matchedEnd(candidate, tokens, start);
      if (end !== undefined && (!best || end - at > best.length)) best = { entry: candidate.entry, length: end - at };
    }
    return best;
  }
}

/** Where the name's words end in the question from `start`, an article between them skipped; undefined if they differ. */
function matchedEnd(name: PersonForm, tokens: readonly Token[], start: number): number | undefined {
  let i = start;
  for (const [k, word] of name.words.entries()) {
    if (k > 0 && ARTICLE.test(tokens[i]?.text ?? '') && tokens[i + 1]) i++;
    const asked = tokens[i];
    if (!asked || !sameNameWord(asked, word, name.bySound)) return undefined;
    i++;
  }
  return i;
}
