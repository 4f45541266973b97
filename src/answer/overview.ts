import { normalizeForMatch } from '../text/normalize.js';
import type { QuestionAnalysis } from '../question/types.js';
import type { QuestionConcept } from './question-terms.js';
import { FULL_TEXT, type AnswerPlan } from './answer-plan.js';
import { announces } from './layouts.js';
import { overlaps, restates } from './quote-overlap.js';
import { byScore, substantive } from './supports.js';
import type { ScoredUnit } from './unit-scoring.js';
import { isListPassage, unitPassage, unitText } from './units.js';
import { titleIn } from '../ingest/types.js';
import type { Lang } from '../channel/types.js';
import { phraseKey } from '../retrieval/question-filters.js';

/** Quotes beside a record's opening when a thing is asked about as a whole: its main points. */
const MAIN_POINTS = 2;
/** Points quoted for what a record said, when it has no list of them. */
const CONTENT_POINTS = 3;
/** A record is the one asked when one of its units (with its title and heading) holds this share of the best unit's coverage. */
const RECORD_COVERAGE = 0.9;
/** A list item of fewer words is a heading or a fragment, not a point made. */
const LIST_SENTENCE_WORDS = 8;

/**
 * The kind of record a question names, and the document types that are such a record: "the 2019 World Refugee
 * Day statement" is the statement of 2019, not the 5th meeting's report of that year, which agreed it.
 */
const RECORD_KINDS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/\bstatements?\b|\bdeclaration\b|\bcommuniqu|(?:^|\s)(?:ال)?بيان(?![\u0621-\u064A])|(?:^|\s)(?:ال)?اعلان(?![\u0621-\u064A])/u, ['annual-statement', 'final-statement']],
  [/\bposition(?:\s+papers?)?\b|(?:^|\s)ورق[هة]\s+(?:ال)?موقف|(?:^|\s)(?:ال)?موقف\s+(?:ال)?عربي/u, ['position-paper']],
  [/\brecommendations\b|\bkey\s+messages\b|(?:^|\s)(?:ال)?(?:توصيات|رسائل)(?![\u0621-\u064A])/u, ['recommendations']],
  [/\bcontributions?\b|(?:^|\s)(?:ال)?مساهم[هة]/u, ['contribution']],
  [/\bmeetings?\b|\bconsultations?\b|\bconferences?\b|\breviews?\b|(?:^|\s)(?:ال)?(?:اجتماع|مشاور|مؤتمر|استعراض)/u, ['meeting-report']],
];

/**
 * The record asked about: a document that fits the meeting, session or year named, of the kind named first
 * that one such document is (the statement before the meeting that agreed it), the best-scored of those.
 */
function namedRecord(units: readonly ScoredUnit[], fit: ReadonlyMap<string, number>, question: string): string | undefined {
  // It is named as fully as anything at hand is: "the Arab Expatriate Day statement of 2024" is not the World
  // Refugee Day one of that year, which holds "statement" and "2024" only (0.46 of the question, where the
  // compilation of Expatriate Day statements holds 0.78). Relative, since dialect names the record loosely
  // («بيان يوم اللاجئ ٢٠١٨»: 0.49 at best).
  const best = Math.max(0, ...units.filter(substantive).map((s) => s.coverage));
  const named = new Set(units.filter((s) => s.coverage >= RECORD_COVERAGE * best).map((s) => s.documentId));
  const ofEvent = units.filter((s) => substantive(s) && named.has(s.documentId));
  const text = normalizeForMatch(question);
  const kinds = RECORD_KINDS.map(([re, types]) => ({ at: re.exec(text)?.index ?? -1, types })).filter((k) => k.at >= 0).sort((a, b) => a.at - b.at);
  const fitting = ofEvent.filter((s) => (fit.get(s.documentId) ?? 1) > 1).sort(byScore);
  for (const { types } of kinds) {
    const ofKind = fitting.find((s) => types.includes(unitPassage(s.unit).meta.type));
    if (ofKind) return ofKind.documentId;
  }
  // "What did the 2022 World Refugee Day statement say?": no statement of 2022 is on record, and the 8th
  // meeting's report of that year is not it.
  return kinds.length > 0 ? undefined : fitting[0]?.documentId;
}

/** The record's own note that what it said is not on record («مضمون الموقف العربي… غير متوفر»): then it says so. */
// ("The agenda and outcome of the 1st ARCP meeting are not in this corpus": what it decided is not held either.)
const CONTENT_ABSENT = /\b(?:contents?|outcomes?|outputs?)\b|(?:^|\s)(?:ال)?(?:مضمون|محتوي|فحوي|مخرجات|نتائج)(?![\u0621-\u064A])/u;
/** …not a note that only the rest of it is missing ("the rest of its content is not in this corpus"). */
const PART_OF_IT = /\b(?:rest|part|parts|partial|partly)\b|(?:^|\s)(?:ال)?(?:بقي[هة]|باقي|جزء|جزءا)(?![\u0621-\u064A])/u;
/** …nor one that only its full text is missing ("the full texts of the 3rd meeting's outputs…", «نصوص مخرجات… الكاملة»). */
const TEXTS_ONLY = /\bfull\s+texts?\b|(?:^|\s)(?:ال)?(?:نصوص|نص)(?![\u0621-\u064A])[^.]*?(?:ال)?كامل[هة]?(?![\u0621-\u064A])/u;
const contentAbsent = (text: string) => {
  const norm = normalizeForMatch(text);
  return CONTENT_ABSENT.test(norm) && !PART_OF_IT.test(norm) && !TEXTS_ONLY.test(norm);
};

