import { stateOfPeople } from '../answer/countries.js';
import { normalizeForMatch } from '../text/normalize.js';
import { NUMBERED_RECORD } from './count-cues.js';

/**
 * What a "how many" question counts: "How many member states does the ARCP have?" → member states,
 * «كم عدد الدول الأعضاء؟» → الدول الاعضاء, «قديش عدد اهداف العملية؟» → اهداف. A number answers it only
 * next to that thing ("six objectives" does not answer "how many member states").
 */
// "the number of the decision" names it (question-types.ts): no count.
const EN = new RegExp(`\\b(?:how (?:many|much)|number of(?! ${NUMBERED_RECORD}))\\s+((?:[a-z'-]+\\s*){1,2})`);
const AR = /(?<![\u0621-\u064A])(?:و?ب|و)?(?:كم|كام|قديش|قداش|شحال|عدد)\s+((?:[\u0621-\u064A]+\s*){1,3})/u;
/** Every such cue of a question («كم عدد أهداف العملية وكم عدد الدول…», "how many pledges…, and how many participants…"). */
const AR_EVERY = new RegExp(AR.source, 'gu');
const EN_EVERY = new RegExp(EN.source, 'g');
/** Words between the cue and the thing counted. */
// «كم يبلغ عدد الدول…», «كم عددهم» (read «عدد هم»): the verb of amounting and a pronoun count nothing.
const SKIP = new Set(['the', 'of', 'different', 'arab', 'عدد', 'هو', 'هي', 'هم', 'هن', 'كان', 'كانت', 'بلغ', 'يبلغ', 'تبلغ', 'بلغت']);
/** "How many times", «كم مرة»: the count is of what the verb says was done, which the question does not name. */
const TIMES = new Set(['times', 'time', 'مره', 'مرات']);
/**
 * Arabic writes a qualifier after its noun («كم دولة أفريقية», «عدد الدول الخليجية»), English before it
 * ("how many African states"): the qualifier is what is counted, as in English. A count of all the states
 * does not answer how many of one region's states there are.
 */
const REGION = /^(?:ال)?(?:افريقي|اسيوي|خليجي|مغاربي|اوروبي|اوربي|متوسطي|مشرقي|اسلامي|اجنبي)(?:ه|ين|ون)?$/u;
/** Words after the thing counted that are not part of it. */
const STOP = new Set(['does', 'do', 'did', 'is', 'are', 'was', 'were', 'have', 'has', 'had', 'in', 'at', 'on', 'for', 'took', 'attended', 'في', 'التي', 'الذي', 'اللي', 'من', 'على']);

/**
 * The words naming what is counted (normalised), or nothing when the question does not say: one per thing
 * counted, "how many objectives and member states…" and «كم عدد أهداف العملية وكم عدد الدول…» two.
 */
export function countedWords(question: string): string[] {
  // "How much $ / US$ / USD did…": money is counted, as "how much money" says.
  const text = normalizeForMatch(question).replace(/\b(how much|number of)\s+(?:us\s*\$|\$|usd|dollars?)(?=\s|$)/g, '$1 money');
  const english = EN.exec(text);
  const after = countedAfter(english ?? AR.exec(text)).map(withoutAccusative);
  // "…list the member states and tell us how many there are": what was named before it is counted.
  const before = PRONOUNS.has(after[0] ?? '') ? countedBefore(text) : [];
  const first = before.length > 0 ? before : after;
  if (first.length === 0 || (ANYONE.has(first[0]!) && !ATTENDANCE.test(text))) return [];
  // A second cue of its own («…وكم عدد الدول…»), or "and" after the first thing ("objectives and member states").
  const again = [...text.matchAll(english ? EN_EVERY : AR_EVERY)].slice(1).flatMap((m) => countedAfter(m));
  const joined = new RegExp(`\\b${first[0]}\\s+and\\s+((?:[a-z'-]+\\s*){1,2})`).exec(text);
  const second = joined ? countedAfter(joined) : [];
  return [...new Set([...first, ...again, ...second])];
}

