/** "could you please summarise for me", «ممكن لخص لي»: the ask to sum up, before what is summed up. */
const SUMMARISE_OPENS_EN = String.raw`^(?:(?:could|can|would)\s+you\s+)?(?:please\s+|pls\s+|kindly\s+)?(?:summ?ari[sz]e|sum\s+up|recap)\s+(?:for\s+(?:me|us)\s+)?`;
const SUMMARISE_OPENS_AR = String.raw`^(?:(?:ممكن|لو\s+سمحت)\s+)?(?:لخص|لخصي|لخصوا)(?:لي|لنا)?\s+(?:لي\s+|لنا\s+)?`;

/**
 * "summarise the 2019 WRD statement", «لخص لي بيان اليوم العالمي للاجئين 2019»: a text summed up is told by its
 * main points, as the records list them ("Main points of the 2019 statement", «أبرز ما تضمنه بيان عام 2019»).
 * Asked as written, three of its sentences were quoted, or a list one of whose items names the statement (the 5th
 * meeting's agenda) led.
 */
const SUMMARISE_EN = new RegExp(
  String.raw`${SUMMARISE_OPENS_EN}((?:the|its|their|this|that)\s+(?:[\w'’-]+\s+){0,5}?(?:statement|stmt|declaration|paper|contribution|recommendations|report|message|speech|remarks)s?\b[^?]*?)(?:\s+for\s+(?:me|us))?\s*[?.!]*$`,
  'i',
);
const SUMMARISE_AR = new RegExp(
  String.raw`${SUMMARISE_OPENS_AR}((?:ال)?(?:بيان|ورق[ةه]|مساهم[ةه]|توصيات|تقرير|[إا]علان|كلم[ةه])(?![\u0621-\u064A])[^؟?]*?)\s*[؟?.!]*$`,
  'u',
);

/**
 * "summarise what LAS said on intl migrants day 2018", «لخص لي شو قالت الجامعة في اليوم العالمي للمهاجرين 2018»: what
 * someone said on a dated occasion is that occasion's statement, summed up by its points.
 */
const SUMMARISE_SAID_EN = new RegExp(
  String.raw`${SUMMARISE_OPENS_EN}what\s+(?:the\s+)?([\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s+(?:said|stated|declared|called\s+for)\s+(?:on|at|in|for)\s+([^?]+?)\s*[?.!]*$`,
  'i',
);
const SUMMARISE_SAID_AR = new RegExp(
  String.raw`${SUMMARISE_OPENS_AR}(?:شو|ماذا|ما|ايش|إيش|وش|اللي|الذي)\s+(?:قال|قالت|قالوا|ذكر|ذكرت)\s+([^؟?]+?)\s+(?:في|ب|بمناسب[ةه])\s*([^؟?]+?)\s*[؟?.!]*$`,
  'u',
);

/** The question as the main points of the dated text it asks summed up, or as it is. */
export function asPointsAsked(question: string): string {
  const text = question.trim();
  // (Of a text dated by its year: "the ARCP's contribution to the GCR" summed up led with the list of document types.)
  const dated = (part: string | undefined) => part !== undefined && /(?<!\d)(?:19|20)\d\d(?!\d)|[٠-٩]{4}/u.test(part);
  const en = SUMMARISE_EN.exec(text);
  if (dated(en?.[1])) return `What are the main points of ${en![1]}?`;
  const ar = SUMMARISE_AR.exec(text);
  if (dated(ar?.[1])) return `ما أبرز ما تضمنه ${ar![1]}؟`;
  // ("…statement for…", not "on…": the occasion is no topic the statement must speak of.)
  const said = SUMMARISE_SAID_EN.exec(text);
  if (dated(said?.[2])) return `What are the main points of the ${said![1]} statement for ${said![2]}?`;
  const saidAr = SUMMARISE_SAID_AR.exec(text);
  return dated(saidAr?.[2]) ? `ما أبرز ما تضمنه بيان ${saidAr![1]} بمناسبة ${saidAr![2]}؟` : question;
}
