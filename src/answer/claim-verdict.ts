import type { Lang } from '../channel/types.js';
import { namesFounder } from '../question/founder-premise.js';
import { namesPerson } from '../question/person-premise.js';
import type { PlaceClaim } from '../question/claim.js';
import { SAYS_ONLINE } from '../question/held-online.js';
import type { CountClaim } from '../question/count-claim.js';
import { CITIES_AR, CITIES_EN } from '../question/place-names.js';
import { ordinalMentions, sameOrdinal, understandQuestion } from '../question/understand.js';
import { normalizeForMatch } from '../text/normalize.js';
import { cardinalValue } from '../text/ordinals.js';
import { tokenize } from '../text/tokenize.js';
import { countriesNamed } from './countries.js';
import { saysUncertain } from './corpus-notes.js';
import { LOCATED } from './places.js';
import { yearsNamed } from './document-facts.js';
import { askedActs, namesAct } from './predicate.js';
import { countKeysOf } from './question-terms.js';
import type { ComposedAnswer } from './types.js';

// «بمقر الأمانة العامة لجامعة الدول العربية في القاهرة»: the city may follow the seat it names.
const SEAT_TO_CITY = 80;
const PLACES = [...CITIES_EN, ...CITIES_AR];

/**
 * "Was it held in Tunis?" answered with the record of where it was held, opened by whether that record
 * bears the claim out: "Yes, in Tunis, …" or "No, not in Tunis, …". Said only when the lead quote says
 * where the event was held (a sentence of holding, not a place named for another reason); otherwise the
 * quotes stand alone, as for any question. (A record saying what it lacks, "the date of the 2nd meeting
 * was not found", says no place: no verdict.)
 */
export function withClaimVerdict(composed: ComposedAnswer, claim: PlaceClaim, lang: Lang): ComposedAnswer {
  if (!composed.text || composed.coverage === 'none') return composed;
  const lead = leadQuote(composed.text);
  // "It was probably held in Cairo" neither bears a claim out nor belies it.
  if (!lead || saysUncertain(lead) || !namesTheAsked(lead, claim, lang)) return composed;
  const text = normalizeForMatch(lead);
  if (typeof claim.value === 'number') return yearVerdict(composed, lead, claim, lang);
  const found = LOCATED.map((re) => re.exec(text)).find(Boolean);
  if (!found) return composed;
  const located = text.slice(found.index, found.index + found[0].length + SEAT_TO_CITY);
  const holds = bearsOut(located, String(claim.value));
  // A place taken for granted is belied only by a lead that names it nowhere ("…would be held in Paris,
  // while the ministry says… Geneva" leaves "the summit in Geneva" standing).
  if (holds === undefined || (claim.premise && !holds && namesPlace(text, claim))) return composed;
  // One paragraph with the lead it rests on: what the asker reads first answers, and shows why.
  return withVerdict(composed, holds, verdict(holds, claim, lang));
}

/**
 * The verdict before the answer. A question that puts a place and a year ("held in Amman in 2023?") gets one
 * verdict, not "Yes, in 2023…: No, not in Amman…": the first that the record belies, else the first given.
 */
function withVerdict(composed: ComposedAnswer, holds: boolean, said: string): ComposedAnswer {
  if (composed.claimHolds === false || (composed.claimHolds === true && holds)) return composed;
  const text = composed.claimHolds === true ? composed.text.replace(VERDICT, '') : composed.text;
  return { ...composed, text: `${said} ${text}`, claimHolds: holds };
}
const VERDICT = /^[^«\n]*?(?:according to the record|بحسب السجل):\s*/u;

/** Whether the lead names the meeting and year asked about ("the 4th meeting in 2018"), and no other, when the question names them. */
function namesTheAsked(lead: string, claim: PlaceClaim, lang: Lang): boolean {
  const { mentions, years } = understandQuestion(claim.asked, { lang }).entities;
  const leadMentions = ordinalMentions(tokenize(lead));
  // "…launched at the 5th Global Meeting… in Cairo" says where the 5th was held, not the first ("decision
  // 7833 of the 142nd session" counts another thing).
  // (A global meeting of the RCPs is a meeting too, of another series: "the 5th Global Meeting" is no ARCP meeting.)
  const series = (k: string | undefined) => (k === 'global' ? 'meeting' : k);
  const another = leadMentions.some((m) => m.kind && mentions.some((a) => series(a.kind) === series(m.kind) && (a.n !== m.n || a.kind !== m.kind)));
  if (mentions.length > 0 && (another || !leadMentions.some((m) => mentions.some((a) => sameOrdinal(a, m))))) return false;
  return years.length === 0 || years.some((y) => lead.includes(String(y)));
}

