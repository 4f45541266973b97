import { KIND_WEIGHT } from '../question/answer-kind.js';
import { opensMonthName } from '../question/understand.js';
import { arabicRootKeys } from '../text/arabic-root.js';
import { englishStem } from '../text/english-stem.js';
import { englishOrdinal, ordinalTerm } from '../text/ordinals.js';
import { arabicStems } from '../text/light10.js';
import { isStopword } from '../text/stopwords.js';
import { isArabicWord, tokenize } from '../text/tokenize.js';
import { normalizeForMatch } from '../text/normalize.js';
import { stateOfPeople } from './countries.js';

/**
 * Words that say which kind of text is asked about rather than what about ("the final statement's
 * position on return"): they still count, but a sentence must not win on them alone.
 */
const FRAMING = new Set(
  tokenize(`position positions stance view views arab arcp process consultative statement final document documents paper
  موقف مواقف الموقف العربي العربيه عمليه العمليه التشاور تشاور بيان البيان الختامي ختامي وثيقه الوثيقه ورقه قالت قال ورد وردت
  ماذا يري تري رؤيه discuss discussed discusses discussion ناقش ناقشت يناقش تناول تناولت`).flatMap(stemsOf),
);
const FRAMING_WEIGHT = 0.25;

/**
 * Words that say how to answer rather than what about: recency, the present and precision ("the latest",
 * "currently", «حالياً», «بالضبط»),
 * comparison and change ("compare", «تطور»), the asker's framing ("quick q", «بدي أعرف»). The question
 * analysis reads them (question-types.ts, time-range.ts); as terms they would pick sentences that happen to
 * say "latest developments". ("How many pledges were made at the first GRF?": "made" is how the asker says it; the
 * record's "received more than 770 pledges" answered, and "pledges made since the first GRF" came beside it.)
 */
const ASKING = new Set(
  tokenize(`latest recent recently newest last earliest oldest exact exactly precise precisely specific quick q kindly
  compare compared comparison differ difference differences evolve evolved evolution change changed changes shift
  over years time timeline happen happened take place held hold whats wats wht pls plz u ur thx thanks hi hello dear
  need needs needed main briefly summary summarise summarize note drafting briefing number advise co currently presently nowadays
  before previously formerly originally made make
  اخر احدث الاخير الاخيره الاحدث اقدم بالضبط بالزبط تحديدا بدقه قارن قارني مقارنه الفرق فرق اختلاف تطور تطورت تغير
  تغيرت عايز عاوز بدي ابي ابغي بغيت اعرف نعرف تقولي تقول قولي ممكن لو سمحت احتاج نحتاج لمذكره مذكره نعدها عدد
  حاليا الان الحين هلق دلوقتي سابقا انعقد انعقدت ينعقد تنعقد عقد عقدت يعقد تعقد اتعقد اتعقدت انعقاد`).flatMap(stemsOf),
);

function isAsking(word: readonly string[]): boolean {
  return word.some((s) => ASKING.has(s));
}

function isFraming(word: readonly string[]): boolean {
  return word.some((s) => FRAMING.has(s));
}

/** One thing the question is about: any alternative matching counts; an alternative is a phrase of words. */
export interface Term {
  /** Each alternative is a list of words, each word a list of stem readings; all words must be present. */
  alternatives: string[][][];
  weight: number;
  /** A person the glossary names (QuestionConcept.person). */
  person?: boolean;
}

/**
 * The match keys of one normalised token: its stems (Arabic may have two readings). An Arabic word written
 * with the accusative alef (عضواً، اجتماعاً) also reads without it, which Light10 does not strip.
 */
export function stemsOf(token: string): string[] {
  if (!isArabicWord(token)) {
    // Porter reads "focus" as a plural (focu) and "focused" as focus: a word in -us also reads as itself.
    // An adjective in -ative is not its noun: the "Consultative Process" holds no consultation.
    const stem = /ative$/.test(token) ? token : englishStem(token);
    const stems = /[a-z]us$/.test(token) && stem !== token ? [stem, token] : [stem];
    // "sixth" and "6th" are one ordinal, as the index reads them.
    const ordinal = englishOrdinal(token);
    return ordinal === undefined ? stems : [...stems, ordinalTerm(ordinal)];
  }
  const stems = arabicStems(token);
  if (token.length >= 4 && token.endsWith('ا') && !token.endsWith('اا')) stems.push(...arabicStems(token.slice(0, -1)));
  // Light10 strips و and the article but not a lone preposition: بدعم، لدعم، كدعم، فدعم also read دعم.
  if (token.length >= 5 && /^(?:و?[بلكف])/.test(token)) stems.push(...arabicStems(token.replace(/^و?[بلكف]/, '')));
  // Nor a past verb's endings: «أقرّت»، «أقرّته»، «شاركوا» also read أقر، شارك.
  const verb = /^([\u0621-\u064A]{3,})(?:ته|تها|تهم|ت|وا)$/u.exec(token);
  if (verb) stems.push(...arabicStems(verb[1]!));
  return [...new Set(stems)];
}

