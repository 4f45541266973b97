import type { Passage } from '../ingest/types.js';
import { pointsBack } from '../question/leaning.js';
import { asksForEvents } from '../question/events-asked.js';
import { layoutFor } from './layout-choice.js';
import { contextOfQuotes, inheritNamed, typedAsAsked } from './analysis-as-asked.js';
import { namesNoSubject } from '../question/sentence-parts.js';
import { understandQuestion } from '../question/understand.js';
import type { QuestionAnalysis, QuestionType } from '../question/types.js';
import { label } from '../replies/labels.js';
import { renderTemplate } from '../replies/templates.js';
import type { ScoredPassage } from '../retrieval/types.js';
import { planLead, type AnswerPlan } from './answer-plan.js';
import { entityFit, OTHER_EDITION_FIT, otherEditions } from './document-facts.js';
import { formatAnswer } from './format-answer.js';
import { planComparison } from './comparison-plan.js';
import { planTimeline } from './layouts.js';
import { planItem } from './item-plan.js';
import { withoutItemRank } from '../question/item-asked.js';
import { definedName, planDefinition, planOverview } from './overview.js';
import { withPointsPerLine, withPointsSaid } from './points-said.js';
import { recencyOf, type Recency } from './recency-weight.js';
import { blockOf, spansOf } from './answer-blocks.js';
import { asksTheSource } from '../question/source-asked.js';
import type { QuestionConcept } from './question-terms.js';
import type { AnswerComposer, ComposedAnswer, ComposeInput } from './types.js';
import { unitFeatures, type UnitContext } from './unit-features.js';
import { listedDocuments } from './listed-documents.js';
import { itemsBeforeTheirList } from './list-evidence.js';
import { shippedUnitRanker, type UnitRanker } from './unit-ranker.js';
import { scoreUnits, type ScoredUnit } from './unit-scoring.js';
import { askedOccasionMissing, ofTheOccasionAsked } from './occasion-asked.js';
import { askedEventKindMissing } from './qualified-event.js';
import { documentUnits, unitPassage, unitText, type Unit } from './units.js';
import { saysUncertain } from './corpus-notes.js';
import { quotableFor } from './quotable-lists.js';
import { actingBodyMissing, askedBodyMissing, ofTheBodiesAsked } from './organisations.js';
import { askedPersonMissing, askedSpeakerSilent, ofTheSpeaker } from './persons.js';
import { askedNameUnseen } from './names.js';
import { saysContentUnheld, withContentUnheld } from './content-unheld.js';
import { aboutAnotherMeeting, afterTheRecord, askedMeetingMissing, backgroundOnly, focusOfAnotherEvent, inexactDate, leadsWithAnotherEvent, missingFact } from './record-silence.js';
import { namesTheHolder, namingTheHolder, namingThePersonAsked, officeAsked } from './office-holder.js';
import { askedStateMissing, ofTheStatesAsked } from './states-asked.js';
import { absenceAsAnswer, ONE_FACT, onlyAbsence } from './absence-only.js';

export interface ExtractiveOptions {
  /** Documents whose text is read for an answer (the best-ranked ones); a timeline reads more. */
  maxDocuments?: number;
  timelineMaxDocuments?: number;
  /** The question's words with their other forms (the retriever's glossary and dictionary reading). */
  concepts?: (question: string) => readonly QuestionConcept[];
  /** Shown every scored unit and the plan, for evaluation scripts that explain an answer. */
  explain?: (scored: readonly ScoredUnit[], plan: AnswerPlan) => void;
  /** The learned unit ranker; the shipped one by default, null to rank by the heuristic score alone. */
  ranker?: UnitRanker | null;
}

/** A passage read only because its document was retrieved counts this much of its document's prior. */
const UNRETRIEVED_PRIOR = 0.6;

interface Candidates {
  units: Unit[];
  prior: (unit: Unit) => number;
  fit: Map<string, number>;
  documentRank: Map<string, number>;
  /** When the latest (or earliest) is asked: which documents are the one asked for, and which its older kin. */
  recency?: Recency;
}

/**
 * The default, offline composer. It says nothing of its own: it leads with the sentence, clause or list of
 * the corpus that answers the kind of question asked (a date for "when", a place for "where", an actor
 * for "who", every item of a list), cited, then adds at most a few quotes that each bring another fact
 * the question asked for, in the asker's language. Evolution questions get a dated timeline, comparisons
 * a side-by-side; what the corpus says it does not hold is said, never filled.
 */
