import { opensAnAsk } from './chat-ask.js';
import { opensItem } from './letter-items.js';

/**
 * A question wrapped onto the next line, as plain-text mail wraps it and as people break a long chat line: "I would
 * be grateful if you could indicate which" / "LAS Council decision constitutes the legal basis of the ARCP.",
 * «منو افتتح» / «الاجتماع السابع؟». Each half read as a sentence of its own, the first asked nothing and the second
 * was refused or answered of another subject.
 */

/** A line ends its sentence with one of these (a comma may end a wrapped line: «…عقدته العملية،» / «ومتى انعقد؟»). */
const ENDS = /[.!?؟:：;]["”»’')]*\s*$/u;
/** "I would be grateful if you could indicate which", «نرجو إفادتنا بـ»: the opening of a request to be told, cut short. */
const ASKING_OPENS = /\b(?:could you|would you|can you|kindly|grateful if|please (?:confirm|indicate|tell|advise|let us know|clarify|specify))\b|^(?:compare|list|name|describe|explain|summari[sz]e|define|tell me|give me)\b|(?:^|\s)(?:[أا]رجو|نرجو|يرجى|نود|[أا]ود)\s|^(?:قارن|اذكر|عدد|عدّد|اشرح|عرف|عرّف)/iu;

/** The lines of a letter or message, each wrapped question joined back into one line. */
export function withWrappedLinesJoined(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const last = out.at(-1);
    if (last && line && wrapsOnto(last, line)) out[out.length - 1] = `${last} ${line}`;
    else out.push(line);
  }
  return out;
}

/** A line with no mark at its end that opens an ask goes on in the next, unless that opens an ask or an item of its own. */
function wrapsOnto(line: string, next: string): boolean {
  if (ENDS.test(line) || opensItem(next) || opensAnAsk(next)) return false;
  return opensAnAsk(line) || ASKING_OPENS.test(line);
}
