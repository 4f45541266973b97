/**
 * "summarise the 2019 WRD statement", «لخص لي بيان اليوم العالمي للاجئين 2019»: a text summed up is told by its
 * main points, as the records list them ("Main points of the 2019 statement", «أبرز ما تضمنه بيان عام 2019»).
 * Asked as written, three of its sentences were quoted, or a list one of whose items names the statement (the 5th
 * meeting's agenda) led.
 */
const SUMMARISE_EN =
  /^(?:(?:could|can|would)\s+you\s+)?(?:please\s+|pls\s+|kindly\s+)?(?:summari[sz]e|sum\s+up|recap)\s+(?:for\s+(?:me|us)\s+)?((?:the|its|their|this|that)\s+(?:[\w'’-]+\s+){0,5}?(?:statement|stmt|declaration|paper|contribution|recommendations|report|message|speech|remarks)s?\b[^?]*?)(?:\s+for\s+(?:me|us))?\s*[?.!]*$/i;
const SUMMARISE_AR =
  /^(?:(?:ممكن|لو\s+سمحت)\s+)?(?:لخص|لخصي|لخصوا)(?:لي|لنا)?\s+(?:لي\s+|لنا\s+)?((?:ال)?(?:بيان|ورق[ةه]|مساهم[ةه]|توصيات|تقرير|[إا]علان|كلم[ةه])(?![\u0621-\u064A])[^؟?]*?)\s*[؟?.!]*$/u;

/** The question as the main points of the dated text it asks summed up, or as it is. */
export function asPointsAsked(question: string): string {
  const text = question.trim();
  // (Of a text dated by its year: "the ARCP's contribution to the GCR" summed up led with the list of document types.)
  const dated = (m: RegExpExecArray | null) => m !== null && /(?<!\d)(?:19|20)\d\d(?!\d)|[٠-٩]{4}/u.test(m[1]!);
  const en = SUMMARISE_EN.exec(text);
  if (dated(en)) return `What are the main points of ${en![1]}?`;
  const ar = SUMMARISE_AR.exec(text);
  return dated(ar) ? `ما أبرز ما تضمنه ${ar![1]}؟` : question;
}
