import { arabicWords } from '../question/cues.js';
import { normalizeForMatch } from '../text/normalize.js';
import { documentMentions, ordinalMentions } from '../question/understand.js';
import { isArabicWord, tokenize } from '../text/tokenize.js';
import type { AnswerPlan } from './answer-plan.js';
import { namesAsked } from './document-facts.js';
import { namesAct } from './predicate.js';
import { namesPersonalOffice, withoutAssistantSecretaryGeneral } from './office-holder.js';
import type { QuestionConcept } from './question-terms.js';
import { quoteWithContext } from './record-silence.js';
import { overlaps, restates } from './quote-overlap.js';
import { byScore } from './supports.js';
import type { ScoredUnit } from './unit-scoring.js';
import { unitPassage, unitText, type Unit } from './units.js';

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The ways of writing one person the question names, as patterns over normalised text. */
function personPatterns(concept: QuestionConcept): RegExp[] {
  const forms = [concept.source, ...concept.targets].map((f) => normalizeForMatch(f).trim()).filter(Boolean);
  const arabic = forms.filter((f) => isArabicWord(f.split(/\s+/)[0]!));
  // "Al-Ghoul" is read "al ghoul" from the question: a space or a hyphen between the parts of a name.
  const english = forms.filter((f) => !arabic.includes(f)).map((f) => f.split(/[\s-]+/).map(escaped).join('[\\s-]+'));
  const patterns = english.length > 0 ? [new RegExp(`\\b(?:${english.join('|')})\\b`)] : [];
  return [...patterns, ...(arabic.length > 0 ? [arabicWords(arabic, { clitics: true })] : [])];
}

/**
 * "What did Amy Pope say at the 10th meeting?", «ما دور لورا طومسون في الاجتماع الخامس؟»: a person the
 * glossary names is asked about, and no document quoted names that person. What others said at that meeting
 * is no answer: the answer quoted the meeting's own sentences, whose fit to the meeting asked outweighed the
 * one sentence that names the person at another event. A quote's document counts whole: «أكد الأمين العام
 * أن تغير المناخ…» is Aboul Gheit speaking, named a sentence before.
 */
export function askedPersonMissing(concepts: readonly QuestionConcept[], plan: AnswerPlan, units: readonly Unit[]): boolean {
  const persons = concepts.filter((c) => c.person);
  if (persons.length === 0 || plan.quotes.length === 0) return false;
  const quoted = new Set(plan.quotes.map((q) => unitPassage(q.unit).documentId));
  const texts = [
    ...plan.quotes.map((q) => quoteWithContext(q.unit)),
    ...units.filter((u) => quoted.has(unitPassage(u).documentId)).map(unitText),
  ].map(normalizeForMatch);
  return persons.some((p) => {
    const patterns = personPatterns(p);
    return !texts.some((text) => patterns.some((re) => re.test(text)));
  });
}

/** "What did X say / stress / call for…", «ماذا قال…», «شو قالت…»: what a person said is asked. */
// ("What points did ASG Abu Ghazaleh make?", "the main messages of the Secretary-General", «أبرز ما قالته…», «ما النقاط التي
// أثارها…»: the points a person made are what the person said.)
// (With the Levant's «شو حكى…؟», what he said.)
const SAY_ASKED = [
  /\bwhat\s+(?:did|does|has|had)\s+(?:\S+\s+){1,8}?(?:say|tell|stress|state|note|highlight|call\s+for|urge|emphasi[sz]e|mention|speak\s+about|talk\s+about)\b/,
  /(?<![\u0621-\u064A])(?:ماذا|بماذا|ما\s+الذي|شو|ايش|وش|شنو|ايه)\s+(?:[\u0621-\u064A]+\s+){0,1}(?:قال|قالت|صرح|صرحت|اكد|اكدت|تحدث|تحدثت|حكي|حكت)(?![\u0621-\u064A])/u,
  /\b(?:points?|messages?|remarks?|arguments?)\s+(?:did|does|has|had)\s+(?:\S+\s+){1,8}?(?:make|deliver|raise|put\s+forward)\b|\b(?:main|key|chief|principal)\s+(?:points?|messages?|remarks?)\s+(?:of|by|from|made\s+by)\b/,
  /(?<![\u0621-\u064A])(?:ابرز|اهم)\s+ما\s+(?:قاله|قالته|ذكره|ذكرته|اكده|اكدته|طرحه|طرحته)(?![\u0621-\u064A])|(?<![\u0621-\u064A])(?:النقاط|الرسائل)\s+(?:التي|اللي)\s+(?:اثارها|اثارتها|طرحها|طرحتها|قدمها|قدمتها|ذكرها|ذكرتها)(?![\u0621-\u064A])/u,
];

