/**
 * "When did the ARCP start?", "when did the GFMD begin?": the beginning of a body, a process or a forum is its
 * founding, which the record tells as "established", "created" or "launched". It writes "start" and "begin"
 * only in other senses ("…to UN-organised events, beginning with the regional consultations"), and that
 * sentence answered. Asked as "when was the ARCP established?" (by the League's decision; IOM's "launched"
 * is its 2015 meeting of chairs), or "when was the GFMD launched?". A meeting's or a conference's start is when
 * it was held ("when did the 9th meeting start?" was refused). (Arabic «متى بدأت العملية؟» finds the decision
 * that founded it as it is.) «متى انطلق المنتدى العالمي…؟» (form VII, "set off") is asked in the record's «أُطلق»
 * (form IV, "was launched"), which Light10 and the root key keep apart: the 10th session's date answered.
 */
const BEGAN = /^(when|in what year|in which year|what year)\s+(?:did|does|do)\s+(.+?)\s+(?:start|begin|commence|get started|kick off)\b(?=\s*(?:[?.!]|$))/i;
const ARCP = /\b(?:arcp|arab regional consultative process|consultative process)\b/i;
const BODY = /\b(?:process|gfmd|forum|working group|department|secretariat)\b/i;
const EVENT = /\b(?:meeting|session|conference|consultations?|review|summit|celebration|grf|imrf|refugee forum|review forum)\b/i;

const SET_OFF_AR = /(?<![\u0621-\u064A])([وف]?)(?:[اإ]نطلق|ينطلق)(ت?)(?![\u0621-\u064A])(?!\s+(?:[اأ]عمال|نقاش|من))/u;
const SET_OFF_AR_SHE = /(?<![\u0621-\u064A])([وف]?)تنطلق(?![\u0621-\u064A])(?!\s+(?:[اأ]عمال|نقاش|من))/u;

export function beginningAsAsked(question: string): string {
  if (SET_OFF_AR.test(question) || SET_OFF_AR_SHE.test(question)) return question.replace(SET_OFF_AR, '$1أُطلق$2').replace(SET_OFF_AR_SHE, '$1أُطلقت');
  const m = BEGAN.exec(question.trim());
  const act = !m ? undefined : EVENT.test(m[2]!) ? 'held' : ARCP.test(m[2]!) ? 'established' : BODY.test(m[2]!) ? 'launched' : undefined;
  return act ? question.trim().replace(BEGAN, (_, when: string, subject: string) => `${when} was ${subject} ${act}`) : question;
}