/**
 * "Was the ARCP created in 2013?" answered with the lead that dates it: "No, not in 2013, according to the
 * record: «…decision no. 7833… on 7 September 2014…»". A lead that names the year claimed bears it out; one
 * that names only other years belies it; one that names none says nothing of it.
 */
function yearVerdict(composed: ComposedAnswer, lead: string, claim: PlaceClaim, lang: Lang): ComposedAnswer {
  const years = yearsNamed(lead);
  if (years.length === 0) return composed;
  const holds = years.includes(claim.value as number);
  return withVerdict(composed, holds, verdict(holds, claim, lang));
}

/**
 * "Does the ARCP have 18 member states?" answered by its count, opened by whether the count bears the claim
 * out: "No, not 18, according to the record: «…22 member states…»". The lead's count is a number, or a count
 * in words, just before what is counted; a lead with none says nothing of the claim.
 */
export function withCountVerdict(composed: ComposedAnswer, claim: CountClaim, lang: Lang): ComposedAnswer {
  const lead = composed.coverage === 'none' ? undefined : leadQuote(composed.text);
  if (!lead || saysUncertain(lead)) return composed;
  const counts = countsOf(lead, claim.counted);
  if (counts.length === 0) return composed;
  const holds = counts.includes(claim.value);
  return withVerdict(composed, holds, verdict(holds, { asked: claim.asked, phrase: claim.phrase, value: claim.value, premise: claim.premise }, lang));
}

/** Numbers in a text within three words before a word of what is counted (by stem, or in Arabic by root). */
function countsOf(text: string, counted: string): number[] {
  const keys = new Set(tokenize(normalizeForMatch(counted)).flatMap(countKeysOf));
  const tokens = tokenize(normalizeForMatch(text));
  return tokens.flatMap((t, i) => {
    const n = cardinalValue(t);
    const before = n !== undefined && tokens.slice(i + 1, i + 4).some((w) => countKeysOf(w).some((k) => keys.has(k)));
    return before ? [n] : [];
  });
}

/** Whether the place of holding matches the claim; undefined when it says neither. */
function bearsOut(located: string, value: string): boolean | undefined {
  const online = SAYS_ONLINE.test(located);
  const places = PLACES.filter((p) => located.includes(p.replace(/^ال/, '')));
  if (value === 'online') return online || (places.length > 0 ? false : undefined);
  if (value === 'in-person') return places.length > 0 && !online ? true : online ? false : undefined;
  if (located.includes(value.replace(/^ال/, ''))) return true;
  return places.length > 0 || online ? false : undefined;
}

/** "Yes, in Tunis…", "No, not in Tunis…"; a place taken for granted and belied: "Not in Tunis…". */
function verdict(holds: boolean, claim: PlaceClaim, lang: Lang): string {
  // "…in new york ya?": the place as a name is written ("not in New York"), not as it was typed.
  const phrase = lang === 'en' && /^(?:in|at)\s/i.test(claim.phrase) && claim.value !== 'online' && claim.value !== 'in-person' ? asAName(claim.phrase) : claim.phrase;
  if (lang === 'ar') return holds ? `نعم، ${phrase}، بحسب السجل:` : `${claim.premise ? '' : 'لا، '}ليس ${phrase}، بحسب السجل:`;
  return holds ? `Yes, ${phrase}, according to the record:` : claim.premise ? `Not ${phrase}, according to the record:` : `No, not ${phrase}, according to the record:`;
}

/** "in new york" → "in New York", "in the uae" → "in the UAE": the words of the place, capitalised. */
function asAName(phrase: string): string {
  return phrase.replace(/\b(?!(?:in|at|the|city|of)\b)[a-z]+\b/g, (w) => (w === 'uae' ? 'UAE' : w[0]!.toUpperCase() + w.slice(1)));
}

/**
 * Whether an answer to a year claim asked as written speaks of that year's act: its lead names the year and,
 * when the claim names an act ("created", «أنشئت»), that act or what it is of. "Was the ARCP created in
 * 2013?" found the June 2013 consultation, which names the year, no creation and no ARCP.
 */
export function answersYearClaim(composed: ComposedAnswer | undefined, claim: PlaceClaim): boolean {
  const lead = composed?.citations.length ? leadQuote(composed.text) : undefined;
  if (!lead || !yearsNamed(lead).includes(claim.value as number)) return false;
  const acts = askedActs(claim.asked);
  // …or names what the claim is of, by its acronym ("the GCR was affirmed on 17 December 2018").
  const names = claim.asked.match(/\b[A-Z]{2,}\b/g) ?? [];
  return acts.size === 0 || namesAct(lead, acts) || names.some((n) => lead.includes(n));
}

/**
 * "What were the priorities of Egypt's chairmanship of the ARCP?" answered by who chairs it, when that answer's
 * lead names none of the states put in the chair: said first, and partial (what the chair did is not on record).
 */
