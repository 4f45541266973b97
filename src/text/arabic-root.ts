/**
 * A root key for Arabic words, beside Light10: the consonants left once clitics, inflection and the
 * commonest pattern letters are taken off, and the weak letters and hamza seats dropped. It is not a
 * morphological analysis: it only has to make the forms of one verb and its masdar meet, which Light10
 * keeps apart (أنشئت، أنشأها، إنشاء، ينشئ → نشء; اجتمع، اجتماع، مجتمع → جتمع). A key joins more than a
 * stem does, so matching through it weighs less than matching a stem (see lexical-query.ts).
 *
 * Input is a word already normalised by normalizeForMatch (ة→ه, ى→ي, alef forms → ا).
 */

// Conjunctions, prepositions and the article, longest first; a word keeps at least three letters, and a
// single preposition is taken off only when four remain (بلد and لجنه keep their first letter).
const CLITICS = ['وبال', 'وال', 'بال', 'كال', 'فال', 'ولل', 'لل', 'ال', 'و', 'ف', 'ب', 'ل', 'ك'];
// Pronouns and inflections, longest first; at most two are taken off.
const SUFFIXES = ['تموها', 'هما', 'كما', 'تما', 'تم', 'تن', 'ها', 'هم', 'هن', 'كم', 'نا', 'ات', 'ان', 'ون', 'ين', 'وا', 'يه', 'ه', 'ي', 'ت'];
// Weak letters and hamza seats: long vowels and hamza change between a verb and its masdar.
const WEAK = /[اويءئؤ]/g;

function stripClitic(word: string): string {
  for (const c of CLITICS) {
    const rest = word.length - c.length;
    if (word.startsWith(c) && rest >= (c.length === 1 ? 4 : 3)) return word.slice(c.length);
  }
  return word;
}

function stripSuffixes(word: string): string {
  let w = word;
  for (let round = 0; round < 2; round++) {
    const s = SUFFIXES.find((x) => w.endsWith(x) && w.length - x.length >= 3);
    if (!s) break;
    w = w.slice(0, -s.length);
  }
  return w;
}

/**
 * The pattern letters before the root: the imperfect's ي ت or the participle's م (with form X's ست after
 * them), else the أ of forms IV, VII, VIII and X. ن is left alone: نشاط and نظام begin with their root.
 */
function stripPattern(word: string): string {
  if (/^[يتم]/.test(word) && word.length >= 4) {
    const w = word.slice(1);
    return w.startsWith('ست') && w.length >= 5 ? w.slice(2) : w;
  }
  if (word.startsWith('است') && word.length >= 6) return word.slice(3);
  if (word.startsWith('ا') && word.length >= 4) return word.slice(1);
  return word;
}

/**
 * The root key of a normalised Arabic word: three letters or more, or undefined. A key of two letters
 * joins too much (ميزانية and توازن, تمويل and أمل), so a root that loses a letter with its weak letters
 * keeps its hamza instead, if it has one (أنشأ، إنشاء، أنشئت → نشء): normalisation writes the hamza of أ
 * as ا, so a final ا counts as one.
 */
export function arabicRootKey(word: string): string | undefined {
  return keyOf(stripPattern(stripSuffixes(stripClitic(word))));
}

function keyOf(base: string, verb = false): string | undefined {
  const key = base.replace(WEAK, '');
  if (key.length >= 3) return key;
  const withHamza = base.replace(/ا$/, 'ء').replace(/[ئؤ]/g, 'ء').replace(/[اوي]/g, '');
  if (withHamza.length >= 3) return withHamza;
  if (!verb) return undefined;
  // A verb's hamza on alef inside it is written ا too once normalised: «يرأس» reads يراس, «تأسست» تاسست,
  // whose roots meet «رئاسة» and «تأسيس» only when that ا is read as the hamza it was. Verbs only: the
  // noun «رأس» (head) would meet «رئيس» too, and "social capital" found the Social Affairs Sector.
  const inner = base.replace(/[ئؤ]/g, 'ء').replace(/^(.+?)ا(?=.)/, '$1ء').replace(/^ا(?=..)/, 'ء').replace(/[اوي]/g, '');
  return inner.length >= 3 ? inner : undefined;
}

const FORM_VIII = /^ا[^ات]ت.{2,}$/u;

/**
 * Every root key of a word: its key, and for a word opening with ان the key without it, since form VII
 * (انطلقت) shares its root with form IV (أُطلقت), while أنشأ opens with أ + ن of its own root.
 */
export function arabicRootKeys(word: string): string[] {
  const stem = stripSuffixes(stripClitic(word));
  const base = stripPattern(stem);
  // An imperfect's or a derived form's prefix taken off («يرأس», «تأسست»): a verb.
  const keys = [keyOf(base, base !== stem && /^[يت]/.test(stem))];
  if (stem.startsWith('ان') && stem.length >= 5) keys.push(keyOf(stem.slice(2)));
  // Form VIII puts ت after the root's first letter (افتتح، افتتاح، اشترك): its key without it meets the
  // verb members write (فتح الاجتماع، شارك), which the records write in form VIII.
  if (FORM_VIII.test(stem)) keys.push(keyOf(stem[1]! + stem.slice(3)));
  return [...new Set(keys.filter((k): k is string => k !== undefined))];
}
