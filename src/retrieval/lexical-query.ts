import { wordPairs, type AnalyzeOptions } from '../text/analyze.js';
import { charNgrams, isArabicWord, tokenize } from '../text/tokenize.js';
import { arabicStems } from '../text/light10.js';
import { transliterate } from '../text/transliterate.js';
import { detectLang } from '../text/lang.js';
import { answerKindWords, instanceAsked } from '../question/answer-kind.js';
import { withoutFramingPhrases } from '../text/framing-phrases.js';
import { isFormatCue, isQueryNoise } from '../text/query-noise.js';
import type { Lang } from '../channel/types.js';
import type { FieldIndex, TermGroup } from './field-index.js';
import type { Clause, FieldQuery, LexicalIndex, LexicalQuery } from './lexical-index.js';
import { contentTokens, type Concept, type QueryTranslator, type Token } from './translate.js';
import type { Vocabulary } from './vocabulary.js';

/** Readings of one word that the index knows; all of them when it knows none (the word stays searchable). */
export function known(terms: string[], field: FieldIndex): string[] {
  if (terms.length < 2) return terms;
  const seen = terms.filter((t) => field.df(t) > 0);
  return seen.length > 0 ? seen : terms;
}

function counted(terms: readonly string[], weight: number): TermGroup[] {
  const counts = new Map<string, number>();
  for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + weight);
  return [...counts].map(([t, w]) => ({ terms: [t], weight: w }));
}

/** Content words of a text as one alternative, each word weighing `weight`. */
function tokensQuery(tokens: readonly Token[], index: LexicalIndex, weight: number, pairs: boolean, opts: AnalyzeOptions): FieldQuery {
  const texts = tokens.map((t) => t.text);
  return {
    words: tokens.map((t) => ({ terms: known(t.readings, index.words), weight })),
    grams: counted(charNgrams(texts), weight),
    pairs: pairs ? counted(wordPairs(texts, opts), weight) : [],
  };
}

/**
 * A glossary form standing in for a span of `span` question words. It weighs as much as the span, spread
 * over its own words: an acronym expanded into a seven-word name counts as one word of the question.
 * Forms in the question's own language get no 4-grams (the question's grams already cover its script);
 * measured: same recall, a third of the postings walked.
 */
function formQuery(form: string, span: number, sourceLang: Lang, index: LexicalIndex): FieldQuery {
  const tokens = contentTokens(form, index.options);
  const sameLang = detectLang(form) === sourceLang;
  const weight = (span / Math.max(1, tokens.length)) * (sameLang ? 1 : TRANSLATED_WEIGHT);
  const q = tokensQuery(tokens, index, weight, true, index.options);
  if (sameLang) q.grams = [];
  return q;
}

/**
 * A concept matched through a translation counts less than the same concept matched in the question's own
 * words, so that where a document says it in both languages the passage in the asker's language comes
 * first; where the collection has only the other language, every passage is discounted alike. Measured
 * (BM25 + glossary + dictionary + names; 1.0 → 0.6): our set MRR 0.816 → 0.864 and MRR of the expected
 * passage in the asker's own language 0.677 → 0.834, R@5 0.988 unchanged; XQuAD en→ar MRR 0.777 → 0.771,
 * XQuAD ar→ar unchanged.
 */
export const TRANSLATED_WEIGHT = 0.6;

// 4-grams of the first six senses only: the same recall as all sixteen, fewer postings to walk.
const SENSE_GRAMS = 6;

/** Dictionary senses of one word: all their words form one group (Pirkola: sum tf, union df). */
function sensesQuery(senses: string[], index: LexicalIndex): FieldQuery {
  const terms = senses.flatMap((t) => contentTokens(t, index.options).flatMap((tok) => known(tok.readings, index.words)));
  return {
    words: terms.length > 0 ? [{ terms: [...new Set(terms)], weight: TRANSLATED_WEIGHT }] : [],
    grams: senses.slice(0, SENSE_GRAMS).flatMap((t, _, used) => counted(charNgrams(tokenize(t)), TRANSLATED_WEIGHT / used.length)),
    pairs: [],
  };
}

/**
 * Arabic spellings of a name no glossary or dictionary knows, matched mostly through 4-grams. Passages
 * in Arabic write "Grandi" غراندي or جراندي; the grams of a rough transliteration meet either.
 */
function namesQuery(spellings: string[], index: LexicalIndex): FieldQuery {
  const terms = spellings.flatMap((t) => contentTokens(t, index.options).flatMap((tok) => tok.readings));
  return {
    words: terms.length > 0 ? [{ terms: [...new Set(terms)], weight: 1 }] : [],
    grams: spellings.flatMap((t) => counted(charNgrams(tokenize(t)), 1 / spellings.length)),
    pairs: [],
  };
}

