import { eventOf } from '../question/letter.js';
import { ordinalMentions } from '../question/understand.js';
import { tokenize } from '../text/tokenize.js';

/**
 * "more details please", "tell me more", «تفاصيل أكثر», "where is that from?": more of the previous answer,
 * or its source. A numbered meeting it named is asked about as a whole ("Tell me about the 9th meeting": the
 * record's opening and main points); otherwise, and for the source, the previous question is asked again, its
 * answer quoting its sources (the help text and "thank you for your feedback" answered these).
 */
const MORE_EN = /^(?:(?:can|could)\s+(?:you|u)\s+|please\s+|pls\s+)?(?:(?:give|tell|send|share)\s+(?:me|us)\s+)?(?:some\s+|a\s+(?:bit|little)\s+)?(?:more|further)(?:\s+(?:details?|info(?:rmation)?|on\s+(?:it|that|this)))?(?:\s+(?:please|pls))?$|^(?:please\s+)?(?:elaborate|expand)(?:\s+on\s+(?:it|that|this))?(?:\s+please)?$|^(?:more\s+)?details(?:\s+please)?$/i;
const SOURCE_EN = /^(?:where\s+(?:is|does)\s+(?:that|this|it)\s+(?:from|come\s+from)|(?:what(?:'s|\s+is)\s+)?(?:the|your)\s+sources?(?:\s+(?:for|of)\s+(?:that|this))?|sources?)$/i;
const MORE_AR = /^و?(?:ممكن\s+|لو\s+سمحت\s+|من\s+فضلك\s+)?(?:تفاصيل(?:\s+[أا]كثر)?|المزيد(?:\s+من\s+التفاصيل)?|مزيد\s+من\s+التفاصيل|زيدني|وضح\s+[أا]كثر|اشرح\s+[أا]كثر|بالتفصيل)(?:\s+(?:لو\s+سمحت|من\s+فضلك))?$/u;
const SOURCE_AR = /^و?(?:(?:ما|شو|ايش|وش)\s+(?:هو\s+)?(?:ال)?مصدر(?:\s+(?:هذه\s+المعلوم[ةه]|ذلك|هذا|ها|ه))?|(?:من\s+)?(?:[أا]ين|وين|فين)\s+(?:هذه\s+المعلوم[ةه]|هذا\s+الكلام|المصدر)|مصدرها|المصدر)$/u;

/**
 * "what was her exact title?", «وشو كان منصبها بالضبط؟» after "Who opened the 11th meeting?": the title is said
 * with the one the answer names ("…by Minister Plenipotentiary Enas El-Fergany, Director of…"), so the
 * previous question is asked again (alone, «منصبها» is in no record, and "title" found the GRF).
 */
const TITLE_OF_EN = /^(?:and\s+|so\s+)?(?:what(?:'s|\s+(?:was|is))|which\s+(?:was|is))\s+(?:her|his|their)\s+(?:exact\s+|official\s+|full\s+|job\s+)?(?:title|position|post|role|job|function|rank)s?(?:\s+(?:exactly|then|there|at\s+the\s+time))?$/i;
const TITLE_OF_AR = /^و?(?:شو|ما|ماذا|ايش|إيش|وش|شنو|ايه)\s+(?:(?:كان|كانت|هو|هي)\s+)?(?:منصب|وظيف[ةت]|صف[ةت]|لقب|مسما|مسمى|دور)(?:ها|ه|هم)(?:\s+الوظيفي)?(?:\s+(?:بالضبط|بالتحديد|تحديدا|تحديداً|وقتها|حينها))?$/u;
const WHO_ASKED = /^(?:who|whom)\b|^و?(?:من|مين|منو|شكون)\s/iu;
/**
 * "whats her name", «وشو اسمها؟» after "what did palestine's delegate say at the 10th mtg": the one the answer spoke of
 * by role is named in the record that answered ("Counsellor Jumana Al-Ghoul"), so the question is asked again.
 */
const NAME_OF_EN = /^(?:and\s+|so\s+|ok\s+)?(?:what(?:'s|s|\s+(?:was|is))\s+)?(?:her|his|their)\s+(?:full\s+)?names?(?:\s+(?:again|exactly|then|pls|please))?$/i;
const NAME_OF_AR = /^و?(?:(?:شو|ما|ماذا|ايش|إيش|وش|شنو|ايه)\s+)?(?:(?:كان|كانت|هو|هي)\s+)?(?:اسم|إسم)(?:ها|ه|هم)(?:\s+(?:الكامل|بالضبط|بالكامل))?$/u;
/** A person asked of by role: a delegate, a speaker, an official, a minister. */
const BY_ROLE = /\b(?:delegate|representative|speaker|official|minister|director|chair|envoy|ambassador|head|secretary|counsellor|commissioner)s?\b|(?<![\u0621-\u064A])(?:ال)?(?:مندوب|مندوبة|مندوبه|ممثل|ممثلة|ممثله|وزير|وزيرة|وزيره|مدير|مديرة|مديره|رئيس|رئيسة|رئيسه|أمين|امين|مفوض|سفير)(?![\u0621-\u064A])/iu;

export function moreOf(previous: string, core: string): string | undefined {
  if (SOURCE_EN.test(core) || SOURCE_AR.test(core)) return previous;
  if ((TITLE_OF_EN.test(core) || TITLE_OF_AR.test(core)) && WHO_ASKED.test(previous)) return previous;
  if ((NAME_OF_EN.test(core) || NAME_OF_AR.test(core)) && (WHO_ASKED.test(previous) || BY_ROLE.test(previous))) return previous;
  if (!MORE_EN.test(core) && !MORE_AR.test(core)) return undefined;
  const arabic = /[\u0600-\u06FF]/.test(previous);
  const event = ordinalMentions(tokenize(previous)).length > 0 ? eventOf(previous) : undefined;
  return event ? (arabic ? `حدثني عن ${event}` : `Tell me about the ${event}`) : previous;
}