/**
 * The act a question asks of the record, when it is more than saying ("discuss", "produce", "call for",
 * «ناقش»), as the record would write it: a sentence or list of the record that does it answers. (A numbered
 * decision, "under decision 7833", is the basis the record cites, not what it decided.)
 */
const ACTS: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/\bdiscuss/, /\bdiscuss/], [/\bproduc/, /\bproduc|\boutputs?\b/], [/\b(?:came|come|comes)\s+out\s+of\b/, /\bproduc|\boutputs?\b|\badopted\b|\bissued\b/], [/\bcover/, /\bcover/], [/\baddress/, /\baddress/], [/\badopt/, /\badopt/],
  [/\bagree/, /\bagree/], [/\brecommend/, /\brecommend/], [/\bcall(?:ed|s)?\s+for\b/, /\bcall(?:ed|s)?\s+(?:[^\s.;,]+\s+){0,6}?for\b/], [/\bfocus/, /\bfocus|\bhighlight|\bdrew\s+attention\b/],
  [/\b(?:aim|purpose|goal|objective)/, /\baim|\bpurpose|\bgoal|\bsought\s+to/], [/\bpropos/, /\bpropos/], [/\bdecid/, /\bdecid|\bdecisions?\b(?!\s+(?:no\.?\s*)?\d)/], [/\bconclu/, /\bconclu/], [/\bhighlight/, /\bhighlight/],
  [/(?:^|\s)ناقش/u, /(?:^|\s)(?:و|ف)?(?:ناقش|تناول)/u], [/(?:^|\s)تناول/u, /(?:^|\s)(?:و|ف)?(?:تناول|ناقش)/u], [/(?:^|\s)اعتمد/u, /(?:^|\s)(?:و|ف)?اعتمد/u],
  // What a record focused on is what it highlighted: «على ماذا ركّز بيان 2023؟», «سلّط بيان عام 2023 الضوء على أزمة السودان».
  [/(?:^|\s)(?:ركز|سلط)/u, /(?:^|\s)(?:و|ف)?(?:ركز|سلط)/u],
  // What a record called for is what it called for in any of the verbs of calling: «دعت…», «طالبت…», «حثّت…», «ناشدت…».
  [/(?:^|\s)(?:ب?ماذا|بما|الام)\s+(?:طالب|دعا|دعت)/u, /(?:^|\s)(?:و|ف)?(?:دعا|دعت|دعوا|طالب|طالبت|حث|حثت|ناشد|ناشدت)(?![\u0621-\u064A])/u],
];
function actAsked(question: string): RegExp | undefined {
  const text = normalizeForMatch(question);
  return ACTS.find(([asked]) => asked.test(text))?.[1];
}

/** The points a record makes: what it said, called for, aimed at, in its own order; no short list fragment. */
function pointsOf(sentences: readonly ScoredUnit[]): ScoredUnit[] {
  // A short item of a list read alone ("Support to host countries and communities.") says nothing of its
  // own; a numbered point that is a sentence ("1. The ARCP member-state representatives affirmed…") does.
  const fragment = (s: ScoredUnit) => isListPassage(unitPassage(s.unit)) && unitText(s.unit).split(/\s+/).length < LIST_SENTENCE_WORDS;
  // By the evidence of a position, in the record's order (by relevance, sentences that repeat the event's
  // name came first: "…was held under decision 7833" before what the meeting was for).
  return sentences.filter((s) => substantive(s) && !fragment(s)).sort((a, b) => b.evidence[0]! - a.evidence[0]! || a.unit.order - b.unit.order);
}

function distinct(chosen: ScoredUnit[], candidates: readonly ScoredUnit[], max: number): ScoredUnit[] {
  for (const s of candidates) {
    if (chosen.length >= max) break;
    if (!chosen.some((q) => q === s || overlaps(q, s) || restates(q, s))) chosen.push(s);
  }
  return chosen;
}

/**
 * A record asked about as a whole (question/overview.ts). "Tell me about the 6th meeting", «حدثني عن الاجتماع
 * السادس»: the record opens with what the event was, when and where, and its main points follow — scored
 * alone, the three calls of its closing statement led and the year it was held was never said. "What did the
 * 2019 World Refugee Day statement say?": its points, the whole list of them when the record has one — scored
 * alone, "it was distributed on 19 June" and the 5th meeting's agenda led. Undefined when no record fits a
 * named event ("tell me about the GFMD" is answered as any other question).
 */
