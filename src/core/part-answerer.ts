import { answersYearClaim, leadNamesPlace, leadQuote, withChairBelied, withClaimVerdict, withCountVerdict, withFounderBelied, withMeetingBelied, withPersonVerdict, withTopicUnsaid } from '../answer/claim-verdict.js';
import { combineAnswers } from '../answer/combine.js';
import type { AnswerComposer, ComposedAnswer } from '../answer/types.js';
import type { Lang } from '../channel/types.js';
import { beginningAsAsked } from '../question/beginning.js';
import { directorAsked } from '../question/director-asked.js';
import { chairPremise } from '../question/chair-premise.js';
import { founderPremise } from '../question/founder-premise.js';
import { meetingPremise } from '../question/meeting-premise.js';
import { personPremise } from '../question/person-premise.js';
import { topicPremise } from '../question/topic-premise.js';
import { placeClaim, placePremise, withConfirmThat, type PlaceClaim } from '../question/claim.js';
import { withoutCourtesy } from '../question/courtesy.js';
import { asClaimChecked } from '../question/reported-claim.js';
import { askedOfTheSentenceBefore } from '../question/kind-only.js';
import { namesNothing } from '../question/leaning.js';
import { eventOf, inContext, type LetterQuestion } from '../question/letter.js';
import { asksFactOfEachEvent, asksForEvents } from '../question/events-asked.js';
import { askedTypes } from '../question/question-types.js';
import { timeRange, withoutStandingYear } from '../question/time-range.js';
import { yearClaim } from '../question/year-claim.js';
import { withoutItemRank } from '../question/item-asked.js';
import { countClaim } from '../question/count-claim.js';
import { normalizeForMatch } from '../text/normalize.js';
import type { SearchEngine } from '../retrieval/index.js';
import type { ScoredPassage } from '../retrieval/types.js';

const LIMIT = 8;
/** A set of records, or how a position evolved (told by every year that speaks of it), is read from more. */
const WIDE_LIMIT = 24;

/**
 * One question (of a letter, or a chat turn) searched and answered from the record: without its courtesy,
 * with a place or year it puts to be checked asked as the "where" or "when" it checks, and with the
 * sentence it points back to, when it does.
 */
export class PartAnswerer {
  constructor(private readonly deps: { search: Pick<SearchEngine, 'search'> & Partial<Pick<SearchEngine, 'passagesOf' | 'questionConcepts'>>; composer: AnswerComposer }) {}