export class ExtractiveComposer implements AnswerComposer {
  private readonly maxDocuments: number;
  private readonly timelineMaxDocuments: number;

  private readonly ranker: UnitRanker | null;

  constructor(private readonly opts: ExtractiveOptions = {}) {
    this.ranker = opts.ranker === undefined ? shippedUnitRanker() : opts.ranker;
    this.maxDocuments = opts.maxDocuments ?? 5;
    this.timelineMaxDocuments = opts.timelineMaxDocuments ?? 12;
  }

  async compose(input: ComposeInput, signal?: AbortSignal): Promise<ComposedAnswer> {
    signal?.throwIfAborted();
    // The question as the retriever understood it (typos corrected, dialect in standard Arabic) says
    // more reliably what kind of answer is wanted.
    const analysis = understandQuestion(input.understood ?? input.question, { lang: input.lang, now: input.now });
    // «يعني إيه الـCRRF؟» is read «يعني ماذا…», which names no kind of answer, and «مين الشركاء…؟» «من
    // الشركاء…», where «من» may be "from": the question as asked names more.
    const asAsked = input.understood ? understandQuestion(input.question, { lang: input.lang, now: input.now }) : undefined;
    if (asAsked) typedAsAsked(analysis, asAsked);
    analysis.item ??= asAsked?.item; // (searched without the place of the item asked)
    const contextAnalysis = input.context ? understandQuestion(input.context, { lang: input.lang, now: input.now }) : undefined;
    if (contextAnalysis) inheritNamed(analysis, contextAnalysis);
    // ("…from which document this wording comes, and from which year": the document's title and year answer both.)
    const sourceAsked = asksTheSource(input.question);
    if (sourceAsked) analysis.types = [...new Set(analysis.types.map((t) => (t === 'when' ? 'which' : t)))];
    if (input.timeline && !analysis.types.includes('evolution')) analysis.types.unshift('evolution');
    // "Was it held online?", «هل عُقد عن بعد؟»: whether is answered by the format, place or date it asks
    // about. ("Can you list them?" stays a list asked politely: the list comes first there.)
    if (analysis.types[0] === 'yes-no' && ONE_FACT.has(analysis.types[1]!)) analysis.types.push(analysis.types.shift()!);
    // A comparison or an evolution is of what was said: each side's quote should carry a position.
    if ((analysis.types[0] === 'compare' || analysis.types[0] === 'evolution') && !analysis.types.includes('position')) analysis.types.push('position');
    // Two events compared with no aspect named ("the difference between the first and second reviews", two
    // years' statements) differ first in how and where they were held: each side says it beside what was said.
    const events = analysis.entities.mentions.length >= 2 || analysis.entities.years.length >= 2;
    const implied: QuestionType[] = analysis.types[0] === 'compare' && analysis.types.length === 2 && events ? ['where'] : [];
    analysis.types.push(...implied);
    const eventsAsked = asksForEvents(analysis.text);
    const layout = layoutFor(analysis, eventsAsked);
    const candidates = this.candidates(input, analysis, layout === 'lead' ? this.maxDocuments : this.timelineMaxDocuments);
    // The words of what a question points back to («ذلك الموقف») are its subject; a question that only adds
    // to another ("and what did it discuss?") takes that one's meeting and years, not its words (the words
    // of "was it held in person?" chose the quote that answered that question again).
    // "…, and in what year?" names no subject of its own: the date, place, actor or number is the first part's.
    const factOfContext = namesNoSubject(input.question) && ['when', 'where', 'who', 'how-many'].includes(analysis.types[0]!);
    // ("palestine refugee numbers… - 2020 wrd stmt, the 2021 wrd event, 9th mtg. how did the figure move": a question
    // of asking words and the kind of answer alone is asked of its context's words.)
    const context = contextOfQuotes(input.question, input.context, analysis, factOfContext);
    // (The place of an item asked is no word of its list: "third" found the GCR's "third countries".)
    const questions = [input.question, ...(input.understood && input.understood !== input.question ? [input.understood] : [])].map(withoutItemRank);
    const { recency } = candidates;
    const { units: scored, termCount, acts, kinds, events: namedEvents } = scoreUnits(candidates.units, {
      analysis,
      questions,
      context,
      lang: input.lang,
      concepts: this.opts.concepts,
      prior: candidates.prior,
      documentWeight: recency && ((u) => recency.weight(unitPassage(u).documentId)),
    });
    this.rank(scored, { analysis, documentFit: candidates.fit, documentRank: candidates.documentRank, retrieved: new Set(input.passages.map((p) => p.passage.id)) });
    itemsBeforeTheirList(scored, analysis.types[0] === 'list' || analysis.overview !== undefined || eventsAsked);
    const overview = layout === 'lead' && analysis.overview ? planOverview(scored, candidates.fit, analysis) : undefined;
    const quotable = quotableFor(analysis);
    const rest = absenceAsAnswer(ofTheOccasionAsked(scored, analysis), analysis.text).filter((s) => quotable(s.unit));
    // "What was the fourth theme of the 2016 statement?": that item of its list, with its place (before the record's points).
    const item = layout === 'lead' && analysis.item ? planItem(rest, analysis.item) : undefined;
    const planned = item ?? overview ?? (layout === 'timeline' ? planTimeline(rest, analysis, { events: eventsAsked }) : layout === 'compare' ? planComparison(rest, analysis, { implied, kinds }) : planLead(rest, analysis, { leadFrom: (units) => this.holderNamed(ofTheBodiesAsked(ofTheStatesAsked(units, analysis, candidates.fit), analysis), analysis), termCount, acts, kinds, events: namedEvents, ranked: this.ranker?.model.support, edgeDocument: recency?.documentId }));
    // The question's concepts as the retriever understood it (typos corrected): the thing a definition asks
    // of, and the names the record may never hold.
    const understoodConcepts = this.opts.concepts?.(input.understood ?? input.question) ?? [];
    const names = analysis.types[0] === 'definition' && layout === 'lead' && !overview ? definedName(understoodConcepts, analysis) : [];
    const plan = names.length > 0 ? planDefinition(planned, scored, names, input.lang) : item || overview ? planned : withPointsPerLine(withPointsSaid(planned, rest, { analysis, fit: candidates.fit }), rest, analysis);
    const askedConcepts = this.opts.concepts?.(input.question) ?? [];
    // (A name typed run together, «ابوغزاله», is the person as the retriever understood it.)
    if (layout === 'lead' && !overview) Object.assign(plan, ofTheSpeaker(plan, rest, [...askedConcepts, ...understoodConcepts], input.question));
    // A note of another meeting is not about this one; nor, when the latest is asked, a quote or a note of an older one.
    const older = (s: ScoredUnit) => recency?.olderOfKind(s.documentId) ?? false;
    // (…nor of the event the question points back to: «…الموقف الذي أُعدّ لتلك الدورة في الاجتماع الخامس» is of the 12th GFMD.)
    const pointedAt = contextAnalysis && pointsBack(input.question) ? contextAnalysis : undefined;
    const ofAnother = (g: ScoredUnit) => aboutAnotherMeeting(g.unit, analysis) && (!pointedAt || aboutAnotherMeeting(g.unit, pointedAt));
    // (The note that the lead's own paper is not held is of the record quoted, though the question only points at it:
    // "…and what did the Arab position paper for it say?" after the 10th GFMD.)
    const ofTheLead = (g: ScoredUnit) => g.documentId === plan.quotes[0]?.documentId && saysContentUnheld(g);
    plan.gaps = withContentUnheld(plan, rest, analysis).filter((g) => (!ofAnother(g) || ofTheLead(g)) && !older(g));
    if (layout === 'lead') plan.quotes = plan.quotes.filter((q, i) => i === 0 || !older(q));
    this.opts.explain?.(scored, plan);
    const none: ComposedAnswer = { text: '', citations: [], confidence: 0, composer: 'extractive', coverage: 'none' };
    if (askedMeetingMissing(analysis, candidates.units) || afterTheRecord(analysis, candidates.units) || leadsWithAnotherEvent(plan, analysis, candidates.units) || focusOfAnotherEvent(plan, analysis)) return none;
    if (askedNameUnseen(understoodConcepts, input.question) || askedEventKindMissing(analysis.text, candidates.units) || askedOccasionMissing(analysis, candidates.units)) return none;
    // "What did Egypt say at the 10th meeting?": the state, body or person asked is named by no quote, and what
    // others said there is no answer. ("Did Abu Ghazaleh open the 11th?": the quote naming who did is.)
    const unnamed = askedStateMissing(analysis, plan) || askedBodyMissing(analysis, plan) || actingBodyMissing(analysis, plan) || (!analysis.types.includes('yes-no') && askedPersonMissing(askedConcepts, plan, candidates.units));
    // "Why did Jordan's delegate describe the violations in Gaza as genocide?", "Is it true that the 2024
    // statement praised Qatar's initiatives?": a question that puts an act to the one it names is answered by
    // the record of that act, which names another (Palestine's delegate; Bahrain), said to be all it holds.
    const premised = analysis.types.includes('why') || analysis.types.includes('yes-no');
    if (unnamed && !premised) return none;
    // The record's own note that it lacks what was asked ("no WRD statement for 2022 was found") answers,
    // alone, when it outranks every quote: better than a reply that the record holds nothing at all.
    // (A record's points asked with its text: the points, then the note that its text is not held.)
    if (layout === 'lead' && !overview && onlyAbsence(plan, candidates.fit, analysis)) plan.quotes = [];
    const shown = new Set(plan.quotes.map((x) => x.unit));
    const titled = layout === 'lead' && sourceAsked;
    const blocks = plan.quotes.map((q, i) => blockOf(q, plan, input.lang, shown, titled && i === 0));
    // What a thing is holds whatever year its sources were written in: no year before each quote.
    const dateWhenMixed = !(layout === 'lead' && analysis.types[0] === 'definition');
    const formatted = formatAnswer({ lang: input.lang, blocks, gaps: plan.gaps.map((g) => ({ spans: spansOf(g.unit, shown) })), gapsAlone: true, dateWhenMixed });
    if (formatted.text === '') return none;
    // A quote that itself says part of the record is uncertain or missing makes the answer partial too.
    const uncertain = plan.quotes.some((q) => saysUncertain(unitText(q.unit)));
    const used = new Set(formatted.citations.flatMap((c) => (c.quotes ?? []).map((q) => q.passageId)));
    const confidence = confidenceOf(input.passages.filter((p) => used.has(p.passage.id) || formatted.citations.some((c) => c.documentId === p.passage.documentId)));
    // A date given less finely than asked ("in 2018" for "when exactly") is said to be all the record holds,
    // unless a quote says so already ("exact date not known").
    const namesPerson = this.opts.concepts && ((text: string) => this.namesAPerson(text));
    // «من كان مدير الإدارة عام 2016؟» answered by the department's own sentence: an office's holder is a person.
    const office = this.opts.concepts && officeAsked(analysis);
    const holderUnnamed = office && !plan.quotes.some((q) => namesTheHolder(unitText(q.unit), office, (text) => this.namesAPerson(text))) ? 'factWho' : undefined;
    const missing = layout === 'lead' ? (missingFact(analysis, plan, namesPerson) ?? holderUnnamed ?? (uncertain ? undefined : inexactDate(analysis, plan))) : undefined;
    const background = layout === 'lead' && backgroundOnly(analysis, plan);
    // "What did the position on the ENP say about visa facilitation?": no quote speaks of what it is about;
    // nor of a comparison or timeline («قارن موقف عملية التشاور من نظام الكفالة بين 2016 و2024»).
    // "What did Amy Pope say at the 8th meeting?": the record names her, or IOM's speaker, but not what she said.
    const silent = askedSpeakerSilent(askedConcepts, input.question, plan, candidates.units);
    // "Did Carmela Godeau attend the 10th meeting?": no quote names her; what it says of the meeting is not all asked.
    const personUnnamed = analysis.types.includes('yes-no') && askedPersonMissing(askedConcepts, plan, candidates.units);
    const offFocus = unnamed || silent || personUnnamed || (analysis.focus.length > 0 && !plan.quotes.some((q) => q.onFocus));
    // (A reason asked of an act the record gives to another, "Why did Jordan's delegate…?": that the record does not
    // speak of the point asked is the note, not that it gives no reason.)
    const note = missing && !(missing === 'factWhy' && offFocus)
      ? renderTemplate('answer-fact-missing', input.lang, { fact: label(input.lang, missing) })
      : background ? renderTemplate('answer-background-only', input.lang) : offFocus ? renderTemplate('answer-focus-missing', input.lang) : undefined;
    const text = note ? `${formatted.text}\n\n${note}` : formatted.text;
    const coverage = formatted.coverage === 'partial' || uncertain || missing || background || offFocus ? 'partial' : 'full';
    return { text, citations: formatted.citations, confidence, composer: 'extractive', coverage };
  }