export function withChairBelied(composed: ComposedAnswer | undefined, states: readonly string[], lang: Lang): ComposedAnswer | undefined {
  const lead = composed?.citations.length ? leadQuote(composed.text) : undefined;
  if (!composed || !lead) return undefined;
  const named = countriesNamed(lead);
  if (states.some((s) => named.has(s))) return undefined;
  const verdict = lang === 'ar' ? 'لا يذكر السجل هذه الرئاسة؛ ما يذكره:' : 'The record shows no such chair; what it says:';
  return { ...composed, text: `${verdict} ${composed.text}`, coverage: 'partial', claimHolds: false };
}

/**
 * "…the 2017 WRD statement came out of the 4th meeting. Correct?" answered by which meeting agreed it: belied when its
 * quotes name another meeting and never the one claimed; undefined otherwise (a record silent on which meeting is no
 * verdict).
 */
export function withMeetingBelied(composed: ComposedAnswer | undefined, claimed: number, lang: Lang): ComposedAnswer | undefined {
  if (!composed?.citations.length) return undefined;
  const named = ordinalMentions(tokenize(normalizeForMatch(composed.text))).filter((m) => m.kind === 'meeting');
  if (named.length === 0 || named.some((m) => m.n === claimed)) return undefined;
  const verdict = lang === 'ar' ? 'لا، بحسب السجل:' : 'No, according to the record:';
  return { ...composed, text: `${verdict} ${composed.text}`, claimHolds: false };
}

/**
 * "Is it true the ARCP was created by the Arab Summit?": the answer to who created it, said to belie the claim
 * when its lead names another founder; undefined when it names the one claimed (or there is no answer).
 */
export function withFounderBelied(composed: ComposedAnswer | undefined, claimed: string, lang: Lang): ComposedAnswer | undefined {
  const lead = composed?.citations.length ? leadQuote(composed.text) : undefined;
  if (!composed || !lead || namesFounder(lead, claimed)) return undefined;
  const verdict = lang === 'ar' ? `لا، ليس ${claimed}، بحسب السجل:` : `No, not ${claimed}, according to the record:`;
  return { ...composed, text: `${verdict} ${composed.text}`, claimHolds: false };
}

/**
 * "Was it Haifa Abu Ghazaleh who opened the 11th meeting?" answered as "Who opened the 11th meeting?": "No, not
 * Haifa Abu Ghazaleh, according to the record: «…opened by Enas El-Fergany…»", or "Yes, according to the record:".
 */
export function withPersonVerdict(composed: ComposedAnswer | undefined, premise: { asked: string; claimed: string }, lang: Lang): ComposedAnswer | undefined {
  const { asked, claimed } = premise;
  const lead = composed?.citations.length ? leadQuote(composed.text) : undefined;
  if (!composed || !lead) return undefined;
  const holds = namesPerson(lead, claimed);
  // Another person is said to have done it only by a quote that tells of the act (a record silent on who
  // chaired the 9th meeting belies no one).
  if (!holds && !namesAct(lead, askedActs(asked))) return undefined;
  const verdict = lang === 'ar' ? (holds ? 'نعم، بحسب السجل:' : `لا، ليس ${claimed}، بحسب السجل:`) : holds ? 'Yes, according to the record:' : `No, not ${claimed}, according to the record:`;
  return { ...composed, text: `${verdict} ${composed.text}`, claimHolds: holds };
}

/**
 * "the 7th mtg was about gcm implementation, correct?" answered as "What did the 7th meeting focus on?": the record
 * does not tie the topic to it, and says what the meeting was about. Partial: the claim is neither borne out nor
 * belied in so many words.
 */
export function withTopicUnsaid(composed: ComposedAnswer, lang: Lang): ComposedAnswer {
  const note = lang === 'ar' ? 'لا تذكر الوثائق المتاحة لدينا ذلك عن هذا الاجتماع؛ وهذا ما تذكره عنه:' : 'The record does not say that of this meeting. What it says of it:';
  return { ...composed, text: `${note} ${composed.text}`, coverage: 'partial' };
}

/** Whether an answer's lead quote names the place a claim puts ("the Tunis Declaration" for "…meet in Tunis?"). */
export function leadNamesPlace(composed: ComposedAnswer, claim: PlaceClaim): boolean {
  const lead = leadQuote(composed.text);
  return lead !== undefined && namesPlace(normalizeForMatch(lead), claim);
}

/** Whether a normalised text names the place a claim puts, with or without its article. */
const namesPlace = (text: string, claim: PlaceClaim) => text.includes(String(claim.value).replace(/^ال/, ''));

/** The first quote of a text («…»): what the asker reads first of an answer or a paragraph. */
export const leadQuote = (text: string): string | undefined => /«([^»]+)»/u.exec(text)?.[1];
