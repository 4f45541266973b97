import { spellOutAbbreviations } from '../text/abbreviations.js';
import { countedWords, listedWords } from './counted.js';
import { focusWords } from './focus.js';
import type { Lang } from '../channel/types.js';
import { detectLang } from '../text/lang.js';
import { normalizeForMatch } from '../text/normalize.js';
import { asksHabitually } from './habitual.js';
import { asksOverview } from './overview.js';
import { itemAsked } from './item-asked.js';
import { tokenize } from '../text/tokenize.js';
import { arabicWords, englishWords } from './cues.js';
import { askedTypes } from './question-types.js';
import { timeRange, yearsIn } from './time-range.js';
import type { QuestionAnalysis, QuestionEntities } from './types.js';

const EXTRAORDINARY = [englishWords(['extraordinary', 'exceptional', 'emergency', 'special session']), arabicWords(['استثنائي', 'استثنائيه', 'طارئ', 'طارئه'])];
// A document's exact or official title is of its text: the record's note that it lacks "the exact official title
// and the full text" answers "What is the official title of the 2016 final statement?".
const TEXT_ASKED = [
  englishWords(['full text', 'the text', 'text of', 'copy of', 'wording', 'available', 'published', 'get hold of', 'download', 'official title', 'exact title', 'full title', 'official name']),
  // («وشو نصها؟», «شو صياغته الحرفية؟»: the text with its owner's pronoun on it.)
  arabicWords(['نص', 'النص', 'النص الكامل', 'نسخه', 'متاح', 'متاحه', 'متوفر', 'متوفره', 'منشور', 'منشوره', 'صيغه', 'العنوان الرسمي', 'عنوانه الرسمي', 'عنوانها الرسمي', 'الاسم الرسمي',
    'نصه', 'نصها', 'صيغته', 'صيغتها', 'صياغته', 'صياغتها', 'الصياغه', 'الحرفي', 'الحرفيه']),
];

// The ordinal reading lives in ordinal-mentions.ts; its names are re-exported for the many readers that import them here.
export { documentMentions, eventWords, kindOfWord, namesAnExtraordinaryMeeting, namesExtraordinary, numberAsOrdinal, opensMonthName, ordinalMentions, ordinalsIn, sameOrdinal, type OrdinalKind, type OrdinalMention } from './ordinal-mentions.js';
import { ordinalMentions, ordinalsIn, type OrdinalMention } from './ordinal-mentions.js';
import { BODY_WITH_SESSIONS } from './session-body.js';

/**
 * "Who opened the seventh session?", "the ninth session of the consultative process": asked of the assistant,
 * an English session of no body named is the process's own meeting (records write "the 10th session" of the
 * GFMD, in its own document, and keep their reading).
 */
function askedMentions(text: string, lower: string): OrdinalMention[] {
  const mentions = ordinalMentions(tokenize(text));
  if (/[\u0621-\u064A]/.test(text) || BODY_WITH_SESSIONS.test(lower)) return mentions;
  return mentions.map((m) => (m.kind === 'session' ? { ...m, kind: 'meeting' } : m));
}

function entitiesOf(text: string, now: Date): QuestionEntities {
  const lower = normalizeForMatch(text);
  return {
    years: yearsIn(text, now),
    ordinals: ordinalsIn(tokenize(text)),
    mentions: askedMentions(text, lower),
    extraordinary: EXTRAORDINARY.some((re) => re.test(lower)),
  };
}

/**
 * What a question asks, read once for the whole answer layer: the kinds of answer wanted, the years it
 * limits itself to, the meetings it names and whether it asks about a text's availability.
 */
export function understandQuestion(text: string, options: { lang?: Lang; now?: Date } = {}): QuestionAnalysis {
  const now = options.now ?? new Date();
  const lower = normalizeForMatch(text);
  // "wat r the objectives", "whn was the 2nd review": the kind of answer is read from the words written out.
  const asked = askedTypes(spellOutAbbreviations(text));
  const types = asked ?? ['position'];
  const entities = entitiesOf(text, now);
  return {
    text,
    lang: options.lang ?? detectLang(text),
    types,
    typed: asked !== undefined,
    time: timeRange(text, now),
    entities,
    asksForText: TEXT_ASKED.some((re) => re.test(lower)),
    counted: asked?.includes('how-many') ? countedWords(text) : asked?.includes('list') ? listedWords(text) : undefined,
    focus: focusWords(text),
    habitual: asksHabitually(text, types, entities),
    overview: asksOverview(text, types),
    item: itemAsked(text),
  };
}
