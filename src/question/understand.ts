import type { Lang } from '../channel/types.js';
import { arabicStems } from '../text/light10.js';
import { detectLang } from '../text/lang.js';
import { normalizeForMatch } from '../text/normalize.js';
import { arabicOrdinal, englishOrdinal } from '../text/ordinals.js';
import { isArabicWord, tokenize } from '../text/tokenize.js';
import { arabicWords, englishWords } from './cues.js';
import { askedTypes } from './question-types.js';
import { timeRange, yearsIn } from './time-range.js';
import type { QuestionAnalysis, QuestionEntities } from './types.js';

const EXTRAORDINARY = [englishWords(['extraordinary', 'exceptional', 'emergency', 'special session']), arabicWords(['استثنائي', 'استثنائيه', 'طارئ', 'طارئه'])];
const TEXT_ASKED = [
  englishWords(['full text', 'the text', 'text of', 'copy of', 'wording', 'available', 'published', 'get hold of', 'download']),
  arabicWords(['نص', 'النص', 'النص الكامل', 'نسخه', 'متاح', 'متاحه', 'متوفر', 'متوفره', 'منشور', 'منشوره', 'صيغه']),
];

/** Meeting ordinals named in the question: "10th", "tenth", «العاشر», «الحادي عشر». */
export function ordinalsIn(tokens: readonly string[]): number[] {
  const out: number[] = [];
  tokens.forEach((t, i) => {
    if (isArabicWord(t)) {
      const next = tokens[i + 1];
      const ord = arabicOrdinal(arabicStems(t)[0]!, next && isArabicWord(next) ? arabicStems(next)[0] : undefined);
      if (ord) out.push(ord.n);
    } else {
      const n = englishOrdinal(t);
      if (n !== undefined) out.push(n);
    }
  });
  return [...new Set(out)];
}

function entitiesOf(text: string, now: Date): QuestionEntities {
  const lower = normalizeForMatch(text);
  const asked = askedTypes(text);
  return {
    years: yearsIn(text, now),
    ordinals: ordinalsIn(tokenize(text)),
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
  const asked = askedTypes(text);
  return {
    text,
    lang: options.lang ?? detectLang(text),
    types: asked ?? ['position'],
    typed: asked !== undefined,
    time: timeRange(text, now),
    entities: entitiesOf(text, now),
    asksForText: TEXT_ASKED.some((re) => re.test(lower)),
  };
}