  private async retrieveAndCompose(question: LetterQuestion, lang: Lang, signal: AbortSignal): Promise<{ results: ScoredPassage[]; composed?: ComposedAnswer }> {
    // "Our briefing says the ARCP was created in 2015. Is that right?": the claim reported, as the check it is.
    // "I'm writing a note on how X developed… Could you outline the main steps?": asked as how X developed.
    const asked = askedOfTheSentenceBefore(asClaimChecked(question));
    // Searched and answered without the courtesy and purpose around it, which no document holds; a place
    // put to be checked is asked as the "where" it checks.
    const plain = directorAsked(beginningAsAsked(withoutStandingYear(withoutCourtesy(withConfirmThat(asked.text)))));
    const claim = placeClaim(plain);
    const asWritten = await this.retrieveAndComposeAs({ asked, plain, claim }, lang, signal);
    // «هل انعقد الاجتماع العاشر عبر الاتصال المرئي؟»: the words of the way found the meetings held so; the 10th
    // was held in Cairo, which "where was it held?" finds, and the claim is checked against.
    const found = !asWritten.composed?.citations.length && claim?.where ? await this.retrieveAndComposeAs({ asked, plain, claim: { ...claim, asked: claim.where } }, lang, signal) : asWritten;
    // "the 7th mtg was about gcm implementation, correct?": a topic the record ties only to other meetings is not
    // said of this one; what the record says of it is, as "What did the 7th meeting focus on?" finds it.
    const topic = found.composed?.citations.length ? undefined : topicPremise(plain);
    if (topic) {
      const checked = await this.retrieveAndComposeAs({ asked, plain: topic.asked }, lang, signal);
      if (checked.composed?.citations.length) return { results: checked.results, composed: withTopicUnsaid(checked.composed, lang) };
    }
    // "When did the ARCP meet in Tunis?": the place taken for granted is checked as "did it meet in Tunis?"
    // would be; when the record belies it, that is the answer, not the Tunis Declaration's date.
    const premise = claim ? undefined : placePremise(plain);
    if (premise) {
      const checked = await this.retrieveAndComposeAs({ asked, plain, claim: premise }, lang, signal);
      if (checked.composed?.claimHolds === false) return { results: [...checked.results, ...found.results], composed: withAnswerBeside(checked.composed, found.composed, premise, lang) };
    }
    // "…Egypt's chairmanship of the ARCP?": the chair taken for granted is checked as "Who chairs the ARCP?".
    const chair = chairPremise(plain);
    const chairBelied = chair && (await this.belied({ asked, checking: chair.asked, belie: (c) => withChairBelied(c, chair.states, lang) }, lang, signal));
    if (chairBelied) return chairBelied;
    // "Is it true the ARCP was created by the Arab Summit?": the founder claimed is checked as "Who created the
    // ARCP?"; when the record names another, that is the answer (the Summit declarations the statements cite were).
    const founder = founderPremise(plain);
    const founderBelied = founder && (await this.belied({ asked, checking: founder.asked, belie: (c) => withFounderBelied(c, founder.claimed, lang) }, lang, signal));
    if (founderBelied) return founderBelied;
    // "…the 2017 WRD statement came out of the 4th meeting. Correct?": checked as "Which meeting agreed it?".
    const meeting = meetingPremise(plain);
    const meetingBelied = meeting && (await this.belied({ asked, checking: meeting.asked, belie: (c) => withMeetingBelied(c, meeting.claimed, lang) }, lang, signal));
    if (meetingBelied) return meetingBelied;
    // "Was it Haifa Abu Ghazaleh who opened the 11th meeting?": a person put in an act is checked as "Who opened the
    // 11th meeting?" (asked as written, the name found that person at other meetings, and the answer was refused).
    const person = personPremise(plain);
    if (person) {
      const checked = await this.retrieveAndComposeAs({ asked, plain: person.asked }, lang, signal);
      const verdict = withPersonVerdict(checked.composed, person, lang);
      if (verdict) return { results: checked.results, composed: verdict };
    }
    // "Does the ARCP have 18 member states?": the count put to be checked is asked as the "how many" it checks.
    const count = countClaim(plain);
    if (count) {
      const counted = await this.retrieveAndComposeAs({ asked, plain: count.asked }, lang, signal);
      if (counted.composed?.citations.length) return { ...counted, composed: withCountVerdict(counted.composed, count, lang) };
    }
    // A year put to be checked is searched as asked first: what the record says of that year may be more than
    // its date. When the answer found does not date the act asked in that year, the question is asked as the
    // "when" it checks.
    const year = yearClaim(plain);
    if (!year) return found;
    if (answersYearClaim(found.composed, year)) {
      // The record may date the act otherwise: "IOM gives 2015 as its year of establishment" bears out "was
      // the ARCP created in 2015?", and the League's own decision of 2014 belies it. Both are said.
      const dated = await this.retrieveAndComposeAs({ asked, plain, claim: year }, lang, signal);
      if (dated.composed?.claimHolds === false) return { results: [...dated.results, ...found.results], composed: withAnswerBeside(dated.composed, found.composed, year, lang) };
      return { ...found, composed: withClaimVerdict(found.composed!, year, lang) };
    }
    const checked = await this.retrieveAndComposeAs({ asked, plain, claim: year }, lang, signal);
    return checked.composed?.citations.length ? checked : found;
  }

  /** The answer to the question that checks a premise (`checking`), when it belies the premise; else undefined. */
  private async belied(
    q: { asked: LetterQuestion; checking: string; belie: (composed: ComposedAnswer | undefined) => ComposedAnswer | undefined },
    lang: Lang,
    signal: AbortSignal,
  ): Promise<{ results: ScoredPassage[]; composed: ComposedAnswer } | undefined> {
    const { asked, checking, belie } = q;
    const checked = await this.retrieveAndComposeAs({ asked, plain: checking }, lang, signal);
    const composed = belie(checked.composed);
    return composed && { results: checked.results, composed };
  }

