import { ONE_BY_RANK, pointsBack, PRONOUN_EN, topicIsIt, TURN_WORDS } from '../question/leaning.js';
import { eventOf } from '../question/letter.js';
import { MONTHS_EN } from '../question/months.js';
import { CITIES_EN } from '../question/place-names.js';
import { askedAtTime, askedThen } from './time-follow-up.js';
import { asksOfItsOwn, asksOfWhatWasAsked, asksWhatWasSaid, asksWhoTookPart, claimOfEvent, claimsOfIt, leansOn, refersByRelative } from './leaning-follow-up.js';
import { whichOneOf } from '../question/which-one-again.js';
import { moreOf } from './more-of.js';
import { askedOfYearAway, ORDINAL_AR, ORDINAL_EN, splitMark, withKindOfPrevious, withOrganisation, withPlace, withNeighbour, withNeighbourYear, withoutRelativeTime, withYear, withYearAlone, YEAR } from './neighbour-follow-up.js';

/**
 * Short follow-ups ("and in 2024?", «وماذا عن اللاجئين؟», "what about GFMD?") only make sense with the
 * previous question of the same conversation: they are rewritten into a full question before retrieval.
 */
export interface FollowUp {
  text: string;
  isFollowUp: boolean;
  /**
   * The previous question, for a follow-up that names its subject only by a pronoun ("who opened it?",
   * «ومين افتتحه؟»): what "it" is, read as a mail's subject is (the meeting or year it names).
   */
  context?: string;
}

const MAX_FOLLOW_UP_WORDS = 6;

/** «طيب ومين افتتحه؟», "ok so who opened it?": the words that take the turn say nothing of what is asked. */
const TAKES_THE_TURN = new RegExp(`^(?:(?:${[...TURN_WORDS, 'أوكي', 'hmm'].join('|')})[\\s,،]+)+`, 'iu');

/**
 * "Who opened the session?", "When was the statement issued?", «من افتتح الجلسة؟», "how many attended?": the
 * event asked before, named by its kind alone (in Arabic, as the last word: «دورة المنتدى العالمي
 * المذكورة» names a forum) or not at all, in a short question that names nothing of its own (no number,
 * year or acronym). "What is the GFMD?" names its own subject.
 */
const THE_KIND_EN = /\bthe\s+(?:(?:opening|closing|final|annual|same)\s+)?(?:meeting|session|statement|forum|conference|review|consultation|event|declaration|recommendations|summit|celebration)\b/i;
const THE_KIND_AR = /(?<![\u0621-\u064A])(?:ال|بال|لل|وال|فال)(?:اجتماع|جلس[ةه]|بيان|منتدى|منتدي|مؤتمر|استعراض|مشاور[ةه]|توصيات|قم[ةه]|احتفالي[ةه]|افتتاح)$/u;
const VERB_ONLY_EN = /^(?:and\s+)?(?:who|when|where|how\s+many|how)\s+(?!.*\b(?:the|a|an|its|their)\b)(?:[a-z]+\s+){0,2}[a-z]+$/i;
const ACRONYM = /\b[A-Z]{3,}\b/;
const MAX_DESCRIBING_WORDS = 10;

function describesWhatWasAsked(core: string): boolean {
  if (core.split(/\s+/).length > MAX_DESCRIBING_WORDS || ACRONYM.test(core)) return false;
  const arabic = /[\u0600-\u06FF]/.test(core);
  if (arabic) return THE_KIND_AR.test(core) && QUESTION_WORD_AR.test(core.split(/\s+/)[0]!);
  return THE_KIND_EN.test(core) || VERB_ONLY_EN.test(core);
}

/** An item of a list by its number: "the third item", «البند التالت», «النقطة الثانية». */
const ITEM_BY_NUMBER = /\b(?:first|second|third|fourth|fifth|sixth|last|\d{1,2}(?:st|nd|rd|th))\s+(?:item|point|objective|priority|type|recommendation|goal|theme|topic|message|paragraph)s?\b|(?<![\u0621-\u064A])(?:ال|بال|وال)?(?:بند|نقط[ةه]|هدف|[أا]ولوي[ةه]|نوع|توصي[ةه]|محور|فقر[ةه]|موضوع|رسال[ةه])\s+ال(?:[أا]ول|[أا]ولى|ثاني|ثالث|رابع|خامس|سادس|[أا]خير|تاني|تالت)[ةه]?(?![\u0621-\u064A])/giu;

