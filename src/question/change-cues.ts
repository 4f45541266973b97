import { arabicWords, englishWords } from './cues.js';

/**
 * Cues of a comparison and of a change over time (question-types.ts), in both languages: "compare", «الفرق بين»,
 * what one year's statement added to another's, "how has … evolved", «تطور», "over the years".
 */

/** Two years named from here on: a lookahead. */
const TWO_YEARS_ON = String.raw`(?=(?:.*?(?<!\d)(?:19|20)\d\d(?!\d)){2})`;

export const COMPARE_CUES: RegExp[] = [
  englishWords(['compare', 'compares', 'compared', 'comparing', 'comparison', 'differ', 'differs', 'differed', 'difference', 'differences', 'versus', 'vs', 'similar', 'same as', 'contrast', 'distinguish(?:ed|es)? .{1,80} from', "what(?:'s| has| have)? chang(?:ed|es) between"]),
  // «ما الذي تغير بين بيان 2018 وبيان 2024؟»: what changed between two things is said side by side.
  /(?<![\u0621-\u064A])(?:تغير|تغيرت|اختلف)\s+بين(?![\u0621-\u064A])/u,
  // «ما أضافه بيان 2019… لم يرد في بيان 2018», "what did the 2019 statement add to the 2018 one?": what one of two
  // years named has that the other lacks. (With one year, «وبيان 2019 شو زاد عليه؟» after 2018's, it is what it said.)
  new RegExp(`${TWO_YEARS_ON}(?<![\\u0621-\\u064A])(?:ما|ماذا|شو|ايش|وش|عما|عن ما)\\s+(?:الذي\\s+)?(?:اضاف|اضافه|اضافت|اضافته|اضافها|زاد|زادت)(?![\\u0621-\\u064A])`, 'u'),
  new RegExp(`${TWO_YEARS_ON}\\b(?:what did .{1,60} add(?! up)|what (?:was|is) new in)\\b`),
  // "In what ways did the 2019 WRD statement go further than the 2018 one?", «هل كان بيان 2019 أقوى من بيان 2018؟»: one of
  // two years' records measured against the other (read as what the 2019 statement said, it was refused).
  new RegExp(String.raw`^${TWO_YEARS_ON}.*?\b(?:(?:go|goes|went|gone|going) (?:further|farther|beyond)|(?:stronger|weaker|harsher|softer|bolder|firmer|tougher|broader|narrower|more [a-z]+) than)\b`),
  new RegExp(String.raw`^${TWO_YEARS_ON}.*?(?<![\u0621-\u064A])(?:ابعد من|اقو[يى] من|اشد من|اوسع من|اضعف من|اكثر [\u0621-\u064A]+ من|تجاوز|تجاوزت|تخط[يى]|تخطت)(?![\u0621-\u064A])`, 'u'),
  // «وبمَ تميّز عن الأول؟»: what set one apart from the other.
  arabicWords(['قارن', 'قارني', 'مقارنه', 'الفرق', 'فرق', 'اختلاف', 'يختلف', 'تختلف', 'اختلف', 'مقابل', 'الفروق']),
  /(?<![\u0621-\u064A])(?:ب?م[اذ]?\s+)?[يت]?[تي]?ميز(?:ت)?(?![\u0621-\u064A]).{0,80}(?<![\u0621-\u064A])عن(?![\u0621-\u064A])/u,
];

export const EVOLUTION_CUES: RegExp[] = [
  englishWords(['evolv(?:e|ed|es|ing)', 'evolution', 'over the years', 'across the years', 'through the years', 'year (?:by|after|on) year', 'from (?:the )?earliest to (?:the )?(?:most recent|latest)', 'over time', 'over the past', 'trajectory', 'timeline', 'chronolog\\w*', 'history of', 'develop(?:ed|ment) over', 'shift(?:ed)?', 'chang(?:e|ed|es) over', 'how (?:has|have|did|do) .{1,120}(?<!climate )chang(?:ed|e)', 'how (?:has|have) .{1,120}(?:developed|progressed)', 'how did .{1,120}develop from', 'how (?:the|its|their|las|arcp|arab) .{1,120}(?:(?:developed|evolved|progressed) (?:from|since|between|over)|(?<!climate )changed (?:from|since|over))', 'how the (?:numbers?|figures?|counts?|totals?) (?:of|for) .{1,120}changed', 'how (?:has|have|did|do) .{1,120}(?:harden|soften)(?:ed)?', 'how (?:has|have|did|do) (?:the |that |this )?(?:figures?|numbers?|counts?|totals?) (?:move|moved|go|gone|shift|develop|evolve)', 'trace', 'milestones?', 'how (?:has|have|did|do|does) .{1,120}alternat(?:e|ed)\\b', 'back and forth', 'how (?:has|have|was|were|did) .{1,120}(?:repeated|reiterated|renewed|restated)\\b']),
  // «تغير» but not «تغير المناخ» / «التغير المناخي» (climate change is a topic, not a change of position).
  /(?<![\u0621-\u064A])[وف]?(?:ال)?(?:تغير|تغيرت)(?![\u0621-\u064A])(?!\s+(?:ال)?مناخ)(?!\s+بين(?![\u0621-\u064A]))/u,
  // «من تعاقب على منصب…؟», "who succeeded one another as…": the holders in turn, a timeline of them.
  arabicWords(['تعاقب', 'تعاقبت', 'تعاقبوا', 'المتعاقبين', 'المتعاقبون', 'توالى', 'توالت']),
  englishWords(['succeeded (?:one another|each other)', 'in succession', 'successive (?:holders|heads|directors)']),
  arabicWords(['تطور', 'تطورت', 'يتطور', 'تبدل', 'تبدلت', 'كيف انتقل', 'كيف انتقلت', 'من الاقدم الي الاحدث', 'على مر السنين', 'على مر السنوات', 'عبر السنوات', 'عبر السنين', 'مع مرور الوقت', 'بمرور الوقت', 'تسلسل زمني', 'التسلسل الزمني', 'مراحل', 'ابرز محطات', 'اهم محطات', 'ابرز المحطات', 'اهم المحطات', 'المحطات بالترتيب', 'محطاتها بالترتيب', 'بالترتيب الزمني', 'كيف تكرر', 'كيف تكررت', 'كيف تجدد', 'كيف تجددت', 'ما طرا علي', 'طرا علي', 'طرات علي']),
];