  /** One search and composition of a question without its courtesy (`plain`), asked as its claim checks, if any. */
  private async retrieveAndComposeAs(q: { asked: LetterQuestion; plain: string; claim?: PlaceClaim }, lang: Lang, signal: AbortSignal): Promise<{ results: ScoredPassage[]; composed?: ComposedAnswer }> {
    const { asked, claim } = q;
    const question = claim?.asked ?? q.plain;
    const context = asked.context && withoutCourtesy(asked.context);
    // (A claim of the meeting asked before is searched with that meeting, not the question that asked it: "…when was it?"
    // found other events' dates.)
    const event = context ? eventOf(context) : undefined;
    const searchedContext = claim && event ? event : context;
    // ("What was the fourth theme…?" searches the themes: the item's place is no word of the list.)
    const searched = inContext({ text: withoutItemRank(question), context: searchedContext });
    // A set of records asked ("which years were WRD statements issued?") is read from more of them, as is a
    // change over the years.
    // (So is the opener or place of each meeting of a span: "since 2019, who opened the meetings?" missed the 9th's.)
    const types = askedTypes(question) ?? [];
    const limit = asksForEvents(question) || types.includes('evolution') || asksFactOfEachEvent(question, types, timeRange(question)) ? WIDE_LIMIT : LIMIT;
    const { results, abstain, understood } = await this.deps.search.search({ text: searched, lang }, { limit, signal });
    if (abstain || results.length === 0) return { results };
    const documentPassages = this.deps.search.passagesOf?.bind(this.deps.search);
    // The context helps choose documents and quotes; what kind of answer is wanted is the question's own.
    // The question as the search understood it («وشو طلع منه؟» read «وماذا مخرجاته؟»), without its context.
    // (So is the context: "where was the 5th Globel RCP meeting held and who co-hosted it?" chose its quote by "Globel".)
    const split = understood && context ? splitOwnPart(understood.text) : undefined;
    const contextRead = split?.context !== undefined && searchedContext === context ? split.context : context;
    const input = { question, understood: understood && (context ? split?.own : understood.text), context: contextRead, lang, passages: results, documentPassages };
    const composed = await this.deps.composer.compose(input, signal);
    // "…8th meeting, when was it? >> is it true it was held in person in Cairo?": the verdict is of the meeting the
    // context names; a quote of another event held in Cairo (the 2024 review) bears nothing out.
    const checked = claim && event ? { ...claim, asked: `${claim.asked} (${event})` } : claim;
    return { results, composed: checked ? withClaimVerdict(composed, checked, lang) : composed };
  }

  /** The context without the asker's own words that no passage holds (withoutUnseen), if it has any. */
  private heldWords(context: string): string | undefined {
    const concepts = this.deps.search.questionConcepts?.(context);
    return concepts ? withoutUnseen(context, concepts) : undefined;
  }

  /**
   * A question that points back ("the main points of that position") is searched with the sentence it
   * points to; when that finds nothing to answer with, with the meeting and year that sentence names («…في
   * كلمتها الافتتاحية» after «…the bodies that represented the Kingdom at the 9th meeting»: her speech at
   * the 9th), then with its own words alone, so that the context never costs an answer.
   */
  async answer(q: LetterQuestion, lang: Lang, signal: AbortSignal): Promise<{ results: ScoredPassage[]; composed?: ComposedAnswer }> {
    const found = await this.retrieveAndCompose(q, lang, signal);
    if (found.composed || !q.context) return found;
    // («في سجلنا لبيانات اليوم العالمي للاجئين… فجوةٌ في عام 2022. هل صدر بيان في ذلك العام؟»: the sentence without the
    // words no record holds («سجلنا») still says which statements; the year alone does not.)
    const held = this.heldWords(q.context);
    const inHeld = held ? await this.retrieveAndCompose({ text: q.text, context: held }, lang, signal) : undefined;
    if (inHeld?.composed) return inHeld;
    const event = eventOf(q.context);
    const inEvent = event && event !== q.context ? await this.retrieveAndCompose({ text: q.text, context: event }, lang, signal) : undefined;
    if (inEvent?.composed) return inEvent;
    // «ومن افتتحه؟» of a meeting whose record does not say: its own words found who opened another event.
    return namesNothing(q.text) ? (inEvent ?? found) : this.retrieveAndCompose({ text: q.text }, lang, signal);
  }
}

