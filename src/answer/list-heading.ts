import { normalizeForMatch } from '../text/normalize.js';
import { PROCESS_NAME_WORDS } from '../text/process-name.js';
import { isStopword } from '../text/stopwords.js';
import { isArabicWord, tokenize } from '../text/tokenize.js';
import { stemsOf } from './question-terms.js';
import type { Unit } from './units.js';

/** Fewest words of its own a heading has to be the thing asked for, not a word the question happens to share. */
const MIN_HEADING_WORDS = 3;

const wordsOf = (text: string) => tokenize(normalizeForMatch(text)).filter((w) => !isStopword(w));
const stemsOfWords = (words: readonly string[]) => new Set(words.flatMap(stemsOf));
const contentStems = (text: string) => stemsOfWords(wordsOf(text));

/**
 * How many a heading announces ("The six objectives of the ARCP", «أهداف عملية التشاور… (ستة أهداف)»): no word the
 * question has to say for the list to be the one asked («ما الأهداف التي حددتها الأمانة الفنية…؟» got the secretariat's
 * roles, "What objectives did the technical secretariat set…?" the six types of document).
 */
const COUNT_WORDS = new Set(
  tokenize(normalizeForMatch('two three four five six seven eight nine ten eleven twelve اثنان اثنين اثنتان اثنتين ثلاثة ثلاث أربعة أربع خمسة خمس ستة ست سبعة سبع ثمانية ثماني تسعة تسع عشرة عشر')),
);
const countsItems = (word: string) => COUNT_WORDS.has(word) || /^\d+$/.test(word);

/** The words that open an ask for things ("which international events…", "list the…", «ما هي الأحداث…»). */
const ASKS_FOR = new Set(['which', 'what', 'list', 'name', 'enumerate', 'ما', 'ماهي', 'اي', 'اذكر', 'شو', 'ايش', 'وش']);
/** Where the things asked for end: a verb, a relative, "of". */
const ENDS_THE_THINGS = new Set(['does', 'do', 'did', 'are', 'were', 'is', 'was', 'has', 'have', 'that', 'which', 'of', 'التي', 'الذي', 'اللي', 'هي', 'هو']);
const MAX_THING_WORDS = 3;

/** The words after the ask up to a verb or a relative: "international events", «أهداف الاتفاق العالمي». */
function askedPhrase(question: string): string[] {
  const tokens = tokenize(normalizeForMatch(question));
  const at = tokens.findIndex((t) => ASKS_FOR.has(t));
  if (at < 0) return [];
  const words: string[] = [];
  for (const t of tokens.slice(at + 1)) {
    if (t === 'the' || t === 'هي') continue;
    if (ENDS_THE_THINGS.has(t) || words.length === MAX_THING_WORDS) break;
    words.push(t);
  }
  return words;
}

/**
 * The nouns of the things a question asks for: the last word after "which" ("international events"), and each noun
 * before "and" ("events and processes"); the first after «ما هي» (the Arabic noun before its adjectives).
 */
function thingsAsked(question: string): string[] {
  const words = askedPhrase(question);
  if (isArabicWord(words[0] ?? '')) return [words[0]!];
  // ("Which international events and processes…": the noun before "and" is asked for too; "and" is no thing.)
  return words.filter((w, i) => (words[i + 1] === 'and' || words[i + 1] === 'or' || i === words.length - 1) && w !== 'and' && w !== 'or');
}

/**
 * "What does the technical secretariat do?", "What is its role?", «ما مهام الأمانة الفنية؟», «شو بتعمل الأمانة؟»: what a
 * body does is its roles, the list headed "Roles of the ARCP technical secretariat" («أدوار الأمانة الفنية…»), not the
 * sentence saying who acts as the secretariat.
 */
const ROLES_ASKED = /\bwhat (?:does|do|did|will|should) (?:the |its |their |arcp |las )?[\w' -]{2,60}? do\b|\b(?:roles?|tasks?|functions?|duties|responsibilities|mandate) of\b|\b(?:its|their|the) (?:roles?|tasks?|functions?|duties|responsibilities)\b|(?<![\u0621-\u064A])(?:ادوار|دور|مهام|مهمه|وظائف|مسؤوليات|اختصاصات|صلاحيات)(?![\u0621-\u064A])|(?<![\u0621-\u064A])(?:شو|ايش|وش|ماذا|ما)\s+(?:بتعمل|بيعمل|تعمل|يعمل|تفعل|يفعل|تسوي|يسوي|بتسوي|بيسوي|تقوم به|يقوم به)(?![\u0621-\u064A])/u;
const ROLE_STEMS = new Set(['roles', 'أدوار'].flatMap((w) => stemsOf(normalizeForMatch(w))));
const OWN_NAME_STEMS = new Set(PROCESS_NAME_WORDS.flatMap((w) => stemsOf(normalizeForMatch(w))));

/**
 * A list the question asks for in its heading's own words: "Which international events does the ARCP prepare member
 * states for?" names the deck's list "International events the ARCP prepares for", which is the answer whole (its
 * items one by one, beside other records' lines on preparing, never said all four). The heading holds the things
 * asked for ("…types of documents… to prepare for international events" asks for the types, not the events).
 * The question is read once; the test returned is asked of each unit.
 */
export function headingAskedBy(question: string): (unit: Unit) => boolean {
  const roles = ROLES_ASKED.test(normalizeForMatch(question));
  const things = roles ? ['roles'] : thingsAsked(question);
  if (things.length === 0) return () => false;
  const thingStems = roles ? [...ROLE_STEMS] : things.flatMap(stemsOf);
  const asked = new Set([...contentStems(question), ...OWN_NAME_STEMS, ...(roles ? ROLE_STEMS : [])]);
  const described = [...stemsOfWords(askedPhrase(question).filter((w) => !isStopword(w)))].filter((k) => !thingStems.includes(k));
  return (unit) => {
    // (A list under a heading of its own; not one after the sentence that announces it, whose words are no heading.)
    if (unit.kind !== 'list' || !unit.parts[0]!.text.includes('\n')) return false;
    const words = wordsOf(unit.parts[0]!.text.split('\n')[0]!);
    const heading = stemsOfWords(words.filter((w) => !countsItems(w)));
    if (heading.size < MIN_HEADING_WORDS || !thingStems.some((k) => heading.has(k)) || ![...heading].every((k) => asked.has(k))) return false;
    // A heading that counts its items is the list asked only when what the question says of the things is the
    // heading's too: «ما أهداف الاتفاق العالمي بشأن اللاجئين؟» asks the compact's, not the process's six.
    return !words.some(countsItems) || described.every((k) => heading.has(k) || OWN_NAME_STEMS.has(k));
  };
}