// The openings of a follow-up; what comes after them is the new topic or year.
const OPENING_EN = /^(?:(?:no|nope|sorry|oops|actually|oh)[,!.]?\s+)*i\s+meant?\s+|^(?:no|nope|actually)[,!.]?\s+(?:-\s+)?(?=the\s)|^(?:the\s+)?same\s+(?:question\s+)?(?:for|about)\s+|^(?:and\s+)?(?:what|how)\s+about\s+|^and\s+(?:what\s+of\s+|as\s+for\s+|for\s+|in\s+|on\s+|regarding\s+|about\s+)?|^(?:same|likewise)\s+for\s+|^as\s+for\s+|^(?:also|then)\s+(?:for\s+|in\s+)?/i;
const OPENING_AR = /^(?:(?:لا|عفوا|عفواً|عذرا|عذراً|آسف|اسف)[،,]?\s+)*(?:قصدي|قصدت|[أا]قصد|كنت\s+[أا]قصد)\s+|^(?:و)?نفس\s+السؤال\s+(?:عن\s+|بخصوص\s+|بالنسب[ةه]\s+)?|^و?(?:ماذا|ما)\s+(?:عن|بشأن|بخصوص|حول)\s+|^و?بالنسب[ةه]\s+(?:ل(?!ل)|إلى\s*|الى\s*)?|^و(?:في|فى|عن|بشأن|حول)\s+|^وكذلك\s+(?:في\s+)?|^وب?(?=ال\S{2,})|^و(?=(?:\d|(?:بيان|عام|سنة|سنه)\s+\d))/;
/** "between the 1st and the 2nd…", "…vs…", «بين الأول والثاني»: a comparison that names both its sides. */
const BOTH_SIDES = /\bbetween\b.+\band\b|\bvs\.?\s|\bversus\b|(?:^|\s)بين\s+\S+(?:\s+\S+){0,6}?\s+و\S/iu;
/** A follow-up that asks what changed or differed ("what changed in 2020?", «وكيف اختلف عنه التاسع؟»). */
const CHANGE_EN = /^(?:and\s+|so\s+)?(?:what(?:'s|\s+has|\s+had)?\s+changed|what(?:'s|\s+is|\s+was)\s+(?:new|different)|how\s+(?:did|does|do|has|have|is|was|were)\s+(?:\S+\s+){0,4}?(?:change|changed|differ|different))\b/i;
const CHANGE_AR = /^و?(?:كيف|ما\s+الذي|ماذا|وش|شو|ايش|إيش|ما)\s+(?:اختلف|اختلفت|تغير|تغيرت|تغيّر|تغيّرت|الجديد|الفرق)(?![\u0621-\u064A])/u;
// "and the 2025 one?", «وبيان 2025؟»: a year, or the previous question's thing of that year.
/** "the 2021 one": one of what the previous question named, by its year; asked of with a question word of its own. */
const ONE_BY_YEAR = new RegExp(String.raw`\bthe\s+${YEAR.source}\s+ones?\b`, 'i');
const ASKS_OF_IT = /\b(?:when|where|who|what|which|how)\b/i;
const YEAR_ONLY = /^(?:(?:in|for|at|the\s+year|year|the)\s+){0,2}(?:في\s+)?(?:عام|سنة|سنه|العام|لعام|بيان)?\s*((?:19|20)\d{2})(?:\s+(?:one|statement|edition))?$/i;
// Where the topic of a question starts: the first "on/about…" (English) or «من/عن/بشأن…» (Arabic).
const TOPIC_EN = /\s(?:on|about|regarding|concerning|towards?|with\s+regard\s+to)\s+/i;
const TOPIC_AR = /\s(?:من|عن|بشأن|حول|تجاه|إزاء|ازاء|حيال|بخصوص)\s+/;

