import type { Lang } from '../channel/types.js';
import { titleIn } from '../ingest/types.js';
import type { QuestionAnalysis } from '../question/types.js';
import { arabicRootKeys } from '../text/arabic-root.js';
import { normalizeForMatch } from '../text/normalize.js';
import { isArabicWord, tokenize } from '../text/tokenize.js';
import { answerEvidence, asksForBodies } from './answer-evidence.js';
import { asksWhichStateItIs } from './countries.js';
import { asksTheTheme } from './theme-asked.js';
import { datePrecision, type DatePrecision } from './date-evidence.js';
import { namesEvent } from './named-event.js';
import { askedActs, askedActVerbs, namesAct } from './predicate.js';
import { quoteFit, yearsSaidOf } from './document-facts.js';
import { conceptTerms, questionTerms, sentenceStems, stemsOf, termMatches, type QuestionConcept, type Term, type TermPair } from './question-terms.js';
import { FOCUS_WEIGHT, focusedConcepts, focusUnheld } from './focus-terms.js';
import { unitPassage, unitText, type Unit } from './units.js';
import { askedWords } from './asked-words.js';

/** A unit with what the composer knows of it. */
export interface ScoredUnit {
  unit: Unit;
  documentId: string;
  /** Concepts of the question found in the unit's own words (indices into the question's terms). */
  matched: Set<number>;
  /** Concepts found anywhere it is read through: its words, the sentence it refers back to, its title and heading. */
  reached: Set<number>;
  /** Of those, the concepts found only in its title or heading. */
  titled: Set<number>;
  /**
   * Concepts its own words say in another form of the same Arabic root («قُدّم» for «تقدم»): not matched, as such a
   * root may join other meanings, but no concept a quote beside it adds (supports.ts).
   */
  rooted: Set<number>;
  /** Share of the question's idf-weighted concepts in the unit (context words count half), in [0, 1]. */
  coverage: number;
  /** Share of the question's concepts in the unit's own words only. */
  textCoverage: number;
  /** How relevant the retriever found the unit's passage (or its document), in [0, 1]. */
  prior: number;
  /** How well the unit fits the meetings and years asked (quoteFit), around 1. */
  fit: number;
  /** The unit's own words name what the question says it is about ("…about Gaza?"); true when it says nothing. */
  onFocus: boolean;
  /** Coverage weighed by the prior and the fit. */
  relevance: number;
  /** Evidence per asked type (answer-evidence.ts). */
  evidence: number[];
  /** relevance × (1 + evidence for the main type, with a little for the others). */
  score: number;
  /** How finely the unit dates what was asked, when "when" is asked (date-evidence.ts). */
  dated?: DatePrecision;
  /** The learned ranker's probability that the unit holds a fact asked for (unit-ranker.ts), when one is shipped. */
  probability?: number;
  /** The ranker's features (unit-features.ts), for the training script. */
  features?: number[];
}

export interface ScoringInput {
  analysis: QuestionAnalysis;
  /** Question texts to take terms from (the question as asked, and as the retriever understood it). */
  questions: string[];
  /** What the question points back to (the question before it): its terms weigh {@link CONTEXT_TERM_WEIGHT}. */
  context?: string[];
  lang: Lang;
  /** The question's concepts with their other forms (from the retriever), when it has them. */
  concepts?: (question: string) => readonly QuestionConcept[];
  /** Prior in [0, 1] of a unit's passage: how relevant the retriever found it (or its document). */
  prior: (unit: Unit) => number;
  /** How much a unit's document is the one asked for, in (0, 1] ("the latest": older ones less); 1 when unsaid. */
  documentWeight?: (unit: Unit) => number;
}

export interface Scored {
  units: ScoredUnit[];
  /** How many concepts the question has. */
  termCount: number;
  /** Per concept, whether it is an act asked about ("chaired", «افتتح»: predicate.ts) rather than a thing named. */
  acts: boolean[];
  /** Per concept, whether it is of the question's frame ("which year", "which agencies": answer-kind.ts). */
  kinds: boolean[];
  /** Per concept, whether it names a kind of event ("the regional consultations": named-event.ts). */
  events: boolean[];
}