/** What tells of a person speaking: an act of speech, an opening or a presentation, or what was said. */
const SPOKE = new Set(['speak', 'open', 'present']);
/** Verbs of what was said beyond those the acts know: "Grandi appealed for funding", «ناشدت», «رحّب». */
const SAID = [
  /\b(?:appeal|call|note|welcom|prais|thank|highlight|express|point|recall|describ|warn)[a-z]*\b/,
  /(?<![\u0621-\u064A])(?:و|ف)?(?:دعا|دعت|ناشد|ناشدت|رحب|رحبت|اشاد|اشادت|شكر|شكرت|لفت|لفتت|نبه|نبهت|نوه|نوهت|اشار|اشارت|اعرب|اعربت|طالب|طالبت|اوضح|اوضحت)(?![\u0621-\u064A])/u,
];
const spoke = (text: string) => namesAct(text, SPOKE) || SAID.some((re) => re.test(text));

/**
 * "What did IOM Director General Amy Pope say at the second regional review conference?": the record names her
 * among those who attended, and never says what she said; the sentence that lists her was the whole answer.
 * When what a person said is asked, a document quoted must tell of that person speaking.
 */
export function askedSpeakerSilent(concepts: readonly QuestionConcept[], question: string, plan: AnswerPlan, units: readonly Unit[]): boolean {
  const persons = concepts.filter((c) => c.person);
  if (persons.length === 0 || plan.quotes.length === 0 || !SAY_ASKED.some((re) => re.test(normalizeForMatch(question)))) return false;
  const quoted = new Set(plan.quotes.map((q) => unitPassage(q.unit).documentId));
  // "What did Rola Dashti say at the 9th meeting?": what she said at the second regional review is not it.
  const asked = ordinalMentions(tokenize(question)).filter((m) => m.kind);
  const atTheAsked = (u: Unit) => asked.length === 0 || namesAsked(documentMentions(unitPassage(u).meta), asked) || namesAsked(ordinalMentions(tokenize(unitText(u))), asked);
  const texts = [...plan.quotes.map((q) => q.unit), ...units.filter((u) => quoted.has(unitPassage(u).documentId))].filter(atTheAsked).map((u) => normalizeForMatch(unitText(u)));
  return persons.some((p) => {
    const patterns = personPatterns(p);
    return !texts.some((text) => patterns.some((re) => re.test(text)) && spoke(text));
  });
}

/** Quotes of what the person asked said, with the lead: as many as a record's points are quoted. */
const SPEAKER_POINTS = 3;

/**
 * «ماذا قالت هيفاء أبو غزالة في احتفالية 2021؟», "What did Abu Ghazaleh say at the 9th meeting?": when the lead
 * is the person speaking, the quotes beside it are more of what that person said there (by name, or under a
 * heading that names them: «ما قالته الأمين العام المساعد هيفاء أبو غزالة»), not the event's organisers and
 * guests, which were quoted beside her first point; and only notes of absence that name the person stay ("the
 * list of the six priority areas is not in this corpus" made Rola Dashti's remarks a partial answer).
 */
