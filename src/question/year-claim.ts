import type { PlaceClaim } from './claim.js';
import { CHECK_TAG_AR, VERDICT_OPENER_EN, VERDICT_TAG_EN } from '../text/verdict-and-span.js';

/**
 * A year put to be checked: "Was the ARCP created in 2013?", "Was the ARCP created by a 2012 decision of the
 * LAS Council?", "Is it true that the 8th meeting was held in 2021?", «هل أنشئت العملية عام 2013؟». As a
 * place claimed, the year is what is to be checked, not what to search for: searched, a year no record
 * holds emptied the search ("no established position"), and one it holds found that year's other events
 * (the June 2013 consultation for the ARCP's founding). When the answer to the question as asked names the
 * year nowhere, it is asked as the "when" it checks (core/assistant.ts).
 */
const CHECK_EN = new RegExp(String.raw`^(?:(?:(?:is\s+it\s+(?:true|correct|right)|am\s+i\s+(?:right|correct)(?:\s+in\s+thinking)?)(?:\s+that)?|(?:(?:can|could)\s+you\s+)?(?:please\s+)?confirm\s+(?:that|whether|if))\s+|${VERDICT_OPENER_EN})`, 'i');
const AUX_FIRST_EN = /^(?<aux>was|were|did|has|have|had)\s+(?<rest>.+)$/i;
const AUX_INSIDE_EN = /^(?<subject>.+?)\s+(?<aux>was|were)\s+(?<rest>.+)$/i;
/** The year and the words that put it: "in 2013", "during 2013", "by a 2012 decision" (→ "by a decision"). */
const YEAR_EN = /\s+(?:in|during)\s+(?:the\s+year\s+)?((?:19|20)\d\d)\b|(?<=\b(?:a|an|the)\s+)((?:19|20)\d\d)\s+(?=(?:decision|resolution)\b)/i;
/**
 * Only the date of an act that happened once: founded, held, launched, adopted. "Did the ARCP issue a WRD
 * statement in 2022?" asks whether a record of that year exists, which its own note answers ("No text or
 * report of a World Refugee Day statement for 2022 was found").
 */
const DATED_ACT_EN = /\b(?:creat|establish|found|set\s+up|launch|held|hold|convened?|took\s+place|take\s+place|met|meet|adopt|sign|open)/i;
const DATED_ACT_AR = /(?<![\u0621-\u064A])[وف]?(?:ات)?(?:[أاإ]نش|تأسس|تاسس|[أا]سس|[أا]طلق|انطلق|عقد|انعقد|[أا]قيم|اعتمد|وقع|افتتح)/u;
const TAG_EN = new RegExp(String.raw`${VERDICT_TAG_EN}|\s*,?\s*(?:right|correct|true|is\s+that\s+(?:right|correct|so)|wasn'?t\s+it|didn'?t\s+it)?\s*\?*\s*$`, 'i');
const OTHER_QUESTION = /\b(?:what|when|who|whom|which|how|where|why)\b|(?<![\u0621-\u064A])و?(?:متى|من|كم|ما|ماذا|أين|اين|كيف|لماذا|وين|امتى)(?![\u0621-\u064A])/iu;

/** «في عام 2013», «سنة 2013», «في 2013», and the year alone after the act: «اتأسست 2015». */
const YEAR_AR = /\s+(?:(?:في\s+)?(?:(?:ال)?عام|سن[ةه])\s+|في\s+)?((?:19|20)\d\d)(?!\d)/u;
/**
 * "…in 2015, not 2014", «…2015 مش 2014», «…عام 2015 وليس 2014»: the year the asker sets the claim against is no
 * second claim; the record's year answers both.
 */
const CONTRAST_YEAR = /\s*[،,]?\s*(?:(?:and\s+)?not|rather\s+than|instead\s+of|(?<![\u0621-\u064A])و?(?:ليس|مش|مو|موش|مهوش|ماشي|لا))\s+(?:(?:in|في)\s+)?(?:(?:ال)?عام\s+|سن[ةه]\s+)?(?:19|20)\d\d(?!\d)/giu;
/** «هل أنشئت…؟», and a statement put to be checked: «صحيح انه العملية انشئت سنة 2016», «…سنة 2016 صح؟». */
const CHECK_AR = /^(?:و)?(?:هل|(?:صحيح|صح|دقيق|مظبوط|مضبوط)\s+(?:ان|أن|إن|انو|إنو|انه|إنه|انها))\s+/u;
const ASKED_AR = new RegExp(`${CHECK_AR.source}(?<body>.+)$`, 'u');
/** «الاجتماع التاسع انعقد سنة 2022، صح؟», «…مو؟»: the statement before the tag is the claim. */
const TAGGED_AR = new RegExp(`^(?<body>.+?)\\s*[،,]?\\s*${CHECK_TAG_AR}\\s*[؟?]+\\s*$`, 'u');

const yearsIn = (text: string) => text.match(/(?<!\d)(?:19|20)\d\d(?!\d)/g) ?? [];

export function yearClaim(question: string): PlaceClaim | undefined {
  const text = question.trim().replace(CONTRAST_YEAR, '');
  if (yearsIn(text).length !== 1 || OTHER_QUESTION.test(text.replace(CHECK_AR, ''))) return undefined;
  const arabic = /[\u0621-\u064A]/.test(text);
  if (!(arabic ? DATED_ACT_AR : DATED_ACT_EN).test(text)) return undefined;
  return arabic ? arabicYearClaim(text) : englishYearClaim(text);
}

function englishYearClaim(text: string): PlaceClaim | undefined {
  const unchecked = text.replace(CHECK_EN, '');
  const year = YEAR_EN.exec(unchecked);
  if (!year) return undefined;
  const without = `${unchecked.slice(0, year.index)}${year[2] ? ' ' : ''}${unchecked.slice(year.index + year[0].length)}`.replace(TAG_EN, '').replace(/\s{2,}/g, ' ').trim();
  const first = AUX_FIRST_EN.exec(without);
  const inside = first ? undefined : unchecked !== text ? AUX_INSIDE_EN.exec(without) : undefined;
  if (!first && !inside) return undefined;
  const asked = first ? `When ${first.groups!.aux!.toLowerCase()} ${first.groups!.rest}?` : `When ${inside!.groups!.aux!.toLowerCase()} ${inside!.groups!.subject!.replace(/^./, (c) => c.toLowerCase())} ${inside!.groups!.rest}?`;
  const value = year[1] ?? year[2]!;
  return { asked, phrase: `in ${value}`, value: Number(value) };
}

function arabicYearClaim(text: string): PlaceClaim | undefined {
  const m = ASKED_AR.exec(text.replace(/[؟?]+\s*$/u, '')) ?? TAGGED_AR.exec(text);
  const year = m ? YEAR_AR.exec(m.groups!.body!) : null;
  if (!m || !year) return undefined;
  const body = m.groups!.body!;
  const rest = `${body.slice(0, year.index)}${body.slice(year.index + year[0].length)}`.trim();
  return { asked: `متى ${rest}؟`, phrase: `عام ${year[1]}`, value: Number(year[1]) };
}