/** The question's concepts, one pair of terms each, without repeats across the question texts. */
function termsOf(input: ScoringInput): TermPair[] {
  const seen = new Set<string>();
  const out: TermPair[] = [];
  // "GRF 2" is the 2nd GRF, an ordinal the question names (understand.ts): its bare 2 is no word to find
  // ("US$2.2 billion" held it, and the pledges led for "when was GRF 2?").
  const ordinal = (c: QuestionConcept) => /^\d{1,2}$/.test(c.source) && input.analysis.entities.ordinals.includes(Number(c.source));
  const texts = [...input.questions.map((q) => ({ q, weight: 1 })), ...(input.context ?? []).map((q) => ({ q, weight: CONTEXT_TERM_WEIGHT }))];
  for (const { q, weight } of texts) {
    const pairs = input.concepts ? conceptTerms(input.concepts(q).filter((c) => !ordinal(c)), q) : questionTerms(q).map((own) => ({ own, other: own }));
    for (const pair of pairs) {
      const key = JSON.stringify([pair.own?.alternatives, pair.other?.alternatives]);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(weight === 1 ? pair : weighed(pair, weight));
    }
  }
  return out;
}

/**
 * A term of what the question points back to counts this much: it says which event is asked about, while the
 * question's own words say what of it ("who from ESCWA spoke at that meeting?" after the meeting that prepared
 * the IMRF: the meeting's own words chose its opening by another speaker).
 */
const CONTEXT_TERM_WEIGHT = 0.5;

function weighed(pair: TermPair, factor: number): TermPair {
  const scale = (t?: Term) => t && { ...t, weight: t.weight * factor };
  return { ...pair, own: scale(pair.own), other: scale(pair.other) };
}

/** Idf of each term over the candidate units: a term in every unit tells them apart no better than none. */
function idfs(terms: ReadonlyArray<Term | undefined>, stems: readonly ReadonlySet<string>[]): number[] {
  return terms.map((t) => {
    if (!t) return 0;
    const df = stems.filter((s) => termMatches(t, s)).length;
    return t.weight * Math.log(1 + (stems.length + 1) / (df + 0.5));
  });
}

/** A concept named only in the document's title or the passage heading counts half. */
const CONTEXT_WEIGHT = 0.5;
/** A concept named in the sentence a quote refers back to ("It was held…") counts almost fully. */
const ANTECEDENT_WEIGHT = 0.8;
const EVIDENCE_WEIGHT = 0.8;
const OTHER_TYPES_WEIGHT = 0.25;
const UNTYPED_WEIGHT = 0.3;

/**
 * A broken plural of the question an Arabic unit holds only through its root («الأعضاء» asked, «22 دولة
 * عضواً» written): part of its weight. Every word of the form must be there, by a stem or, for a plural of
 * the pattern أفعال (أعضاء، أهداف، أطراف، أسباب), by its root. Other words keep to their stems: through a
 * root «أنشأ» would find every «إنشاء هيئات».
 */
const ROOT_WEIGHT = 0.5;
const BROKEN_PLURAL = /^ا[^ا]{2}ا[^ا]$/u;

function arabicRoots(stems: ReadonlySet<string>): Set<string> {
  return new Set([...stems].filter(isArabicWord).flatMap((s) => arabicRootKeys(s)));
}

/**
 * A verb with its object pronoun («ومن افتتحه؟», «من نظّمها؟», «ترأسه»): the act asked about a thing named
 * before, which the record mostly writes as a noun («في افتتاح الاجتماع التاسع», «تنظيم»). Matched by its
 * root too, as is a past verb of three letters said of a woman or a body («شو طلبت أبو غزالة؟», written
 * «طالبت»); a bare verb («ماذا قرر») is not, which would find every «قرار».
 */
const VERB_WITH_OBJECT = /^[\u0621-\u064A]{3,}(?:ه|ها|هم|هما)$|^[\u0621-\u064A]{3}ت$/u;

function objectVerbStems(questions: readonly string[]): Set<string> {
  const words = questions.flatMap((q) => tokenize(normalizeForMatch(q))).filter((w) => VERB_WITH_OBJECT.test(w) && !w.startsWith('ال'));
  return new Set(words.flatMap((w) => stemsOf(w)).filter((s) => !BROKEN_PLURAL.test(s)));
}

/**
 * The root keys of the question's words, read once for all the units scored: those matching reads (`matching`: its
 * broken plurals and verbs with an object), and those of any of its words (`any`, for `ScoredUnit.rooted`).
 */
function questionRoots(questions: readonly string[]): { matching: (stem: string) => readonly string[]; any: (stem: string) => readonly string[] } {
  const memo = new Map<string, readonly string[]>();
  const verbs = objectVerbStems(questions);
  const any = (stem: string) => {
    let keys = memo.get(stem);
    if (!keys) memo.set(stem, (keys = arabicRootKeys(stem)));
    return keys;
  };
  return { matching: (stem) => (BROKEN_PLURAL.test(stem) || verbs.has(stem) ? any(stem) : []), any };
}