/**
 * A context without the asker's own words that no passage holds («سجلنا», «ملفاتكم», "our dossier"): they name the
 * asker's papers, never what is asked. (Any unseen word dropped let a question on what the record lacks be answered:
 * a held-out false answer.) Undefined when there are none, or too little is left.
 */
const MIN_HELD_WORDS = 3;
// (Not the request's own «إفادتنا», «تزويدنا»: a courtesy, which a context never names.)
const OWN_AR = /^(?!(?:[وب]?(?:افادت|تزويد|موافات|اعلام|احاطت|مساعدت)))\S+(?:نا|كم)$/u;
const OWN_EN = /^(?:our|my|your)$/i;
function withoutUnseen(context: string, concepts: readonly { source: string; unseen?: boolean }[]): string | undefined {
  const unseen = new Set(concepts.filter((c) => c.unseen).flatMap((c) => c.source.split(/\s+/u)));
  const words = context.split(/\s+/u);
  const bare = (w: string) => normalizeForMatch(w).replace(/[^\p{L}\p{N}]+/gu, '');
  const own = (w: string, i: number) => unseen.has(bare(w)) && (OWN_AR.test(bare(w)) || OWN_EN.test(words[i - 1] ?? ''));
  const kept = words.filter((w, i) => !own(w, i));
  return kept.length < words.length && kept.length >= MIN_HELD_WORDS ? kept.join(' ') : undefined;
}

/**
 * The correction of a place taken for granted, then what the question asked, when its answer is not the
 * wrong place's ("Who chaired the 9th meeting in Amman?": not in Amman…, then who opened the 9th meeting; the
 * Tunis Declaration's date is no answer to "When did the ARCP meet in Tunis?").
 */
function withAnswerBeside(correction: ComposedAnswer, asked: ComposedAnswer | undefined, premise: PlaceClaim, lang: Lang): ComposedAnswer {
  // Alone, the correction answers what was taken for granted, not what was asked: the answer is partial.
  // A year another source gives is said beside the record's own ("IOM gives 2015"), as the record holds both.
  const yearBorneOut = typeof premise.value === 'number' && answersYearClaim(asked, premise);
  if (!asked?.citations.length || asked.coverage === 'none' || (leadNamesPlace(asked, premise) && !yearBorneOut)) return { ...correction, coverage: 'partial' };
  const both = combineAnswers([{ label: '1', answer: correction }, { label: '2', answer: asked }], lang, { labels: false });
  // A quote both give ("the 8th meeting was held by videoconference") is read once.
  const seen = new Set<string>();
  const text = both.text
    .split('\n\n')
    .filter((paragraph) => {
      const quote = leadQuote(paragraph) ?? paragraph;
      return !seen.has(quote) && Boolean(seen.add(quote));
    })
    .join('\n\n');
  return { text, citations: both.citations, confidence: both.confidence, composer: correction.composer, coverage: both.partial ? 'partial' : 'full', claimHolds: false };
}

/**
 * The question's own part and its context, of a text searched as "question (context)" and understood word by word
 * (the context may hold parentheses of its own: "(29–30 May 2023)").
 */
function splitOwnPart(understood: string): { own?: string; context?: string } | undefined {
  const text = understood.trimEnd();
  if (!text.endsWith(')')) return undefined;
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    if (text[i] === ')') depth++;
    else if (text[i] === '(' && --depth === 0) return { own: text.slice(0, i).trim() || undefined, context: text.slice(i + 1, -1).trim() || undefined };
  }
  return undefined;
}