/**
 * "How many people…", «كم واحد / كم شخصاً…» (dialect.ts): people of any kind, whom the record counts by what they
 * are («منشأ لنحو 32.8 مليون مهاجر ولاجئ», "more than 80 officials").
 */
const ANYONE = new Set(['people', 'persons', 'شخص', 'اشخاص', 'واحد', 'نفر']);
/**
 * …unless they are counted as attending: "how many people attended the second GRF?", «كم شخصاً حضر…؟» count those
 * who took part («أكثر من 4200 مشارك»), as the answer layer reads them (asked-words.ts), not any number (1,600 pledges).
 */
const ATTENDANCE = /\b(?:attend\w*|took part|take part|participat\w*)\b|(?<![\u0621-\u064A])(?:حضر|حضرت|حضروا|يحضر|شارك|شاركت|شاركوا|يشارك)(?![\u0621-\u064A])/u;

/** "How many there are", "how many they are": the count of a thing named before the cue. */
const PRONOUNS = new Set(['there', 'they', 'them', 'these', 'those']);
const NAMED_BEFORE = /\b(?:the|its|their|all)\s+((?:[a-z'-]+\s+)?[a-z'-]+s)\b(?=[^?]*\bhow many\s+(?:there|they|them|these|those)\b)/;

function countedBefore(text: string): string[] {
  const named = NAMED_BEFORE.exec(text)?.[1];
  return named ? named.split(/\s+/) : [];
}

/**
 * «كم جزءاً»: after «كم» what is counted takes the accusative's alif, which the record's count of it does not
 * write («أربعة أجزاء»); read without it («جزء»). Only of an indefinite noun, as what «كم» counts is («الضحايا»
 * keeps its alif).
 */
function withoutAccusative(word: string): string {
  if (word.startsWith('ال')) return word;
  return /^[\u0621-\u064A]{2,}[^\u0627\u0621]ا$/u.test(word) || /^[\u0621-\u064A]+ءا$/u.test(word) ? word.slice(0, -1) : word;
}

function countedAfter(m: RegExpExecArray | RegExpMatchArray | null): string[] {
  if (!m) return [];
  const out: string[] = [];
  const words = m[1]!.trim().split(/\s+/);
  for (const [i, w] of words.entries()) {
    // «كم من هدف…», «شحال من مشارك…»: «من» after the cue introduces what is counted.
    if (w === 'من' && out.length === 0) continue;
    if (STOP.has(w) || (TIMES.has(w) && out.length === 0)) break;
    if (SKIP.has(w) && out.length === 0) continue;
    const next = words[i + 1];
    // "How many Syrian refugees": the refugees are counted; the record gives the state ("Syria … 13.2
    // million refugees"), which states-asked.ts requires of the quote.
    if (next && !STOP.has(next) && /^[a-z]/.test(w) && stateOfPeople(w)) return [next];
    out.push(w);
    if (next && REGION.test(next)) return [next];
    // The head noun is enough ("member" of "member states", «الدول» of «الدول الأعضاء»); a second word
    // is as often the start of what follows («عملية», «قُدم»).
    break;
  }
  return out;
}

/**
 * What a list question lists, when it names it right after its question word: "what are the member states
 * of the ARCP?" → member, «ما هي الدول الأعضاء في العملية؟» → الدول. A list answers it when it names that
 * thing ("22 member states: Algeria, …"), not any list (the ARCP's six objectives).
 */
const LIST_EN = /\b(?:what|which|who) (?:are|were) (?:the )?(?:arcp'?s? |its |their )?([a-z'-]+)/;
// With the pronoun that names a plural («ما هي الدول…», «مين هم الأعضاء…»): «ما المقصود بـ…» lists nothing.
const LIST_AR = /(?:^|\s)(?:ما|ماذا|من|مين|منو|شو|ايش|ايه|وش|شنو|اشنو)\s+(?:هي|هم|هيا|هما|هوما|هني|هنن|همه)\s+([\u0621-\u064A]+)/u;
const NOT_LISTED = new Set(['main', 'key', 'most', 'first', 'last', 'ابرز', 'اهم', 'اول', 'اخر', 'items', 'points', 'things', 'elements']);