function rootMatches(term: Term, stems: ReadonlySet<string>, roots: ReadonlySet<string>, rootsOf: (stem: string) => readonly string[]): boolean {
  if (roots.size === 0) return false;
  const byRoot = (word: string[]) => word.some((s) => rootsOf(s).some((r) => roots.has(r)));
  return term.alternatives.some((alt) => alt.every((word) => word.some((s) => stems.has(s)) || byRoot(word)));
}

/** The stems a unit is read through: its own text, the sentence it refers back to, its title and heading. */
interface UnitReading {
  text: ReadonlySet<string>;
  antecedent?: ReadonlySet<string>;
  /** The sentence naming who speaks, for the person asked only (Unit.speaker). */
  speaker?: ReadonlySet<string>;
  context: ReadonlySet<string>;
  roots: () => ReadonlySet<string>;
}

/**
 * "…issued in the name of the member-state representatives": on their behalf, which says nothing of a name ("how has its
 * name changed over the years?" had a line for 2017 and for 2025 on who issues the statement).
 */
const IN_THE_NAME_OF = /\bin\s+the\s+name\s+of\b/gi;

function readingOf(unit: Unit): UnitReading {
  const p = unitPassage(unit);
  const text = sentenceStems(unitText(unit).replace(IN_THE_NAME_OF, 'for'));
  let roots: Set<string> | undefined;
  return {
    text,
    antecedent: unit.antecedent ? sentenceStems(unit.antecedent.text) : undefined,
    speaker: unit.speaker ? sentenceStems(unit.speaker.text) : undefined,
    context: sentenceStems([titleIn(p.meta, p.lang), p.heading ?? ''].join('\n')),
    roots: () => (roots ??= arabicRoots(text)),
  };
}

/** The question's terms as one side of the units reads them: their weights, and whether in the asker's language. */
interface TermSide {
  terms: readonly (Term | undefined)[];
  weights: readonly number[];
  own: boolean;
  rootsOf: (stem: string) => readonly string[];
  anyRootsOf: (stem: string) => readonly string[];
}

/** How much of the question's weight a unit holds, in its own words and in all (see the weights above). */
function coverageOf(reading: UnitReading, side: TermSide, actHeld: (k: number) => boolean = () => false) {
  const { terms, weights: w } = side;
  const total = w.reduce((s, x) => s + x, 0);
  const matched = new Set<number>();
  const reached = new Set<number>();
  const titled = new Set<number>();
  const rooted = new Set<number>();
  let got = 0;
  let inText = 0;
  terms.forEach((t, k) => {
    if (!t) return;
    const share = actHeld(k) ? 1 : termShare(t, reading, side);
    if (share > 0) reached.add(k);
    if (share === CONTEXT_WEIGHT && !termMatches(t, reading.text) && !(side.own && rootMatches(t, reading.text, reading.roots(), side.rootsOf))) titled.add(k);
    if (share === 1) {
      matched.add(k);
      inText += w[k]!;
    } else if (side.own && rootMatches(t, reading.text, reading.roots(), side.anyRootsOf)) rooted.add(k);
    got += share * w[k]!;
  });
  return { matched, reached, titled, rooted, coverage: total > 0 ? got / total : 0, textCoverage: total > 0 ? inText / total : 0 };
}

/** How fully a unit holds one concept: in its own words, the sentence it refers back to, by root, in its title. */
function termShare(t: Term, reading: UnitReading, side: TermSide): number {
  if (termMatches(t, reading.text)) return 1;
  if (reading.antecedent && termMatches(t, reading.antecedent)) return ANTECEDENT_WEIGHT;
  if (t.person && reading.speaker && termMatches(t, reading.speaker)) return ANTECEDENT_WEIGHT;
  if (side.own && rootMatches(t, reading.text, reading.roots(), side.rootsOf)) return ROOT_WEIGHT;
  return termMatches(t, reading.context) ? CONTEXT_WEIGHT : 0;
}

/**
 * "When was the ARCP established?": "its legal basis is decision 7833 of 7 September 2014" names the founding
 * in other words, as "created" and "set up" do; the founding asked is held by an English unit that names it
 * in any of its forms. (Arabic forms share a root, which matching joins already; there, UNRWA's founding
 * «بموجب القرار 302» led «ما القرار الذي أنشئت بموجبه العملية؟». Every act so lost answers: the speaker at
 * the 2021 celebration gave way to the line of who organised it.)
 */
