import { normalizeForMatch } from '../text/normalize.js';

/**
 * "What was the theme of the 10th GFMD in Berlin?", «ما الموضوع الرئيسي للدورة الرابعة عشرة…؟», "the 2021 celebration's
 * slogan": the one theme, title or slogan of an event, which the record says in so many words ("Its theme was Towards
 * a Global Social Contract…", «وجعلت موضوعه الرئيسي…», «تحت شعار…»). Read as a position, the sentence of the Arab paper
 * "on the themes of the 10th session" led, and its note that the paper's content is not held made the answer a refusal.
 */
const THEME_ASKED = /\b(?:theme|motto|slogan|title)\b(?!s)|(?<![\u0621-\u064A])(?:(?:ال)?شعار|(?:ال)?عنوان|(?:ال)?موضوع\s+(?:ال)?(?:رئيسي|عام|محوري)|موضوع(?:ه|ها)|ما\s+(?:هو\s+)?موضوع)(?![\u0621-\u064A])/u;

/** The record's sentence that names it. Normalised text (ة→ه, ى→ي). */
const THEME_NAMED = /\b(?:(?:its|the|central|main|overall|general)\s+theme\s+(?:was|is|:)|(?:as\s+its|with\s+(?:the\s+)?)\s*(?:[^.;]{0,80}\s)?(?:central|main)\s+theme|central\s+theme\s+the|under\s+the\s+(?:theme|title|slogan|motto)|(?:entitled|titled|themed)\b)|(?<![\u0621-\u064A])(?:(?:كان\s+)?(?:ال)?موضوع(?:ه|ها)?\s+(?:ال)?(?:رئيسي|عام)|كان\s+موضوع|وموضوعها|تحت\s+(?:شعار|عنوان)|بعنوان|شعار(?:ه|ها))(?![\u0621-\u064A])/u;

/** Whether the question asks the theme, title or slogan of something (one, not "the themes"). */
export function asksTheTheme(question: string): boolean {
  return THEME_ASKED.test(normalizeForMatch(question));
}

/** Whether a unit's normalised text names a theme, title or slogan as such. */
export function namesTheTheme(text: string): boolean {
  return THEME_NAMED.test(text);
}

/** The theme asked, said by the lead: that the content of a paper on the event is not held is then no gap in the answer. */
export function themeSaid(question: string, lead: string | undefined): boolean {
  return lead !== undefined && asksTheTheme(question) && namesTheTheme(normalizeForMatch(lead));
}

/** A note on a position or paper (its content not held), not on the event's own facts ("its issue date is not in this corpus"). */
const OF_A_PAPER = /\b(?:position|paper)\b|(?<![\u0621-\u064A])(?:ال)?(?:موقف|ورق[هة])(?![\u0621-\u064A])/u;
export function ofAPaper(note: string): boolean {
  return OF_A_PAPER.test(normalizeForMatch(note));
}
