import { MONTHS_EN, YEAR } from '../question/months.js';

/**
 * "how many regular meetings had the ARCP held when the secretariat's deck was made? >> and by May 2025?",
 * «…>> وبحلول مايو 2025؟»: a follow-up of a time alone asks the previous question at that time. Its own time — a
 * year, or a clause of when ("when the deck was made") — gives way to the new one; appended beside it ("— by may
 * 2025"), both were searched and the answer refused.
 */
const TIME_EN = new RegExp(String.raw`^(?:by|in|until|till|as\s+of|up\s+to|before|after|since|at\s+the\s+end\s+of)\s+(?:(?:the\s+end\s+of\s+)?(?:${MONTHS_EN})\s+)?(?:19|20)\d{2}$`, 'i');
const TIME_AR = /^(?:في|بحلول|حتى|لغاي[ةه]|لحد|لين|قبل|بعد|منذ|مع\s+نهاي[ةه])\s+(?:(?:شهر\s+)?[\u0621-\u064A/]+\s+)?(?:19|20)\d{2}$/u;
/** The previous question's own time: a clause of when, or a phrase with its year. */
const WHEN_CLAUSE = /\s+(?:when|at\s+the\s+time)\s+[^?؟]+$|\s+(?:عندما|لما|وقت|حين)\s+[^?؟]+$/iu;
const YEAR_PHRASE = /\s+(?:(?:by|in|until|as\s+of|since|before|after|في|بحلول|حتى|منذ|عام|سنة)\s+)?(?:(?:[\p{L}/]+)\s+)?(?:19|20)\d{2}(?![\d])/u;

export function askedAtTime(previous: string, time: string): string | undefined {
  if (!TIME_EN.test(time) && !TIME_AR.test(time)) return undefined;
  const mark = /[?？؟]$/u.test(previous.trim()) ? previous.trim().slice(-1) : '?';
  const body = previous.trim().replace(/[?？؟.!]+$/u, '');
  const untimed = WHEN_CLAUSE.test(body) ? body.replace(WHEN_CLAUSE, '') : body.replace(YEAR_PHRASE, '');
  return `${untimed} ${time}${mark}`;
}

/** "back then", "at that time", «وقتها», «آنذاك», «في ذلك الوقت»: the time the question before was of. */
const THEN_EN = /\s*\b(?:back\s+then|at\s+(?:that|the)\s+time|by\s+then|in\s+those\s+days|at\s+that\s+point)\b/i;
const THEN_AR = /\s*(?<![\u0621-\u064A])(?:وقتها|وقتذاك|وقتئذ|آنذاك|انذاك|حينها|حينذاك|حينئذ|ساعتها|(?:في|ب)\s*(?:ذلك|ذاك|هذاك|هداك|هذيك|تلك)\s+(?:الوقت|الفتر[ةه]|الحين))(?![\u0621-\u064A])/u;

/**
 * "what was the June 2013 consultative meeting for? >> and who was the LAS ASG for social affairs back then?": "then" is
 * that question's year, and the follow-up is asked of it ("…in 2013"); alone, the present holder answered.
 */
export function askedThen(previous: string, core: string): string | undefined {
  const then = THEN_EN.exec(core) ?? THEN_AR.exec(core);
  const year = [...previous.matchAll(new RegExp(YEAR.source, 'g'))].at(-1)?.[0];
  if (!then || !year || YEAR.test(core)) return undefined;
  const arabic = /[\u0600-\u06FF]/.test(then[0]);
  return `${core.slice(0, then.index)} ${arabic ? `عام ${year}` : `in ${year}`}${core.slice(then.index + then[0].length)}`.trim();
}
