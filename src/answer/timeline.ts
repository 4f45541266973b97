import { normalizeArabic, normalizeForMatch } from '../text/normalize.js';

// Cues of a question about change over time. Arabic cues are written as people type them and normalised
// like the question; a leading clitic (و ف ب ل) is allowed.
const EN_CUES = [
  /\bevol(?:ve|ved|ves|ving|ution)\b/,
  /\bchang(?:e|ed|es|ing)\b.*\b(?:position|stance|view|approach|language|wording)\b/,
  /\b(?:position|stance|view|approach)\b.*\bchang(?:e|ed|es|ing)\b/,
  /\bover (?:the |recent )?(?:years|time|decade)\b/,
  /\b(?:shift(?:ed)?|develop(?:ed|ment)|progress(?:ed|ion)?|trajectory|timeline|chronolog\w*|history)\b.*\b(?:position|stance|view|approach)\b/,
  /\bfrom \d{4} (?:to|until|through) \d{4}\b/,
  /\bsince \d{4}\b.*\b(?:position|stance|view|approach)\b|\b(?:position|stance|view|approach)\b.*\bsince \d{4}\b/,
];
const AR_CUES = [
  'تطور', 'تطورت', 'يتطور', 'تطوّر', 'تغير', 'تغيّر', 'تغيرت', 'تبدل', 'تبدّل', 'على مر السنين', 'على مر السنوات',
  'عبر السنوات', 'عبر السنين', 'مع مرور الوقت', 'بمرور الوقت', 'تسلسل زمني', 'التسلسل الزمني', 'مراحل تطور', 'منذ عام',
].map((cue) => new RegExp(`(?<!\\p{L})[وفبل]?${normalizeArabic(cue)}`, 'u'));

/** "How has the position on X evolved?" / «كيف تطور موقف…»: answered as a dated timeline, oldest first. */
export function isTimelineQuestion(question: string): boolean {
  const text = normalizeForMatch(question);
  return EN_CUES.some((re) => re.test(text)) || AR_CUES.some((re) => re.test(text));
}

/** Orders dated items oldest first; undated items go last, in their given order. */
export function byDateAscending<T>(items: readonly T[], dateOf: (item: T) => string | undefined): T[] {
  return items
    .map((item, i) => ({ item, i, date: dateOf(item) }))
    .sort((a, b) => {
      if (a.date && b.date && a.date !== b.date) return a.date < b.date ? -1 : 1;
      if (a.date && !b.date) return -1;
      if (!a.date && b.date) return 1;
      return a.i - b.i;
    })
    .map((x) => x.item);
}