export function resolveFollowUp(text: string, previousQuestion: string | undefined): FollowUp {
  const trimmed = text.trim();
  const unchanged = { text, isFollowUp: false };
  if (!previousQuestion?.trim()) return unchanged;
  const previous = previousQuestion.trim();
  // «و شكون…؟», «و الـ GFMD…»: chat writes the conjunction apart from its word.
  // (Digits in the Arabic script read as years and numbers: «طيب وفي ٢٠١٩؟». «طيب شو قال…؟» continues as «وشو…» does.)
  const taken = trimmed.replace(/[?？؟.!]+$/u, '').replace(/[٠-٩]/gu, (d) => String(d.charCodeAt(0) - 0x0660));
  const turned = taken.replace(TAKES_THE_TURN, '').trim();
  const core = (turned !== taken.trim() && /^(?:شو|ايش|إيش|وش|شنو|ماذا|ما|مين|منو|من|متى|امتى|وين|فين|كيف|كم|قديش)\s/u.test(turned) ? `و${turned}` : turned).replace(/^و\s+(?=[\u0621-\u064A])/u, 'و');
  const away = askedOfYearAway(previous, core);
  if (away) return away;
  const then = askedThen(previous, core);
  if (then) return { text: then, isFollowUp: true };
  if (asksOfWhatWasAsked(previous, core)) return leansOn(previous, text, core);
  const asked = whichOneOf(previous, core) ?? moreOf(previous, core) ?? withQuestionWord(previous, core) ?? listOfCounted(previous, core) ?? withNeighbour(previous, core) ?? withNeighbourYear(previous, core);
  if (asked) return { text: asked, isFollowUp: true };
  // "When was the first one held?", "and the last one?": one of what the previous question named.
  // ("when was the 2021 one…?" after "what is the HLOM?": one of them, by its year.)
  // ("and the 2025 one?" alone is the previous question of that year, below.)
  if (ONE_BY_RANK.test(core) || (ONE_BY_YEAR.test(core) && ASKS_OF_IT.test(core))) {
    // "and the second one in 2023?" after "how many pledges at the first GRF in 2019?": that question of it.
    const renumbered = withOrdinal(previous, core.replace(/^(?:and\s+|so\s+)?(?:what\s+about\s+)?/i, ''));
    if (renumbered) return { text: renumbered, isFollowUp: true };
    const thing = rankedThing(previous);
    const one = thing ? RANKED_ONE.exec(core) : null;
    // "where was the 2nd one held, and was it online again?" after "…the 1st gcm regional review conf for the arab
    // region?": "the 2nd gcm regional review conf for the arab region", so that each part of it asks of that one.
    // "and the second one in 2023?" after "…at the first GRF in 2019?": the thing of that year.
    const year = YEAR.exec(core)?.[0];
    const dated = year && thing && YEAR.test(thing);
    const spoken = dated ? text.replace(new RegExp(String.raw`\s*(?:\b(?:in|of|for)\s+)?(?<!\d)${year}(?!\d)`), '') : text;
    if (one && thing) return { text: spoken.replace(RANKED_ONE, `${one[1]} ${dated ? thing.replace(YEAR, year) : thing}`), isFollowUp: true };
    return { text, isFollowUp: true, context: previous };
  }
  // ("and what was the third item on its agenda?": an item's number names no event of its own.)
  const unnumbered = core.replace(ITEM_BY_NUMBER, ' ');
  const ownEvent = ORDINAL_EN.test(unnumbered) || ORDINAL_AR.test(unnumbered) || YEAR.test(core);
  // "…the 2019 statement >> what changed in 2020?", «…الاجتماع الثالث >> وكيف اختلف عنه الاجتماع التاسع؟»: a
  // change asked of another year or meeting compares it with what was asked before.
  // (One that names both sides itself, «الفرق بين الاستعراض الأول والثاني», compares those.)
  if (ownEvent && (CHANGE_EN.test(core) || CHANGE_AR.test(core)) && !BOTH_SIDES.test(core)) {
    // (What changed in one thing against another is what differed: «تغير» alone asks for a timeline.)
    const arabic = /[\u0600-\u06FF]/.test(core);
    return { text: arabic ? `${core.replace(/تغي+ّ?رت?/u, 'اختلف')} مقارنة ب: ${previous}` : `${core}, compared with: ${previous}`, isFollowUp: true };
  }
  // "what is UNRWA? >> what did the 2025 statement say about it?": a turn of its own record whose topic is "it" asks
  // that record of what was asked before (alone, the 2025 statement's points on Gaza answered).
  // (One that names no record of its own leans on the question before as any "it" does, below.)
  if (topicIsIt(core) && (ownEvent || NAMES_EVENT.test(core))) return { text, isFollowUp: true, context: previous };
  const claimOfIt = claimsOfIt(core) && !NAMES_EVENT.test(core) && !ownEvent;
  if (claimOfIt) return claimOfEvent(text, previous) ?? leansOn(previous, text, core);
  // "when was the 9th ARCP mtg held? >> how many palestine refugees did Abu Ghazala say the region hosts?": what someone
  // said, with no occasion of its own, is of the one asked before (alone, another year's figure answered).
  // ("was the 8th meeting online? >> who spoke for IOM": who took part in it, likewise.)
  if ((asksWhatWasSaid(core) || asksWhoTookPart(core)) && !ownEvent && !NAMES_EVENT.test(core) && eventOf(previous) !== undefined) return leansOn(previous, text, core);
  if ((namesByPronoun(unnumbered) || describesWhatWasAsked(core)) && !ownEvent) return leansOn(previous, text, core);
  const alone = core.replace(/^(?:and\s+|so\s+|و)/iu, '');
  const timed = YEAR_ONLY.test(alone) ? undefined : askedAtTime(previous, alone);
  if (timed) return { text: timed, isFollowUp: true };
  const opening = OPENING_EN.exec(core) ?? OPENING_AR.exec(core);
  // («وبالنسبة للاجئين؟»: «لل» is «ل» on the article and stays on its word, as the record writes it.)
  const rest = opening ? core.slice(opening[0].length).trim() : core;
  const yearOnly = YEAR_ONLY.exec(rest);
  if (!opening && !yearOnly) return refersBack(core) ? leansOn(previous, text, core) : unchanged;
  if (refersByRelative(core) && !ownEvent) return leansOn(previous, text, core);
  if (rest === '' || !short(rest)) return unchanged;
  // «وفي أي سنة؟», "and in which year?", «وفي أي اجتماعات تكلمت؟»: a question of what was asked before, not
  // a new topic («أي سنة» put in place of the meeting asked about).
  if (!yearOnly && ASKING_WORD.test(rest) && !ownEvent) return leansOn(previous, text, core);
  if (yearOnly) return { text: withYearAlone(previous, yearOnly[1]!), isFollowUp: true };
  if (ownEvent && asksOfItsOwn(rest)) return unchanged;
  return { text: withOrdinal(previous, rest) ?? withPlace(previous, rest) ?? withOrganisation(previous, rest) ?? withKindOfPrevious(previous, rest) ?? withTopic(previous, rest), isFollowUp: true };
}