/**
 * The root family of a one-word concept (أنشأ → إنشاء، أنشئت) as one group: at `weight` beside a word the
 * index knows, in full for an Arabic word it has never seen (the family is then the only way to match it).
 * An English word's other derivations ("intervened": interventions) keep `weight`: in a collection of
 * another language they are names and loanwords, not the word.
 */
function rootQuery(token: Token, index: LexicalIndex, weight: number): FieldQuery[] {
  if (weight === 0) return [];
  const seen = token.readings.some((r) => index.words.df(r) > 0);
  const family = token.related?.length ? [{ words: [{ terms: token.related, weight: seen || !isArabicWord(token.text) ? weight : 1 }], grams: [], pairs: [] }] : [];
  // The same word as the collection writes it («تصدر» asked, «يصدر» written; «نظمت» asked, «نُظّم» written), in full:
  // left out of the family, it matched nothing, and «…الجهة التي تصدرها» missed the sentence saying who issues them.
  const same = token.unended?.length ? [{ words: [{ terms: token.unended, weight: 1 }], grams: [], pairs: [] }] : [];
  return [...family, ...same];
}

function conceptClause(c: Concept, index: LexicalIndex, options: QueryPlanOptions): Clause {
  const span = c.source.length;
  const roots = span === 1 ? rootQuery(c.source[0]!, index, options.rootWeight ?? ROOT_WEIGHT) : [];
  const source = tokensQuery(c.source, index, 1, false, index.options);
  // Latin words outside the glossary may be names: their Arabic spellings are one more alternative
  // (measured on XQuAD English → Arabic: MRR 0.692 → 0.761; no change on our set).
  const spellings = c.origin !== 'glossary' && span === 1 && options.transliterate !== false ? transliterate(c.source[0]!.text) : [];
  const names = spellings.length > 0 ? [namesQuery(spellings, index)] : [];
  if (c.origin === 'none') return { alternatives: [source, ...roots, ...names], weight: 1 };
  const lang = detectLang(c.source.map((t) => t.text).join(' '));
  if (c.origin === 'glossary') return { alternatives: [source, ...c.targets.map((t) => formQuery(t, span, lang, index))], weight: 1 };
  return { alternatives: [source, ...roots, sensesQuery(c.targets, index), ...names], weight: 1 };
}

export interface QueryPlanOptions {
  /** Use the glossary (default on). */
  glossary?: boolean;
  /** Use the bilingual dictionary for words the glossary lacks (default on). */
  dictionary?: boolean;
  /** Add Arabic spellings of Latin words the glossary lacks, as possible names (default on). */
  transliterate?: boolean;
  /** Leave out words that only frame the question (default on). */
  understand?: boolean;
  /** The collection's words: Arabic words also match their root family through it. */
  vocabulary?: Vocabulary;
  /** Weight of a match through the root family (default ROOT_WEIGHT). */
  rootWeight?: number;
}

/** A past verb with its ending: «نظمت»، «اعتمدوا». */
const PAST_VERB = /^([\u0621-\u064A]{3,})(?:ت|وا)$/u;

/** An imperfect verb: its person prefix (ي he, ت she, ن we) and the rest, of three letters or more. */
const IMPERFECT = /^[يتن]([\u0621-\u064A]{3,})$/u;

/**
 * The same imperfect in the other persons the collection writes («يتولى» asked of the process, «تتولى»
 * written of the General Secretariat; «يعقد», «تعقد»), which Light10 keeps apart and a weak root («ولي»)
 * leaves without a root key.
 */
function otherPersons(word: string, vocabulary: Vocabulary): string[] {
  const rest = IMPERFECT.exec(word)?.[1];
  if (!rest) return [];
  const persons = ['ي', 'ت', 'ن'].map((p) => p + rest).filter((w) => w !== word && vocabulary.has(w));
  // «التي تصدرها» (that issues them): the verb with its object, which the collection writes without («يصدر»).
  const bare = OBJECT_PRONOUN.exec(rest)?.[1];
  return persons.length > 0 || !bare ? persons : ['ي', 'ت'].map((p) => p + bare).filter((w) => vocabulary.has(w));
}
/** An object pronoun written on a verb: «تصدرها», «يصدره», «تصدرهم». */
const OBJECT_PRONOUN = /^([\u0621-\u064A]{3,})(?:ها|هم|هما|هن|ه)$/u;

/** Weight of a word's root family against its own stems; measured in settings.ts. */
export const ROOT_WEIGHT = 0.5;

