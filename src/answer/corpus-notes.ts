import { normalizeArabic, normalizeForMatch } from '../text/normalize.js';

/**
 * Sentences a corpus writes about itself rather than about the ARCP: what a file covers ("This file lists
 * the meetings…", «يقتصر هذا الملف…»), what it lacks ("The full text is not in this corpus", «لم يُعثر
 * على…») and pointers to other files ("see file wrd-2019"). They are never quoted as positions; a note of
 * absence is quoted only to say what is not on record, when the question asks about exactly that.
 */
const SELF = [
  /\bthis (?:file|corpus|document set|collection)\b/,
  /\bthe research notes?\b/,
  /\bits own file\b|\bseparate file\b/,
  /\bthe available sources? (?:carr|do|does|publish|give|show)/,
  // "Anyone needing its content should ask the ARCP technical secretariat…", «وعلى من يحتاج إلى مضمونها الرجوع إلى
  // الأمانة الفنية»: the referral beside a gap, which the reply makes in its own words.
  /\banyone needing (?:it|its|the|this)\b.{0,40}\bshould (?:ask|contact|consult)\b/,
  new RegExp(normalizeArabic('(?:^|\\s)و?على من يحتاج'), 'u'),
  ...['هذا الملف', 'هذه المجموعه', 'المصادر المتاحه', 'المصدر المتاح', 'ملف مستقل'].map((w) => new RegExp(normalizeArabic(w).replace('ة', 'ه'), 'u')),
];

const ABSENT = [
  /\bnot in this corpus\b/,
  /\b(?:was|were|is|are) not found\b/,
  /\bno (?:text|press report|report|date|contributions?|record)\b.{0,80}\b(?:found|corpus|available)\b/,
  /\bholds? no (?:text|record)\b/,
  /\bcontains? no\b/,
  /\bdoes not contain\b/,
  /\bnot (?:available|published)\b.{0,40}\b(?:corpus|sources?)\b/,
  /\bsources? (?:do|does|did) not (?:give|state|say|name|record|mention|specify|show|link)\b/,
  /\b(?:is|are|was|were) not known\b|\bunknown\b|\b(?:date|day|month|place|venue|number) not known\b/,
  /\bnothing can (?:therefore )?be said\b|\bno information (?:is|was|can be)\b/,
  ...['غير متوفر', 'غير متوفره', 'غير متوفرين', 'غير متوفرتين', 'لم يعثر', 'لم تعثر', 'لم نعثر', 'لا تتضمن', 'لا يتضمن', 'لم تنشر المصادر', 'لا تذكر المصادر', 'لا تحدد المصادر', 'لا تربط المصادر', 'غير معروف', 'غير معروفه', 'لا يمكن تقديم اي معلومات', 'لا تتوفر معلومات', 'لا يعرف', 'لا تعرف', 'المصدر لا يذكر', 'المصادر لا تذكر']
    .map((w) => new RegExp(normalizeArabic(w).replace(/ة/g, 'ه'), 'u')),
];

/** "(see file wrd-2019)", «(انظر الملف wrd-2017)»: a pointer for the corpus's readers, not for askers. */
const ID = '[a-z0-9]+(?:-[a-z0-9]+)+';
export const FILE_POINTER = new RegExp(
  `\\s*\\((?:(?:see (?:the )?files?|see|انظر الملفين|انظر الملف|انظر)\\s+)?${ID}(?:\\s*(?:and|,|،|و)\\s*${ID})*\\)`,
  'giu',
);
/** A document id left in text: lower-case words joined by hyphens with a number or a known prefix. */
const INTERNAL_ID = /(?<![\p{L}\p{N}-])(?:[a-z]+-){1,4}(?:\d{2,4}|[a-z]+-\d{2,4})(?![\p{L}\p{N}-])/u;

/** Sentences that only point elsewhere: "For more information…", «للاطلاع على…انظر». */
const FILLER = [
  /^for (?:more|further) (?:information|details)\b/,
  /^(?:see|refer to)\b/,
  new RegExp(`^(?:${['للمزيد من المعلومات', 'لمزيد من المعلومات', 'للاطلاع علي', 'للاطلاع على', 'انظر'].map(normalizeArabic).join('|')})`, 'u'),
];

export type NoteKind = 'absence' | 'self' | 'filler';

/** What kind of corpus note a sentence is, if it is one. */
export function corpusNoteKind(sentence: string): NoteKind | undefined {
  const text = normalizeForMatch(sentence);
  if (ABSENT.some((re) => re.test(text))) return 'absence';
  if (SELF.some((re) => re.test(text))) return 'self';
  if (FILLER.some((re) => re.test(text.trim()))) return 'filler';
  return undefined;
}

/** True when text still names an internal document id once file pointers are removed. */
export function hasInternalId(text: string): boolean {
  return INTERNAL_ID.test(text.replace(FILE_POINTER, ''));
}

/** Sentences that say the record is uncertain: "sources differ", «غير مؤكد», "probably", «يُرجَّح». */
const UNCERTAIN = [
  /\b(?:sources|accounts|reports) (?:differ|disagree|conflict|vary)\b|\buncertain\b|\bnot confirmed\b|\bunconfirmed\b|\bunclear\b|\bis an inference\b|\bprobably\b/,
  ...['تختلف المصادر', 'اختلاف المصادر', 'اختلفت المصادر', 'تتباين المصادر', 'تباين المصادر', 'متباين بين المصادر', 'متباينة بين المصادر', 'غير مؤكد', 'غير مؤكده', 'غير واضح', 'استنتاج', 'يرجح', 'على الارجح', 'يحتمل', 'من المحتمل'].map((w) => new RegExp(normalizeArabic(w).replace(/ة/g, 'ه'), 'u')),
];

/** True when a sentence says part of what it reports is uncertain or unknown. */
export function saysUncertain(sentence: string): boolean {
  const text = normalizeForMatch(sentence);
  return UNCERTAIN.some((re) => re.test(text)) || ABSENT.some((re) => re.test(text));
}