/** "And the 10th?" after "When was the 9th meeting held?": the same question of the meeting it numbers. */
function withOrdinal(previous: string, rest: string): string | undefined {
  const pattern = /[\u0600-\u06FF]/.test(rest) ? ORDINAL_AR : ORDINAL_EN;
  const word = pattern.exec(rest);
  // («والـ12؟» after «GFMD العاشرة…»: the number written as digits after the article.)
  const asked = word ?? DIGITS_AR.exec(rest);
  // Only the number, its year («وبالتاني سنة 2023؟» after «…المنتدى العالمي الأول للاجئين 2019؟») and words
  // that name no new topic ("the", "one", "meeting").
  const year = YEAR.exec(rest)?.[0];
  const left = rest.replace(asked?.[0] ?? '', '').replace(YEAR_NAMED, '');
  if (!asked || left.replace(/\b(?:the|one|meeting|session|at|in|for|of|back)\b|لل(?:اجتماع|دورة|دوره)|الاجتماع|الدورة|الدوره/giu, '').trim() !== '') return undefined;
  const n = /\d{1,2}/.exec(asked[0])?.[0];
  // ("GFMD 10 was chaired by whom? >> and the 12th?": a thing numbered by digits after its name.)
  const renumbered = pattern.test(previous)
    ? withoutRelativeTime(previous.replace(pattern, word ? asked[0] : n!))
    : n !== undefined && NUMBERED.test(previous) ? previous.replace(NUMBERED, `$1${n}`) : undefined;
  return renumbered && year ? withYear(renumbered, year) : renumbered;
}
const DIGITS_AR = /(?<![\u0621-\u064A\d])(?:ال(?:ـ)?\s?)(\d{1,2})(?!\d)/u;
/** "GFMD 10", "GRF 2", «الدورة 12»: a thing numbered by digits after its name. */
const NUMBERED = /(\b(?:GFMD|GRF|IMRF|HLOM)\s+|(?<![\u0621-\u064A])(?:ال)?(?:دور[ةه]|اجتماع|منتدى)\s+)\d{1,2}(?!\d)/u;
const YEAR_NAMED = new RegExp(String.raw`(?:\b(?:the\s+)?year\s+|(?:في\s+)?(?:سن[ةه]|عام|لعام)\s+)?${YEAR.source}`, 'iu');

