import { MONTHS_EN } from './months.js';

/**
 * A sentence with its closing marks, and the quotation mark that closes on it ('…asked: "Where was it held?" Could you
 * help?'); or a line with no mark, which ends at its line's end (a question typed without one, then a signature).
 */
const SENTENCE = /[^.!?؟\n]+(?:[.!?؟]+["”»’')]*|(?=\n)|$)/gu;
/**
 * A period that ends no sentence: "decision No. 7833", "no. of pledges", "Mr. Aboul Gheit", "e.g. the GCM", "how many
 * member states acc. to IOM?" (split there, "to IOM?" was the question).
 */
const ABBREVIATION_DOT = /\b(No|no|Nos|nos|Mr|Mrs|Ms|Dr|St|vs|approx|acc|incl|esp|resp|re)\.(?=\s)/g;
/** "i.e.", "e.g.": both their points (held before the other abbreviations). */
const LATIN_ABBREVIATION = /\b([ie])\.([eg])\.(?=\s|,)/gi;
/** Stands in for such a period while the text is cut into sentences. */
const HELD_DOT = '\u2024';

/** The sentences of a letter's text, each with its closing mark. */
export function sentencesOf(text: string): string[] {
  // (Nor does a point between digits: "SDG target 10.7", "41.4 million".)
  // ("i.e." and "e.g." hold two: "…before 2014, i." was a question, and "e. before the ARCP existed?" another.)
  const held = text.replace(LATIN_ABBREVIATION, `$1${HELD_DOT}$2${HELD_DOT}`).replace(ABBREVIATION_DOT, `$1${HELD_DOT}`).replace(/(?<=\d)\.(?=\d)/g, HELD_DOT);
  return (held.match(SENTENCE) ?? []).flatMap((s) => heldThenAsked(s.replaceAll(HELD_DOT, '.')));
}

function heldThenAsked(sentence: string): string[] {
  const [held, ...asked] = sentence.split(ASK_AFTER_SEMICOLON);
  // («…غير أن الاجتماع العادي الثاني يغيب عن ملفاتنا؛ لذا نرجو إفادتنا بتاريخه…»: what is missing, "so" the request.)
  // ("…our draft notes that the GA affirmed the compact…; since the points will be read out, we would be grateful if you could
  // tell us how many states voted…": an ask of its own after the semicolon.)
  return asked.length > 0 && (ASKER_HOLDS.test(held!.trim()) || THEREFORE.test(asked[0]!) || ASKS_OWN.test(asked[0]!)) ? [held!, ...asked] : [sentence];
}
const ASKS_OWN = /\b(?:tell|inform|advise|let)\s+us(?:\s+know)?\s+(?:how|what|which|who|whom|when|where|whether)\b/i;
const THEREFORE = /^(?:و?(?:لذا|لذلك|عليه)|so|therefore|hence)(?![\p{L}])/iu;

/** What the asker holds, opening a sentence: "We understand…", "Our notes state…", «فهمنا أن…», «وردتنا…». */
const ASKER_HOLDS = /^(?:(?:we|i)\s+(?:understand|believe|gather|recall|note|noted|have\s+(?:been\s+told|read|heard|seen))\b|(?:our|my)\s+(?:understanding|notes|records|files|information|sources)\b|it\s+is\s+our\s+understanding\b|(?:فهمنا|علمنا|بلغنا|وردنا|وردتنا|نفهم|نعلم|تشير\s+سجلاتنا|لدينا)(?![\u0621-\u064A]))/iu;

/**
 * "We understand the 2024 statement mentioned Bahraini initiatives; we would appreciate clarification as to which
 * declaration…": what the asker holds, then the ask, in one sentence. Read as one, the courtesy in its middle stayed a
 * word of the question ("clarification", in no document, vetoed the answer).
 */
const ASK_AFTER_SEMICOLON = /(?<=[;؛])\s+(?=(?:(?:و?(?:لذا|لذلك|عليه)|so|therefore|hence)[,،]?\s+|(?:since|as|because)\s+[^,;]{3,80},\s*)?(?:we|i)\s+(?:would|should)\s+(?:(?:greatly|much|very\s+much)\s+)?(?:appreciate|be\s+grateful)\b|(?:(?:و?(?:لذا|لذلك|عليه)|so|therefore|hence)[,،]?\s+)?(?:نرجو|يرجى|ن[أا]مل|نود|[أا]رجو|الرجاء)(?![\u0621-\u064A]))/iu;

/**
 * «…وقد اكتملت لدينا بيانات معظم الاجتماعات، غير أن الاجتماع العادي الثاني يغيب تماماً عن ملفاتنا», "…we have most
 * meetings on file, but the 2nd regular meeting is missing": the clause after "but" is what the sentence is about, when
 * it names an event (the whole sentence's timeline and archive found every other meeting).
 */
const BUT = /(?:[،,]\s*|\s)(?:غير\s+[أا]ن|[إا]لا\s+[أا]ن|لكن\S*|ولكن\S*|but|however|yet)\s+/giu;

export function clauseAfterBut(sentence: string, namesEvent: (text: string) => boolean): string {
  const at = [...sentence.matchAll(BUT)].at(-1);
  if (!at) return sentence;
  const clause = sentence.slice(at.index! + at[0].length).trim();
  return clause.split(/\s+/).length >= 3 && namesEvent(clause) ? clause : sentence;
}

/** A sentence without its dates: "in November 2019", "in 2019", «في عام 2019». */
export function withoutDates(sentence: string): string {
  return sentence.replace(DATE_SAID, ' ').replace(/\s{2,}/g, ' ').replace(/\s+([.,،])/gu, '$1').trim();
}
const DATE_SAID = new RegExp(String.raw`\b(?:in|on|of)\s+(?:\d{1,2}\s+)?(?:(?:${MONTHS_EN})\.?\s+)?(?:19|20)\d\d\b|(?<![\u0621-\u064A])(?:في\s+)?(?:عام\s+)?(?:19|20)\d\d(?!\d)`, 'giu');

/**
 * «يرد في مسودة الكلمة اقتباس مفاده أن «قضية اللاجئين الفلسطينيين هي جوهر القضية الفلسطينية»… في أي بيان وردت هذه
 * العبارة؟», 'A draft quotes the ARCP as calling for "an integrated vision…". From which document does this wording
 * come?': the words quoted are what an ask of "this wording" is of (the draft and its speaker are in no record).
 */
const QUOTED_SPAN = /[«"“]([^»"”]{12,240})[»"”]/u;
const OF_THE_WORDING = /\b(?:wording|phrase|quote|quotation|expression|formulation|language|sentence|words)\b|(?<![\u0621-\u064A])(?:ال)?(?:عبار[ةه]|اقتباس|صياغ[ةه]|جمل[ةه]|كلمات)(?![\u0621-\u064A])/iu;

export function quotedAsked(ask: string, context: string): string | undefined {
  return OF_THE_WORDING.test(ask) ? QUOTED_SPAN.exec(context)?.[1]?.trim() : undefined;
}