/**
 * The keys a count's noun is matched by: its stems, and an Arabic word's root keys too, since a count may
 * write the noun as a broken plural («أهداف» asked, «23 هدفاً» written).
 */
export function countKeysOf(word: string): string[] {
  if (!isArabicWord(word)) return stemsOf(word);
  const norm = normalizeForMatch(word);
  // «أنواع» (types) is the plural of «نوع», whose root loses its weak letter to the key: read it by its singular.
  const singular = PLURAL_OF_THREE.exec(norm.replace(/^(?:[وفبلك]|وب|ول)?ال/u, ''));
  const keys = singular ? [norm, `${singular[1]}${singular[2]}${singular[3]}`] : [norm];
  return [...new Set([...stemsOf(word), ...keys.flatMap((k) => [...stemsOf(k), ...arabicRootKeys(k).map((r) => `√${r}`)])])];
}
/** The broken plural of a noun of three letters, أفعال: «أنواع», «أهداف», «أطراف». */
const PLURAL_OF_THREE = /^ا([^ا])([^ا])ا([^ا])$/u;

/** What «الـGCM» leaves once split: the article or a clitic standing alone, which says nothing. */
const BARE_CLITIC = /^(?:ال|وال|بال|لل|و|ب|ل|ف|ك)$/;

/** «غير» before a word negates it: «الهجرة غير النظامية» is irregular migration, not «النظامية» (regular). */
const NOT = 'غير';

/**
 * A people's word also reads as its state's one-word name: "the Palestinian delegate" is "Palestine's delegate"
 * in the record (the sentence that repeated "the Palestinian delegate" and named no one led).
 */
function stateStems(token: string): string[] {
  const state = stateOfPeople(token) ?? OTHER_PEOPLE.get(token);
  const name = state && (isArabicWord(token) ? state[1] : state[0]);
  return name && !/\s/.test(name) ? stemsOf(normalizeForMatch(name)) : [];
}

/** The people of states outside the record's list of states (src/answer/countries.ts), which its statements name. */
const OTHER_PEOPLE = new Map<string, readonly [string, string]>([['israeli', ['israel', 'اسرائيل']], ['israelis', ['israel', 'اسرائيل']]]);

/**
 * "the Israeli aggression", "the Israeli occupation": the statements speak of Israel by its adjective, which in a
 * sentence also reads as the state ("how did the statements' language on Israel evolve?" found no line of 2024 or
 * 2025). Arabic stems «الإسرائيلي» to «إسرائيل» already. Not a member state's people: "the Palestinian delegate"
 * read as Palestine led with a sentence that names no delegate.
 */
const sentenceStateStems = (token: string): string[] => {
  const state = OTHER_PEOPLE.get(token);
  return state && !isArabicWord(token) ? stemsOf(state[0]) : [];
};

/** A text's words, each as its stem readings; a word after «غير» reads as one negated word. */
function wordStems(text: string, keep: (token: string) => boolean = () => true, asked = false): string[][] {
  const tokens = tokenize(text);
  const out: string[][] = [];
  tokens.forEach((t, i) => {
    if (t === NOT && i + 1 < tokens.length) return;
    // «تشرين الثاني» is November: its second word is no ordinal the 2nd meeting asked could match.
    if (opensMonthName(tokens[i - 1] ?? '')) return;
    // A question's people is its state too; a sentence's is what it says, and its adjective its state.
    const stems = asked ? [...stemsOf(t), ...stateStems(t)] : [...stemsOf(t), ...sentenceStateStems(t)];
    if (tokens[i - 1] === NOT) out.push(stems.map((s) => NOT + s));
    else if (keep(t)) out.push(stems);
  });
  return out;
}

function contentWords(text: string): string[][] {
  return wordStems(text, (t) => !isStopword(t) && !BARE_CLITIC.test(t) && (t.length >= 2 || /\d/.test(t)), true).filter((w) => !isAsking(w));
}