/**
 * A short question whose subject is a pronoun: "who opened it?", "when was it held?", «ومين افتتحه؟»,
 * «وما أهدافه؟» (the pronoun joined to its last word).
 */
function namesByPronoun(core: string): boolean {
  const words = core.split(/\s+/);
  if (/[\u0600-\u06FF]/.test(core)) {
    if (words.length === 1 && BARE_QUESTION_AR.test(core)) return true;
    // «كل قديش بينعقد؟», «متى يُعقد؟», «وأين عُقد؟», «صدر إمتى؟»: a verb carries its subject, asked with a
    // question word and no noun of its own.
    const verbOnly = words.some((w) => QUESTION_WORD_AR.test(w)) && !words.some((w) => /^(?:و|ب|ل|ف)?ال/u.test(w));
    if (words.length <= 3 && (verbOnly || /[\u0621-\u064A]{3,}(?:ه|ها|هم)$/u.test(words.at(-1)!) || words.some((w) => PRONOUN_AR.has(w))) && !/^ال/u.test(words.at(-1)!)) return true;
    // «شو كانت توصياته وقراراته؟», «ومين حضرها من الوزراء؟», «صح انه انعقد حضوري بالقاهره؟»: a longer question
    // whose subject is a pronoun on its nouns or verbs, naming no event of its own.
    return words.length <= MAX_PRONOUN_WORDS && words.some((w) => OWNED_AR.test(w)) && !NAMES_EVENT.test(core);
  }
  if (words.length <= MAX_FOLLOW_UP_WORDS) return PRONOUN_EN.test(core) || /\bones\b/i.test(core) || BARE_QUESTION_EN.test(core);
  // "how many migrants did he say the region hosted?", "what were the six priority areas it identified?": a
  // longer question whose subject is a pronoun, naming nothing of its own (no name, no acronym).
  // A place or a month names no subject: "…what global event in Geneva was it getting states ready for?",
  // "what did they say about crossings to Europe?".
  const namesSubject = (w: string) => /^[A-Z]/.test(w) && !PLACE_WORDS.has(w.toLowerCase().replace(/[^a-z]/g, ''));
  // The process and the League are who acts, not what "it" stands for: "how did the ARCP prepare for it?"
  // after the first IMRF asks of the IMRF.
  // "under which UNGA resolution was it held?": what follows "which" is the kind of answer asked, not its subject.
  const own = core.replace(KIND_ASKED_OF_IT, '').replace(/\b(?:ARCP|LAS)\b/g, '');
  // "what did she say the GCM should cover?": "she" is a person named before, whatever compact it asks about.
  const ofAPerson = PERSON_PRONOUN_EN.test(core) && !own.split(/\s+/).slice(1).some((w) => namesSubject(w) && !/^[A-Z]{2,}\W*$/.test(w));
  return words.length <= MAX_PRONOUN_WORDS && ((PRONOUN_EN.test(core) && !ACRONYM.test(own) && !own.split(/\s+/).slice(1).some(namesSubject)) || ofAPerson);
}
const PERSON_PRONOUN_EN = /\b(?:she|he|her|his|him)\b/i;
const MAX_PRONOUN_WORDS = 12;
const KIND_ASKED_OF_IT = /\b(?:which|what)\s+(?:[\w'-]+\s+){1,4}?(?=(?:was|were|is|are|did|does|do|has|have|had)\s+(?:it|they|she|he)\b)/i;
/**
 * A word with a pronoun on it that cannot be a feminine ending written «ه» (as «القاهره», «عربيه» are): «حضرها»,
 * «أهدافهم», a plural's «توصياته», or «إنه/أنها» ("that it").
 */
const OWNED_AR = /^(?:و|ف|ب|ل)?(?:[\u0621-\u064A]{2,}(?:ها|هم|هن|هما)|[\u0621-\u064A]{2,}اته|[إأا]ن(?:ه|ها)|[أا]عماله)$/u;
const PLACE_WORDS = new Set([...CITIES_EN.flatMap((c) => c.split(' ')), ...MONTHS_EN.split('|'), 'europe', 'africa', 'asia', 'america', 'arab', 'mediterranean', 'gulf']);

/**
 * "And where?" after "When was the GCM adopted?": the previous question asked again with this question word
 * ("Where was the GCM adopted?"), when it opens with one; otherwise the previous question is its context.
 */
function withQuestionWord(previous: string, core: string): string | undefined {
  const arabic = /[\u0600-\u06FF]/.test(core);
  const bare = (arabic ? BARE_QUESTION_AR : BARE_QUESTION_EN).exec(core);
  const opening = (arabic ? OPENING_QUESTION_AR : OPENING_QUESTION_EN).exec(previous);
  if (!bare || !opening) return undefined;
  const word = bare[1]!;
  return `${opening[1] ?? ''}${arabic ? word : word[0]!.toUpperCase() + word.slice(1)}${previous.slice(opening[0].length)}`;
}
const OPENING_QUESTION_EN = /^(?:when|where|who|whom|why|how\s+many|how\s+often|how)(?=\s)/i;
const OPENING_QUESTION_AR = /^(و?)(?:متى|امتى|إمتى|[أا]ين|وين|فين|من|مين|منو|لماذا|ليش|ليه|كيف|كم)(?=\s)/u;

/**
 * "Which ones?", «مين هي؟» after "How many member states does the ARCP have?": the list of what was counted
 * ("Which member states does the ARCP have?", «ما هي الدول الأعضاء في العملية؟»).
 */
function listOfCounted(previous: string, core: string): string | undefined {
  if (/[\u0600-\u06FF]/.test(core)) {
    if (!WHICH_ONES_AR.test(core)) return undefined;
    const count = /^(و?)(?:كم|كام|قديش|قداش|شحال)\s+(?:عدد\s+)?/u.exec(previous);
    return count ? `${count[1]}ما هي ${previous.slice(count[0].length)}` : undefined;
  }
  if (!WHICH_ONES_EN.test(core)) return undefined;
  return /^how\s+many\b/i.test(previous) ? previous.replace(/^how\s+many\b/i, 'Which') : undefined;
}
const WHICH_ONES_EN = /^(?:and\s+)?(?:which|what)\s+(?:ones|are\s+they|were\s+they)$|^(?:can\s+you\s+)?(?:name|list)\s+them(?:\s+please)?$/i;
const WHICH_ONES_AR = /^و?(?:مين|من|ما|شو|ايش|إيش|وش|شنو|شنهي)\s+(?:هي|هم|هن)$|^و?(?:عددها|عددهم|سمها|سمهم|سميها)$/u;

/** "the 2nd one": a thing named by its rank, the number written as chat writes it. */
const RANKED_ONE = /\b(\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth)\s+one\b/i;
/** "…the 1st gcm regional review conf for the arab region?": what the previous question ranks, up to its verb. */
const RANKED_THING = /\b(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh)\s+((?:(?!(?:was|were|is|are|held|adopted|opened|convened|took|take|happen\w*|issued|called)\b)[\w'-]+\s*){1,8})/i;

function rankedThing(previous: string): string | undefined {
  const thing = RANKED_THING.exec(previous.replace(/[?.!]+\s*$/u, ''))?.[1]?.trim();
  return thing && !/^(?:one|ones)$/i.test(thing) ? thing : undefined;
}

/** A preposition with a pronoun, on its own: «فيه», «عنه», «منها» (what was asked before). */
const REFERS_BACK_AR = /(?<![\u0621-\u064A])(?:في|عن|من|عل|ب|ل)(?:ه|ها|هم)(?![\u0621-\u064A])/u;

/**
 * A short question that points back to what was asked («وأين عقد هذا الاجتماع؟», «وشو كان موقفهم من الأونروا
 * فيه؟»), or opens with "and" on its question word («وكم عدد الدول المشاركة؟», "and who hosted it?"), naming
 * no meeting or year of its own.
 */
function refersBack(core: string): boolean {
  const refers = pointsBack(core) || REFERS_BACK_AR.test(core) || CONJOINED_QUESTION.test(core);
  // "…how many Palestine refugees did Abu Ghazaleh mention there?", «ومن تحدث فيه من المنظمة الدولية للهجرة؟»:
  // a longer question that says "there" or «فيه» of the event asked before is about it too.
  // One that names an event of its own («وأين عُقدت دورة المنتدى العالمي المذكورة فيها؟») asks of that event.
  // "Who from IOM spoke at that meeting?", "where and when was that forum held?": the event pointed at is the
  // one asked before, not one of its own (the word "meeting" vetoed it).
  const pointed = POINTED_EVENT.test(core);
  // («ومين كانت ماسكة رئاسة المنتدى وقتها؟», "who chaired the forum then?": the forum by its kind alone, at the time
  // of what was asked before, is that one.)
  // («وأنهي اجتماع من اجتماعات العملية اللي جهّز الدول له؟», "which of the ARCP meetings got states ready for it?": the
  // kind asked for is what is asked, not an event named; «له» is what was asked before.)
  const atIt = AT_IT.test(core);
  const own = core.replace(POINTED_EVENT, ' ').replace(atIt ? BARE_KIND : /$^/u, ' ').replace(KIND_ASKED_FOR, ' ');
  const pointing = atIt || pointed || (REFERS_BACK_AR.test(core) && KIND_ASKED_FOR.test(core));
  const about = (short(core) && refers) || (core.split(/\s+/).length <= MAX_POINTING_WORDS && pointing && !NAMES_EVENT.test(own));
  return about && !ORDINAL_EN.test(core) && !ORDINAL_AR.test(core) && !YEAR.test(core);
}

/** «أي اجتماع», «أنهي دورة من دورات المنتدى»: the kind of event a "which" question asks for. */
const KIND_ASKED_FOR =
  /(?<![\u0621-\u064A])و?(?:أي|اي|أية|اية|أنهي|انهي|ياتو|اينا)\s+(?:ال)?(?:اجتماع|دور[ةه]|منتدى|مؤتمر|بيان|مشاور[ةه])(?:\s+من\s+(?:ال)?(?:اجتماعات|دورات|منتديات|مؤتمرات|بيانات)(?:\s+ال[\u0621-\u064A]+)?)?(?![\u0621-\u064A])/u;

/** "There", "at it", "at that meeting", «فيه», «خلالها», «في ذلك الاجتماع»: the place or time of what was asked before. */
const AT_IT =
  /\b(?:there|then|at\s+it|in\s+it|during\s+it|at\s+that\s+(?:meeting|session|event|time)|in\s+that\s+(?:meeting|session|statement))\b|(?<![\u0621-\u064A])(?:فيه|فيها|خلاله|خلالها|حينها|آنذاك|انذاك|وقتها)(?![\u0621-\u064A])|(?:في|خلال)\s+(?:ذلك|هذا|نفس)\s+(?:ال)?(?:اجتماع|الاجتماع|الدور[ةه]|البيان)/iu;
const MAX_POINTING_WORDS = 12;
/** "That meeting", "this forum", «ذلك الاجتماع», «الاجتماع نفسه»: an event named only by pointing at it. */
const POINTED_EVENT =
  /\b(?:that|this|the\s+same)\s+(?:forum|session|meeting|conference|summit|review|statement|consultation|event)\b|(?<![\u0621-\u064A])و?(?:ذلك|هذا|هذه|تلك|هداك|هديك|هذاك|هذيك|نفس)\s+(?:ال)?(?:منتدى|دور[ةه]|اجتماع|مؤتمر|قم[ةه]|استعراض|بيان|مشاور[ةه])(?![\u0621-\u064A])|(?<![\u0621-\u064A])(?:ال)?(?:منتدى|دور[ةه]|اجتماع|مؤتمر|قم[ةه]|استعراض|بيان|مشاور[ةه])\s+(?:ذاته|ذاتها|نفسه|نفسها)(?![\u0621-\u064A])/iu;
/** An event named by its kind alone, with nothing after it that says which: "the forum", «المنتدى» (not «المنتدى العالمي»). */
const BARE_KIND =
  /\bthe\s+(?:forum|session|meeting|conference|summit|review)\b(?!\s+(?:of|on|for|in)\b|\s+[A-Z])|(?<![\u0621-\u064A])ال(?:منتدى|دور[ةه]|اجتماع|مؤتمر|قم[ةه]|استعراض)(?![\u0621-\u064A])(?!\s+(?:ال|لل)[\u0621-\u064A])/gu;
const NAMES_EVENT =
  /\b(?:forum|session|meeting|conference|summit|review|statement|consultation)s?\b|(?<![\u0621-\u064A])(?:ال)?(?:منتدى|دور[ةه]|اجتماع|مؤتمر|قم[ةه]|استعراض|بيان|مشاور[ةه])(?![\u0621-\u064A])/iu;

/** A question word with "and" on it: «وكم», «ومتى», «وهل», "and how many", "and did"; «وكان…؟» asks as «وهل كان…؟». */
const CONJOINED_QUESTION =
  /^(?:و(?:كم|كام|قديش|شحال|متى|امتى|إمتى|أين|اين|وين|فين|من|مين|منو|شكون|ما|ماذا|شو|ايش|وش|شنو|اشنو|هل|كيف|ليش|لماذا|كان|كانت)(?![\u0621-\u064A])|and\s+(?:how|what|when|where|who|which|why|did|was|were|is|are)\b)/iu;

const short = (core: string) => core.split(/\s+/).length <= MAX_FOLLOW_UP_WORDS;

/** A question word opening what follows "and in…", «وفي…». */
const ASKING_WORD = /^(?:which|what|whose|when|where|who|how)\b|^(?:أي|اي|أية|اية|ايش|إيش|شو|وش|شنو|ما|ماذا|متى|امتى|كم|قديش|مين|منو)(?![\u0621-\u064A])/iu;

/** "And where?", «ووين؟», «ومتى؟»: the previous question asked again with another question word. */
const BARE_QUESTION_EN = /^(?:and\s+)?(when|where|who|why|how many|how)$/i;
const BARE_QUESTION_AR = /^و?(متى|امتى|إمتى|وقتاش|وقتيش|أين|اين|وين|فين|من|مين|منو|شكون|لماذا|ليش|ليه|علاش|كيف|كم|قديش)$/u;
const QUESTION_WORD_AR = /^و?(?:متى|امتى|إمتى|وقتاش|وقتيش|أين|اين|وين|فين|من|مين|منو|لماذا|ليش|ليه|كيف|كم|قديش|قداش|شحال|شو|ايش|إيش|وش|ماذا)$/u;
/** «مين هي؟», «شو هي؟»: a pronoun standing for what the previous question named. */
const PRONOUN_AR = new Set(['هي', 'هو', 'هم', 'هن', 'هما']);

function withTopic(previous: string, topic: string): string {
  const { body, mark } = splitMark(previous);
  const at = TOPIC_EN.exec(body) ?? TOPIC_AR.exec(body);
  if (!at) return `${body} — ${topic}${mark}`;
  return `${body.slice(0, at.index + at[0].length)}${topic}${mark}`;
}