/**
 * The concepts that name what a question is about: not those that only frame it ("by the way", "please"),
 * nor, to search with, the way of holding a meeting asked («حضوري»: what the answer is, not what it is about;
 * `formats` keeps them, for judging quotes). A question of nothing but such words ("what is the latest
 * position?") keeps them.
 */
export function topicalConcepts(concepts: readonly Concept[], options: { formats?: boolean } = {}): readonly Concept[] {
  const format = (t: { text: string }) => !options.formats && isFormatCue(t.text);
  // A glossary term is a topic even when its words frame questions too, unless it only names a format.
  const formatOnly = (c: Concept) => c.source.every(format);
  // A lone Arabic letter is a clitic written apart («من 2017 لـ 2025»): it names nothing.
  const framingOnly = (c: Concept) => c.source.every((t) => (isQueryNoise(t.text) && !isFormatCue(t.text)) || format(t) || /^[\u0621-\u064A]$/u.test(t.text));
  const topical = concepts.filter((c) => (c.origin === 'glossary' ? !formatOnly(c) : !framingOnly(c)));
  return topical.length > 0 ? topical : concepts;
}

/**
 * Concepts the search uses: words that only frame the question ("evolved", «موقف») are left out unless
 * the glossary names them; each Arabic word carries its root family for matching.
 */
function searchConcepts(concepts: Concept[], options: QueryPlanOptions): Concept[] {
  const { vocabulary } = options;
  return (options.understand !== false ? topicalConcepts(concepts) : concepts).map((c) => {
    if (!vocabulary || c.origin === 'glossary' || c.source.length !== 1) return c;
    const t = c.source[0]!;
    const persons = otherPersons(t.text, vocabulary).flatMap((w) => arabicStems(w));
    const family = [...new Set([...vocabulary.rootFamily(t.text), ...vocabulary.derivedFamily(t.text, t.readings), ...persons])].filter((r) => !t.readings.includes(r));
    // A past verb's ending, which Light10 keeps, is read off when the collection has the verb without it
    // («نظمت» asked, «نُظّم» written), and an imperfect is read in the person the collection writes it: the
    // same word, not merely its root family, for the decision to answer.
    const verb = PAST_VERB.exec(t.text)?.[1];
    const unended = [...(verb ? arabicStems(verb) : []), ...persons].filter((r) => family.includes(r));
    const related = family.filter((r) => !unended.includes(r));
    return family.length > 0 ? { ...c, source: [{ ...t, related, ...(unended.length > 0 ? { unended } : {}) }] } : c;
  });
}

/** The concepts with those of the question's frame marked (answer-kind.ts), which weigh half where weighed. */
export function markFraming(concepts: readonly Concept[], question: string): Concept[] {
  const kinds = answerKindWords(question);
  return concepts.map((c) => {
    const frame = c.source.find((t) => kinds.includes(t.text));
    if (!frame) return c;
    const answeredBy = c.source.length === 1 ? instanceAsked(frame.text) : undefined;
    return { ...c, kind: true, ...(answeredBy ? { answeredBy } : {}) };
  });
}

/** What one question becomes: the lexical query and the concepts used to judge coverage. */
export interface QueryPlan {
  lexical: LexicalQuery;
  concepts: Concept[];
  /** Glossary forms of the question's terms, for embedders that see one language at a time. */
  expansions: string[];
}

/**
 * One clause per concept of the question (its words, or a glossary phrase), with the concept's other
 * forms as alternatives, plus one clause for the question's adjacent word pairs.
 */
export function planQuery(
  text: string,
  index: LexicalIndex,
  translator: QueryTranslator | undefined,
  options: QueryPlanOptions = {},
): QueryPlan {
  if (options.understand !== false) text = withoutFramingPhrases(text);
  const read = translator
    ? translator.translate(text, { dictionary: options.dictionary !== false, glossary: options.glossary !== false })
    : contentTokens(text, index.options).map((t): Concept => ({ source: [t], targets: [], origin: 'none' }));
  const searched = searchConcepts(read, options);
  const concepts = options.understand === false ? searched : markFraming(searched, text);
  const clauses = concepts.map((c) => conceptClause(c, index, options));
  const words = tokenize(text).filter((t) => options.understand === false || !isQueryNoise(t));
  const pairs = counted(wordPairs(words, index.options), 1);
  if (pairs.length > 0) clauses.push({ alternatives: [{ words: [], grams: [], pairs }], weight: 1 });
  const expansions = concepts.filter((c) => c.origin === 'glossary').flatMap((c) => c.targets);
  return { lexical: { clauses }, concepts, expansions };
}

/** A monolingual query: the question's own words, 4-grams and word pairs. */
export function buildLexicalQuery(text: string, index: LexicalIndex): LexicalQuery {
  return planQuery(text, index, undefined).lexical;
}