export function planOverview(units: readonly ScoredUnit[], fit: ReadonlyMap<string, number>, analysis: QuestionAnalysis): AnswerPlan | undefined {
  const record = namedRecord(units, fit, analysis.text);

  if (!record) return undefined;
  const own = units.filter((s) => s.documentId === record);
  const sentences = own.filter((s) => s.unit.kind === 'sentence');
  const points = pointsOf(sentences);
  if (analysis.overview === 'contents') {
    if (own.some((s) => s.unit.note === 'absence' && contentAbsent(unitText(s.unit)))) return undefined;
    // "What did the 6th meeting discuss?": the sentence that says what it discussed, before any list of its.
    const act = actAsked(analysis.text);
    // A list does it when its heading or the line announcing it says so ("What the closing statement called
    // for", "…produced three outputs:"), not when one of its points does.
    const says = (s: ScoredUnit) => act!.test(normalizeForMatch(s.unit.kind === 'list' ? unitText(s.unit).split('\n')[0]! : unitText(s.unit)));
    const doing = act ? own.filter((s) => substantive(s) && says(s)).sort((a, b) => a.unit.order - b.unit.order) : [];
    if (doing.length > 0) return { layout: 'lead', quotes: distinct([], doing, CONTENT_POINTS), gaps: textAbsent(own, analysis) };
    const list = own.filter((s) => substantive(s) && s.unit.kind === 'list').sort(byScore)[0];
    // Without a list, its points as it makes them, in its order: that it was issued says nothing of what it
    // said, and the verbs of a point are many ("highlighted the Sudan crisis").
    const said = points.filter((s) => !announces(unitText(s.unit))).sort((a, b) => a.unit.order - b.unit.order);
    const quotes = list ? [list] : distinct([], said, CONTENT_POINTS);
    return quotes.length > 0 ? { layout: 'lead', quotes, gaps: textAbsent(own, analysis) } : undefined;
  }
  // The record's first sentence says what the event was even when it adds what is not known of it
  // («عُقد الاجتماع السادس… على الأرجح عام 2020، إلا أن تاريخه الدقيق غير مؤكد…»).
  const opening = sentences.filter((s) => substantive(s) || s.unit.note === 'absence').reduce<ScoredUnit | undefined>((first, s) => (!first || s.unit.order < first.unit.order ? s : first), undefined);
  return opening ? { layout: 'lead', quotes: distinct([opening], points, 1 + MAIN_POINTS), gaps: [] } : undefined;
}

/** "…say? I need the full text": the record's note that its full text is not held, when the text is asked for. */
function textAbsent(own: readonly ScoredUnit[], analysis: QuestionAnalysis): ScoredUnit[] {
  if (!analysis.asksForText) return [];
  return own.filter((s) => s.unit.note === 'absence' && FULL_TEXT.test(unitText(s.unit))).slice(0, 1);
}

/**
 * "What is the GCR?": when the lead is another document's sentence that does not say what the thing is ("The
 * Global Refugee Forum (GRF) is the main follow-up mechanism of the Global Compact on Refugees": another
 * subject) and the collection has a reference record
 * named by what is asked (its title holds the name or its expansion), that record's opening says what the
 * thing is: "The Global Compact on Refugees (GCR) was presented in…", "The UN General Assembly affirmed the
 * GCR on 17 December 2018…".
 */
export function planDefinition(plan: AnswerPlan, units: readonly ScoredUnit[], names: readonly string[], lang: Lang): AnswerPlan {
  const lead = plan.quotes[0];
  const plain = (text: string) => phraseKey(text).trim().replace(/^the /, '');
  const forms = names.map(plain).filter((f) => f.length >= 3);
  // A reference whose title opens with the name ("The Global Compact on Refugees (2018)"), not one naming it later.
  const titled = (s: ScoredUnit) => {
    const meta = unitPassage(s.unit).meta;
    const title = `${plain(titleIn(meta, lang))} `;
    return meta.type === 'reference' && forms.some((f) => title.startsWith(`${f} `));
  };
  const record = units.find((s) => substantive(s) && titled(s))?.documentId;
  if (!record || !lead || lead.documentId === record) return plan;
  // Not when the lead's subject is the thing ("The Arab Regional Consultative Process… (ARCP) is a mechanism…").
  const subject = ` ${plain(unitText(lead.unit).split(/\b(?:is|are|was|were)\b/)[0] ?? '')} `;
  if (forms.some((f) => subject.includes(` ${f} `))) return plan;
  const own = units.filter((s) => s.documentId === record && substantive(s) && s.unit.kind === 'sentence').sort((a, b) => a.unit.order - b.unit.order);
  const quotes = distinct([], own, DEFINITION_SENTENCES);
  return quotes.length > 0 ? { layout: 'lead', quotes, gaps: [] } : plan;
}
/** Sentences of a reference record's opening that say what its subject is. */
const DEFINITION_SENTENCES = 2;

/** "What is the GCR?": the one thing a definition asks of, by all its names; none when it asks more ("the theme of GFMD 14"). */
export function definedName(concepts: readonly QuestionConcept[], analysis: QuestionAnalysis): string[] {
  const things = concepts.filter((c) => !c.kind);
  const { ordinals, years } = analysis.entities;
  return things.length === 1 && ordinals.length === 0 && years.length === 0 ? [things[0]!.source, ...things[0]!.targets] : [];
}