/**
 * …or right before the verb it asks of: "which partners does the ARCP have?". Not "what recommendations did
 * the ARCP submit to COP28…?", whose 2017 recommendations on the GCR it then quoted, nor «ما البنود التي تضمنها
 * جدول أعماله؟»: the agenda's list is headed «جدول أعمال…», and a sentence naming «أحد بنود» led.
 */
const LIST_OF_VERB_EN = /\bwhich (?:[a-z'-]+ )?([a-z'-]+) (?:does|do|did|has|have|had|will|can)\b/;
/**
 * …or after the verb that asks for a list ("list the six priority areas", "name the ARCP's partners"), or
 * alone after what it belongs to, as chat asks ("arcp partners?"): the plural noun that ends the phrase.
 */
const LIST_VERB_EN = /\b(?:list|name|enumerate)\s+(?:all\s+)?(?:of\s+)?(?:the\s+)?(?:arcp'?s?\s+|its\s+|their\s+)?(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+)?(?:[a-z'-]+\s+)?([a-z'-]+s)\b/;
// ("arcp partner orgs list": the word "list" after them.)
const CHAT_LIST_EN = /^(?:the\s+)?(?:arcp|gcm|gcr|gfmd|las|imrf|grf|crrf)'?s?\s+(?:[a-z'-]+\s+)?([a-z'-]+s)(?:\s+(?:list|names))?\s*\??$/;

export function listedWords(question: string): string[] {
  const text = normalizeForMatch(question);
  const word = (LIST_EN.exec(text) ?? LIST_AR.exec(text) ?? LIST_OF_VERB_EN.exec(text) ?? LIST_VERB_EN.exec(text) ?? CHAT_LIST_EN.exec(text))?.[1];
  return word && !NOT_LISTED.has(word) && !SKIP.has(word) ? [word] : [];
}

/**
 * How many things a list question says there are: "the six priority areas", «الأولويات الست», "its 23
 * objectives". A list of another size is another list (the first review's five objectives for its six
 * priorities, which the record does not list). Not an ordinal («الاجتماع السادس») nor a year.
 */
const SIZES_EN = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const SIZES_AR = [['اثنين', 'اثنان', 'الاثنين', 'اثنتين', 'الاثنتين'], ['ثلاث', 'ثلاثه', 'الثلاث', 'الثلاثه'], ['اربع', 'اربعه', 'الاربع', 'الاربعه'], ['خمس', 'خمسه', 'الخمس', 'الخمسه'], ['ست', 'سته', 'الست', 'السته'], ['سبع', 'سبعه', 'السبع', 'السبعه'], ['ثماني', 'ثمانيه', 'الثماني', 'الثمانيه'], ['تسع', 'تسعه', 'التسع', 'التسعه'], ['عشر', 'عشره', 'العشر', 'العشره']];
const SIZE_EN = new RegExp(`\\b(${SIZES_EN.join('|')}|\\d{1,2})\\s+(?!(?:years?|months?|days?|times?|percent|%)\\b)[a-z]`);
const SIZE_AR = new RegExp(`(?<=[\\u0621-\\u064A]{3,}\\s+)(${SIZES_AR.flat().join('|')})(?![\\u0621-\\u064A])`, 'u');

export function listSizeAsked(question: string): number | undefined {
  const text = normalizeForMatch(question);
  const en = SIZE_EN.exec(text)?.[1];
  if (en) return /\d/.test(en) ? Number(en) : SIZES_EN.indexOf(en) + 2;
  const ar = SIZE_AR.exec(text)?.[1];
  return ar ? SIZES_AR.findIndex((forms) => forms.includes(ar)) + 2 : undefined;
}