const FOUNDING: ReadonlySet<string> = new Set(['found']);
const namesFounding = (unit: Unit) => unitPassage(unit).lang !== 'ar' && namesAct(unitText(unit), FOUNDING);

/** Scores every unit for the question: coverage of its concepts, the retriever's prior, answer-type evidence. */
export function scoreUnits(units: readonly Unit[], input: ScoringInput): Scored {
  const pairs = termsOf(input);
  const readings = units.map(readingOf);
  const own = pairs.map((p) => p.own);
  const other = pairs.map((p) => p.other);
  const textStems = readings.map((r) => r.text);
  const { matching: rootsOf, any: anyRootsOf } = questionRoots([...input.questions, ...(input.context ?? [])]);
  const focused = focusedConcepts(pairs, input.analysis.focus);
  const weightsOf = (terms: readonly (Term | undefined)[]) => idfs(terms, textStems).map((w, k) => (focused[k] ? FOCUS_WEIGHT * w : w));
  const sides = {
    own: { terms: own, weights: weightsOf(own), own: true, rootsOf, anyRootsOf },
    other: { terms: other, weights: weightsOf(other), own: false, rootsOf, anyRootsOf },
  };
  const types = input.analysis.types;
  const { isAsked, isCounted } = askedWords(pairs, input.analysis);
  const acts = askedActs(input.analysis.text);
  const actVerbs = askedActVerbs(input.analysis.text);
  const stateAsked = asksWhichStateItIs(input.analysis.text);
  const themeAsked = asksTheTheme(input.analysis.text);
  const bodiesAsked = asksForBodies(input.analysis.text);
  // A type only assumed (no question word named it) weighs less than one asked for.
  const weight = input.analysis.typed ? EVIDENCE_WEIGHT : UNTYPED_WEIGHT;
  const founding = acts.has('found');
  const actTerms = pairs.map((p) => p.own?.alternatives.some((alt) => alt.some((word) => word.some((stem) => askedActs(stem).size > 0))) ?? false);
  const scored = units.map((unit, i): ScoredUnit => {
    const namesTheAct = founding && namesFounding(unit);
    const { matched, reached, titled, rooted, coverage, textCoverage } = coverageOf(readings[i]!, sides[unitPassage(unit).lang === input.lang ? 'own' : 'other'], (k) => namesTheAct && actTerms[k]!);
    const prior = input.prior(unit);
    // "It was the first regional review held in person": what "It" is (the second review, in the sentence
    // before) is the subject; an ordinal of the unit's own is said of it. A sentence that names no meeting
    // or year of its own is said of its section's ("France chaired the GFMD from 1 July 2022, with … as its
    // central theme" under "The 14th GFMD session").
    const own = quoteFit(unitText(unit), input.analysis);
    const heading = unitPassage(unit).heading;
    const section = own === 1 && heading ? quoteFit(heading, input.analysis) : 0;
    // …and is docked as its section is: under "Second Global Refugee Forum (2023)", "The second GRF received
    // more than 1,600 pledges…" is no answer of 2019.
    const fit = section > 0 && section < 1 && yearsSaidOf(unitText(unit)).length === 0 ? section : Math.max(own, section, unit.antecedent ? quoteFit(unit.antecedent.text, input.analysis) : 0);
    const relevance = coverage * (0.35 + 0.65 * prior) * fit * (input.documentWeight?.(unit) ?? 1);
    const asked = { isAsked, isCounted, time: input.analysis.time, habitual: input.analysis.habitual, oneThing: pairs.length === 1, ordinals: input.analysis.entities.ordinals, acts, actVerbs, stateAsked, themeAsked, bodiesAsked };
    const evidence = types.map((t) => answerEvidence(unit, t, asked));
    const dated = types.includes('when') ? datePrecision(normalizeForMatch(unitText(unit)), asked) : undefined;
    const rest = evidence.slice(1).reduce((s, e) => s + e, 0);
    const score = relevance * (1 + weight * evidence[0]! + OTHER_TYPES_WEIGHT * rest);
    const onFocus = !focused.includes(true) || [...matched].some((k) => focused[k]);
    return { unit, documentId: unitPassage(unit).documentId, matched, reached, titled, rooted, coverage, textCoverage, onFocus, prior, fit, relevance, evidence, score, ...(dated ? { dated } : {}) };
  });
  if (focusUnheld(scored.map((s) => s.matched), focused, sides.own.weights)) for (const s of scored) s.onFocus = false;
  return { units: scored, termCount: pairs.length, acts: actTerms, kinds: pairs.map((p) => p.kind ?? false), events: pairs.map((p) => namesEvent(p.own)) };
}