export function ofTheSpeaker(plan: { quotes: readonly ScoredUnit[]; gaps: readonly ScoredUnit[] }, units: readonly ScoredUnit[], concepts: readonly QuestionConcept[], question: string): { quotes: ScoredUnit[]; gaps: ScoredUnit[] } {
  const speaker = speakerLeads(plan.quotes, units, concepts, question);
  if (!speaker) return { quotes: [...plan.quotes], gaps: [...plan.gaps] };
  const { lead, names, says } = speaker;
  const gaps = plan.gaps.filter((g) => names(g.unit));
  const points = units.filter((s) => s !== lead && s.documentId === lead.documentId && says(s) && !overlaps(s, lead) && !restates(s, lead));
  // (A lead found in place of one that was not the person speaking leads alone when nothing more of theirs is said.)
  const asPlanned = points.length === 0 && lead === plan.quotes[0];
  return { quotes: asPlanned ? [...plan.quotes] : [lead, ...points.sort(byScore).slice(0, SPEAKER_POINTS - 1)], gaps };
}

/** A quote of the person speaking leads in place of a lead that is not, when at least this relevant relative to it. */
const SPEAKER_LEAD_MIN = 0.3;

/**
 * When what a person said is asked: the lead, that person speaking ("What were the main messages of Secretary-General
 * Abul Gheit at the August 2016 meeting?" led with a list of the people the sources name, among them him opening it),
 * and how to tell their units: by name, by a heading that names them, or by the office the question gives them ("the
 * LAS Secretary-General warned…").
 */
function speakerLeads(quotes: readonly ScoredUnit[], units: readonly ScoredUnit[], concepts: readonly QuestionConcept[], question: string) {
  const persons = concepts.filter((c) => c.person);
  const first = quotes[0];
  if (!first || persons.length === 0 || !SAY_ASKED.some((re) => re.test(normalizeForMatch(question)))) return undefined;
  const patterns = [...persons.flatMap(personPatterns), ...concepts.filter(isOffice).flatMap(personPatterns)];
  const namedIn = (text: string) => patterns.some((re) => re.test(withoutOtherOffices(normalizeForMatch(text), concepts)));
  const names = (u: Unit) => [unitText(u), unitPassage(u).heading ?? ''].some(namedIn);
  const says = (s: ScoredUnit) => !s.unit.note && s.unit.kind === 'sentence' && names(s.unit) && spoke(normalizeForMatch(unitText(s.unit)));
  if (says(first)) return { lead: first, names, says };
  // (A sentence of the person named the sentence before, «أكد الأمين العام أن تغير المناخ…», is them speaking: it stays.)
  if (first.unit.kind === 'sentence' && [quoteWithContext(first.unit), first.unit.speaker?.text ?? ''].some(namedIn)) return undefined;
  // (…or the list of what they said, under its heading: "What Assistant Secretary-General Haifa Abu Ghazaleh said".)
  const heading = (s: ScoredUnit) => unitText(s.unit).split('\n')[0]!;
  const listOfWhatWasSaid = (s: ScoredUnit) => s.unit.kind === 'list' && !s.unit.note && namedIn(heading(s)) && SAID_HEADING.test(normalizeForMatch(heading(s)));
  const lead = units.filter((s) => (says(s) || listOfWhatWasSaid(s)) && s.score >= SPEAKER_LEAD_MIN * first.score).sort(byScore)[0];
  return lead ? { lead, names, says } : undefined;
}

/** A heading over what someone said: "What … Haifa Abu Ghazaleh said", «ما قالته…», "Remarks of…", «كلمة…». */
const SAID_HEADING = /\b(?:said|says|remarks|speech|message|messages)\b|(?<![\u0621-\u064A])(?:قال|قالت|قاله|قالته|كلمه|كلمته|رسائل)(?![\u0621-\u064A])/u;

/** An office the question names beside its person ("Secretary-General Abul Gheit", «الأمين العام أبو الغيط»). */
const isOffice = (c: QuestionConcept) => !c.person && c.origin === 'glossary' && [c.source, ...c.targets].some((f) => namesPersonalOffice(normalizeForMatch(f)));
/** "Assistant Secretary-General" is another office than "Secretary-General", which its words hold. */
function withoutOtherOffices(text: string, concepts: readonly QuestionConcept[]): string {
  const assistantAsked = concepts.some((c) => [c.source, ...c.targets].some((f) => /assistant|المساعد/u.test(normalizeForMatch(f))));
  return withoutAssistantSecretaryGeneral(text, assistantAsked);
}
