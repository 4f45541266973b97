import { normalizeForMatch } from '../text/normalize.js';
import { namesOfState } from './countries.js';

/**
 * "What did Saudi Arabia say at the 9th meeting?": the state asked is the one that spoke. A quote that names it
 * in a list of members, or as the place of a crisis ("the events in Sudan"), says nothing of what it said,
 * and answering with it was a false answer. Only a quote that names the state as the one that acts (its
 * delegate, its minister, "Morocco's delegation", «مندوبة فلسطين», «وفد المغرب») may answer.
 */

const SPEECH_EN = String.raw`(?:say|said|says|state|stated|call(?:ed)?\s+for|propose|proposed|present|presented|announce|announced|stress|stressed|raise|raised|speak|spoke|talk\s+about|talked\s+about|suggest|suggested|express|expressed)`;
const STANCE_EN = String.raw`(?:position|stance|view|views|intervention|statement|remarks|speech)`;
const SPEECH_AR = String.raw`(?:قال|قالت|يقول|تقول|ذكر|ذكرت|دعا|دعت|طالب|طالبت|اقترح|اقترحت|عرض|عرضت|تحدث|تحدثت|اكد|اكدت|قدم|قدمت)`;
const STANCE_AR = String.raw`(?:موقف|راي|مداخله|كلمه|ورقه)`;
/** Who acts for a state, in the record's words. */
const AGENT_EN = String.raw`(?:delegate|delegates|delegation|representative|representatives|minister|deputy\s+minister|ambassador|envoy|intervention|government|ministry)`;
const AGENT_AR = String.raw`(?:مندوب|مندوبه|ممثل|ممثله|وفد|وزير|وزيره|سفير|سفيره|مداخله|كلمه|حكومه|وزاره)`;
const ACTED_AR = String.raw`(?:قال|قالت|اكد|اكدت|دعا|دعت|عرض|عرضت|طالب|طالبت|شدد|شددت|اقترح|اقترحت|اشار|اشارت|تحدث|تحدثت|وصف|وصفت|استعرض|استعرضت|ذكر|ذكرت|اوضح|اوضحت|تطرق|تطرقت|نبه|نبهت|حذر|حذرت|قدم|قدمت|رحب|رحبت)`;
const ACTED_EN = String.raw`(?:said|stated|stressed|called|noted|presented|proposed|described|highlighted|affirmed|urged|reviewed|spoke|raised|expressed|announced|welcomed|referred|warned|explained|outlined|mentioned|cited|pointed|reported|shared|gave)`;

const AR_LETTER = '\\u0621-\\u064A';
const ACTED_EN_WORD = new RegExp(String.raw`\b${ACTED_EN}\b`);
const ACTED_AR_WORD = new RegExp(`(?<![${AR_LETTER}])[وف]?${ACTED_AR}(?![${AR_LETTER}])`, 'u');
const arWord = (w: string) => `(?<![${AR_LETTER}])(?:[وفبل]|لل)?(?:ال)?${w.replace(/^ال/, '')}(?![${AR_LETTER}])`;

/** Whether a question asks what a state said or stood for: "what did Egypt say…", «ماذا قالت مصر…», «موقف المغرب». */
export function asksWhatStateSaid(question: string, state: string): boolean {
  const names = namesOfState(state);
  if (!names) return false;
  const norm = normalizeForMatch(question);
  const en = `(?:the\\s+)?(?:${names.en})`;
  const english = new RegExp(String.raw`\b(?:did|does|has|have|had)\s+${en}(?:'s\s+\w+)?\s+${SPEECH_EN}\b|\b${en}(?:'s|s)?\s+(?:\w+\s+)?${STANCE_EN}\b`);
  const ar = arWord(names.ar);
  // The state right after the verb is who said it («قالت مصر»); after «عن», «حول», or a noun («إعلان تونس»), what
  // was said of it or whose name a text bears.
  const arabic = new RegExp(`(?<![${AR_LETTER}])(?:${SPEECH_AR})\\s+${ar}|(?<![${AR_LETTER}])(?:${STANCE_AR})\\s+${ar}`, 'u');
  return english.test(norm) || arabic.test(norm);
}

/** Whether a text names the state as the one that speaks or acts (its delegate, minister or delegation), and what it said or did. */
export function namesStateActing(text: string, state: string): boolean {
  const names = namesOfState(state);
  if (!names) return false;
  const norm = normalizeForMatch(text);
  const en = `(?:the\\s+)?(?:${names.en})`;
  const people = names.people ? `|\\b(?:${names.people})\\s+(?:[a-z-]+\\s+){0,2}?${AGENT_EN}\\b` : '';
  const english = new RegExp(String.raw`\b${en}(?:'s|s)?\s+(?:[a-z-]+\s+){0,2}?(?:${AGENT_EN}|${ACTED_EN})\b|\b${AGENT_EN}\s+(?:[a-z-]+\s+){0,2}?(?:of|for|from)\s+${en}\b${people}`);
  const ar = arWord(names.ar);
  const peopleAr = names.peopleAr.length > 0 ? `|(?<![${AR_LETTER}])${AGENT_AR}\\s+(?:\\S+\\s+){0,3}?(?:ال)?(?:${names.peopleAr.join('|')})(?![${AR_LETTER}])` : '';
  const arabic = new RegExp(`(?<![${AR_LETTER}])(?:${AGENT_AR}|${ACTED_AR})\\s+(?:\\S+\\s+){0,2}?${ar}${peopleAr}`, 'u');
  // …and says what was said or done: "Morocco's delegation came from the foreign ministry" says nothing.
  return (english.test(norm) && ACTED_EN_WORD.test(norm)) || (arabic.test(norm) && ACTED_AR_WORD.test(norm));
}