  private holderNamed(units: readonly ScoredUnit[], analysis: QuestionAnalysis): readonly ScoredUnit[] {
    if (!this.opts.concepts) return units;
    const namesAPerson = (text: string) => this.namesAPerson(text);
    const held = namingTheHolder(units, analysis, namesAPerson);
    return held !== units ? held : namingThePersonAsked(units, analysis, namesAPerson);
  }

  /** Whether a text names a person the glossary knows (the concepts' own reading of it). */
  private namesAPerson(text: string): boolean {
    return this.opts.concepts?.(text).some((c) => c.person) ?? false;
  }

  /** Each unit's features and, with a shipped ranker, its probability of holding a fact asked for. */
  private rank(scored: ScoredUnit[], ctx: UnitContext): void {
    for (const s of scored) {
      s.features = unitFeatures(s, ctx);
      if (this.ranker) s.probability = this.ranker.probability(s.features);
    }
  }

  /**
   * The units of the best-ranked documents, read in the asker's language where the document has it (a
   * bilingual document's other half is its translation), with each unit's prior: the retriever's score of
   * its passage (or, for a passage not retrieved, part of its document's), times how well the document
   * fits the meetings and years the question names.
   */
  private candidates(input: ComposeInput, analysis: QuestionAnalysis, maxDocuments: number): Candidates {
    const top = Math.max(1e-9, ...input.passages.map((p) => p.score));
    const passagePrior = new Map<string, number>();
    const docPrior = new Map<string, number>();
    const fit = new Map<string, number>();
    const recency = recencyOf(input.passages, analysis.time, input.understood ?? input.question);
    const editions = otherEditions([...new Map(input.passages.map((p) => [p.passage.documentId, p.passage.meta])).values()], analysis);
    for (const p of input.passages) {
      const doc = p.passage.documentId;
      if (!fit.has(doc)) fit.set(doc, entityFit(p.passage.meta, analysis) * (editions.has(doc) ? OTHER_EDITION_FIT : 1));
      const prior = Math.max(0, p.score / top) * fit.get(doc)!;
      passagePrior.set(p.passage.id, Math.max(prior, passagePrior.get(p.passage.id) ?? 0));
      docPrior.set(doc, Math.max(prior, docPrior.get(doc) ?? 0));
    }
    const ranked = [...docPrior.entries()].sort((a, b) => b[1] - a[1]).map(([d]) => d);
    // The newest document of the kind "the latest" asks for is read however deep the words ranked it.
    const documents = [...new Set([...ranked.slice(0, maxDocuments), ...(recency ? [recency.documentId] : []), ...listedDocuments(input.passages, analysis)])];
    const documentRank = new Map(documents.map((d, i) => [d, i]));
    // What a record said is its list of points when it has one (overview.ts), whatever else is asked.
    const quotable = quotableFor(analysis);
    const units = documents.flatMap((doc) => documentUnits(textOf(doc, input))).filter((u) => analysis.overview === 'contents' || quotable(u));
    const prior = (u: Unit) => {
      const p = unitPassage(u);
      return Math.min(1, passagePrior.get(p.id) ?? UNRETRIEVED_PRIOR * (docPrior.get(p.documentId) ?? 0));
    };
    return { units, prior, fit, documentRank, recency };
  }
}


/** A document's passages in the asker's language, or in the other one when it has none in the asker's. */
function textOf(documentId: string, input: ComposeInput): Passage[] {
  const all = input.documentPassages?.(documentId) ?? input.passages.filter((p) => p.passage.documentId === documentId).map((p) => p.passage);
  const own = all.filter((p) => p.lang === input.lang);
  return own.length > 0 ? own : all;
}

/** The retriever's calibrated confidence of the best passage quoted. */
export function confidenceOf(used: readonly ScoredPassage[]): number {
  const known = used.map((p) => p.confidence).filter((c): c is number => typeof c === 'number');
  if (used.length === 0) return 0;
  return Math.min(1, Math.max(0, known.length > 0 ? Math.max(...known) : 0.5));
}