/**
 * A concept's words as the question says them: the concept drops «غير» with the stopwords, which leaves
 * «النظامية» (regular) for «غير النظامية» (irregular); the question's negated word stands for it.
 */
function asNegatedIn(words: string[][], negated: readonly string[][]): string[][] {
  return words.map((w) => negated.find((n) => n.some((s) => w.includes(s.slice(NOT.length)))) ?? w);
}

/** Content terms of a question, one per distinct word; framing words weigh less. */
export function questionTerms(text: string): Term[] {
  const seen = new Set<string>();
  const out: Term[] = [];
  for (const stems of contentWords(text)) {
    if (seen.has(stems[0])) continue;
    seen.add(stems[0]);
    out.push({ alternatives: [[stems]], weight: isFraming(stems) ? FRAMING_WEIGHT : 1 });
  }
  return out;
}

const ARABIC = /[\u0600-\u06FF]/;
const ACRONYM = /^[A-Z][A-Z0-9-]{1,7}$/;

/** A content word of the question with the other forms the collection may use for it. */
export interface QuestionConcept {
  source: string;
  targets: readonly string[];
  origin: 'glossary' | 'dictionary' | 'none';
  /** Of the question's frame, not its subject ("which agencies…", «ماذا قال»): see answer-kind.ts. */
  kind?: boolean;
  /** A person the glossary names (see persons.ts). */
  person?: boolean;
  /** No passage of the collection holds it, in any of its forms (see names.ts). */
  unseen?: boolean;
}

function termOf(alternatives: string[][][], of: Pick<QuestionConcept, 'kind' | 'person'> = {}): Term | undefined {
  const alts = alternatives.filter((a) => a.length > 0);
  if (alts.length === 0) return undefined;
  const weight = alts.every((alt) => alt.every(isFraming)) ? FRAMING_WEIGHT : 1;
  return { alternatives: alts, weight: of.kind ? weight * KIND_WEIGHT : weight, ...(of.person ? { person: true } : {}) };
}

/** One concept of the question as matched in either language. */
export interface TermPair {
  /** For text in the question's language: its words, or a glossary form ("IMRF" for «منتدى استعراض الهجرة الدولية»). */
  own?: Term;
  /** For text in the other language: glossary forms and dictionary senses. */
  other?: Term;
  /** Of the question's frame, not its subject (QuestionConcept.kind). */
  kind?: boolean;
}

/**
 * One pair of terms per concept of the question. Dictionary senses are many and loose, so they stand in
 * only across languages. The question's own text says which of the concepts' words it negates.
 */
export function conceptTerms(concepts: readonly QuestionConcept[], question = ''): TermPair[] {
  const negated = wordStems(question).filter((w) => w[0]!.startsWith(NOT));
  return concepts.flatMap((c) => {
    const source = asNegatedIn(contentWords(c.source), negated).map(withCausative);
    const targets = c.targets.map(contentWords);
    // In the question's own language a glossary form stands in when written in its script, or as an
    // acronym («الـGCM»): an Arabic sentence quoting an English title ("…through partnerships…") does not
    // speak of «الشركاء».
    // The question's script, not the concept's: «الفرق بين الـGCM والـGCR» is answered by «الاتفاق العالمي…».
    const arabic = ARABIC.test(question || c.source);
    const sameScript = c.targets.filter((t) => ARABIC.test(t) === arabic || ACRONYM.test(t)).map(contentWords);
    const own = termOf([source, ...(c.origin === 'glossary' ? sameScript : [])], c);
    const other = c.origin === 'none' ? termOf([source], c) : termOf(targets, c);
    return own || other ? [{ own, other, ...(c.kind ? { kind: true } : {}) }] : [];
  });
}

/**
 * A verb of three letters asked («متى صدر القرار؟») is also read in its causative form, as the record writes
 * the act of the one who did it («أصدر مجلس الجامعة القرار»): صدر/أصدر، علن/أعلن، طلق/أطلق.
 */
function withCausative(word: string[]): string[] {
  const verb = word.find((s) => /^[\u0621-\u064A]{3}$/u.test(s) && !s.startsWith('ا'));
  return verb ? [...word, `ا${verb}`] : word;
}

/** The stem set of a sentence, for overlap with question terms. */
export function sentenceStems(text: string): Set<string> {
  return new Set(wordStems(text).flat());
}

export function termMatches(term: Term, stems: ReadonlySet<string>): boolean {
  return term.alternatives.some((alt) => alt.every((word) => word.some((s) => stems.has(s))));
}
