import { normalizeForMatch } from '../text/normalize.js';

/**
 * "the 7th mtg was about gcm implementation, correct?", "Did the 10th meeting focus on the GCR?", «هل ناقش
 * الاجتماع السابع الاتفاق العالمي للهجرة؟»: a topic put to a numbered meeting, to be checked. When the record
 * ties the topic only to other meetings, the question as written was refused ("no established position"),
 * though the record says what that meeting was about. Checked as "What did the 7th meeting focus on?";
 * undefined for a question that puts no topic to a meeting.
 */
export interface TopicPremise {
  /** The question that checks it, in the asker's language. */
  asked: string;
}

const MEETING_EN = String.raw`the\s+(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh)\s+(?:(?:arcp|regular)\s+)?(?:meeting|mtg|session)`;
const ABOUT_EN = String.raw`(?:(?:mainly|mostly|largely|primarily|all)\s+)?(?:about|on|focused\s+on|dedicated\s+to|devoted\s+to|centred\s+on|centered\s+on)`;
const TAG_EN = String.raw`(?:\s*[,–-]?\s*(?:right|correct|true|yes|ya|yeah|is\s+that\s+(?:right|correct|so)|no))?\s*[?.!]*$`;
const EN = [
  // "the 7th mtg was about gcm implementation, correct?", "Was the 10th meeting about the GCR?"
  new RegExp(String.raw`^(?:is\s+it\s+true\s+that\s+|can\s+you\s+confirm\s+(?:that\s+)?)?(${MEETING_EN})\s+was\s+${ABOUT_EN}\s+(.+?)${TAG_EN}`, 'i'),
  new RegExp(String.raw`^was\s+(${MEETING_EN})\s+${ABOUT_EN}\s+(.+?)${TAG_EN}`, 'i'),
  // "Did the 10th meeting focus on the GCR?", "did the 8th mtg discuss the gcr?"
  new RegExp(String.raw`^did\s+(${MEETING_EN})\s+(?:(?:mainly|mostly)\s+)?(?:focus\s+on|discuss|deal\s+with|address|cover)\s+(.+?)${TAG_EN}`, 'i'),
];

const ORDINAL_AR = '(?:الاول|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع|العاشر|الحادي\\s+عشر)';
const MEETING_AR = `(?:ال)?اجتماع\\s+(?:العادي\\s+)?${ORDINAL_AR}`;
const AR = [
  // «هل ناقش الاجتماع السابع الاتفاق العالمي للهجرة؟», «هل ركز الاجتماع الثامن على…؟», «هل كان الاجتماع السابع عن…؟»
  new RegExp(`^(?:و)?(?:هل|واش)\\s+(?:(?:ناقش|تناول|بحث)\\s+(${MEETING_AR})|(?:كان|ركز|تمحور|خصص)\\s+(${MEETING_AR})\\s+(?:علي|عن|حول|ل))\\s+(.+?)[؟?]?$`, 'u'),
  // «الاجتماع السابع كان عن الاتفاق العالمي للهجرة، صح؟»
  new RegExp(`^(${MEETING_AR})\\s+(?:كان|ركز|تمحور)\\s+(?:علي|عن|حول)\\s+(.+?)\\s*[،,]?\\s*(?:صح|صحيح|مظبوط|مضبوط|صحيح ولا لا|اليس كذلك)\\s*[؟?]?$`, 'u'),
];

/** A date or a place after "on" or "about": when or where, not what. */
const NOT_A_TOPIC = /^(?:(?:the\s+)?\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|line\b|video|zoom)/i;

export function topicPremise(question: string): TopicPremise | undefined {
  const text = question.trim();
  if (/[\u0600-\u06FF]/.test(text)) {
    const norm = normalizeForMatch(text);
    const m = AR.map((re) => re.exec(norm)).find((x) => x !== null);
    const meeting = m && (m[1] ?? m[2]);
    return meeting ? { asked: `ما محاور ${meeting.replace(/^(?!ال)/u, 'ال')}؟` } : undefined;
  }
  const m = EN.map((re) => re.exec(text)).find((x) => x !== null);
  // "the 7th meeting was on 8 June 2021": a date, not a topic.
  return m && !NOT_A_TOPIC.test(m[2]!) ? { asked: `What did ${m[1]!} focus on?` } : undefined;
}
