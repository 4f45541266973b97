import { arabicStems } from '../text/light10.js';
import { arabicOrdinal, englishOrdinal } from '../text/ordinals.js';
import { isArabicWord, tokenize } from '../text/tokenize.js';

/** One item of a list asked by its place in it: "the fourth theme", «المحور الرابع», "the last recommendation". */
export interface ItemAsked {
  /** 1 for the first; 'last' for the last. */
  rank: number | 'last';
  /** What the list's items are called, singular and normalised ("theme", «محور»), to find the list that names them. */
  noun: string;
}

/** What a list's items are called: an ordinal before (English) or after (Arabic) one of these asks for an item. */
const ITEM_NOUNS_EN = new Set([
  'item', 'point', 'objective', 'priority', 'theme', 'topic', 'recommendation', 'goal', 'message', 'heading', 'pillar', 'principle',
  'commitment', 'demand', 'axis', 'area', 'role', 'output', 'outcome', 'task', 'function', 'aim', 'issue', 'step', 'type', 'kind', 'agenda',
]);
const ITEM_NOUNS_AR = new Set([
  'بند', 'نقطه', 'هدف', 'اولويه', 'محور', 'موضوع', 'توصيه', 'رساله', 'مبدا', 'ركيزه', 'دور', 'مهمه', 'مخرج', 'نوع', 'غايه', 'قضيه', 'خطوه', 'عنوان',
]);
const LAST_EN = new Set(['last', 'final']);
const LAST_AR = new Set(['اخير', 'اخيره']);
/** Words that may stand between an English ordinal and its noun: "the fourth key message", "the 2nd main theme". */
const BETWEEN_EN = new Set(['key', 'main', 'priority', 'thematic', 'strategic', 'policy', 'specific', 'general', 'guiding', 'and']);

/** An Arabic word without «ال» or a preposition on it: «والمحور» → «محور». */
const bare = (word: string) => word.replace(/^(?:و|ف)?(?:ب|ل|ك)?(?:ال|لل)/u, '');

/**
 * "What was the fourth theme of the 2016 statement?", "the 2nd objective", "which was the last recommendation", "the third
 * of its six objectives", «المحور الرابع لبيان 2016؟», «ما هي التوصية الأخيرة؟», «الرابع من المحاور»: the item asked by
 * its place in a list. Not a numbered meeting or session («الاجتماع الرابع», "the 4th meeting"), which names an event.
 */
export function itemAsked(text: string): ItemAsked | undefined {
  const found = rankedItem(text);
  return found && { rank: found.rank, noun: found.noun };
}

/**
 * The question without the place of the item asked: "what was the theme of the 2016 statement?" searches the list
 * of themes, where «الثالث» of «الهدف الثالث» found the 3rd meeting, and "third" the GCR's "third countries".
 */
export function withoutItemRank(text: string): string {
  const found = rankedItem(text);
  if (!found) return text;
  const words = text.split(/\s+/u);
  return words.filter((_, i) => i !== found.at).join(' ');
}

/** The item asked, with the index of its rank among the text's words (split at spaces). */
function rankedItem(text: string): (ItemAsked & { at: number }) | undefined {
  const tokens = text.split(/\s+/u).map((w) => tokenize(w)[0] ?? '');
  for (let i = 0; i < tokens.length; i++) {
    const rank = rankAt(tokens, i);
    if (rank === undefined) continue;
    if (isArabicWord(tokens[i]!)) {
      // «المحور الرابع»: the noun before; «الرابع من المحاور», «رابع محور»: the noun after.
      const before = bare(tokens[i - 1] ?? '');
      const after = singularAr(tokens[i + 1] === 'من' ? tokens[i + 2] : tokens[i + 1]);
      const noun = ITEM_NOUNS_AR.has(before) ? before : ITEM_NOUNS_AR.has(after) ? after : undefined;
      if (noun) return { rank, noun, at: i };
      continue;
    }
    let j = i + 1;
    if (tokens[j] === 'of' && ['the', 'its', 'their', 'his', 'her'].includes(tokens[j + 1] ?? '')) j += 2;
    while (BETWEEN_EN.has(tokens[j] ?? '') || /^\d+$/.test(tokens[j] ?? '') || englishCount(tokens[j])) j++;
    const noun = singularEn(tokens[j]);
    if (ITEM_NOUNS_EN.has(noun)) return { rank, noun, at: i };
  }
  return undefined;
}

function rankAt(tokens: readonly string[], i: number): number | 'last' | undefined {
  const t = tokens[i]!;
  if (LAST_EN.has(t) || LAST_AR.has(bare(t))) return 'last';
  if (!isArabicWord(t)) return englishOrdinal(t);
  return arabicOrdinal(arabicStems(t)[0]!, undefined)?.n;
}

/** "six", "four": a count between "of the" and the noun ("the third of its six objectives"). */
const englishCount = (word: string | undefined) => word !== undefined && /^(?:two|three|four|five|six|seven|eight|nine|ten)$/.test(word);

/** Whether a list's heading or announcing line names what its items are called: "Themes of the Arab position", «محاور الموقف». */
export function namesItems(text: string, noun: string): boolean {
  return tokenize(text).some((t) => (isArabicWord(t) ? singularAr(t) : singularEn(t)) === noun);
}

/** "The third item", «النقطة الثانية»: what any list's items are called, whatever its heading says. */
export function isGenericItem(noun: string): boolean {
  return GENERIC.has(noun);
}
const GENERIC = new Set(['item', 'point', 'agenda', 'بند', 'نقطه']);

const singularEn = (word: string | undefined) => (word ?? '').replace(/ies$/, 'y').replace(/s$/, '');

/** A broken plural's singular, for the nouns a list is called by: «المحاور» → «محور», «التوصيات» → «توصيه». */
function singularAr(word: string | undefined): string {
  const w = bare(word ?? '');
  return AR_PLURALS[w] ?? w.replace(/ات$/u, 'ه');
}
const AR_PLURALS: Record<string, string> = { محاور: 'محور', اهداف: 'هدف', بنود: 'بند', نقاط: 'نقطه', مواضيع: 'موضوع', موضوعات: 'موضوع', مبادئ: 'مبدا', ركائز: 'ركيزه', ادوار: 'دور', مهام: 'مهمه', مخرجات: 'مخرج', انواع: 'نوع', رسائل: 'رساله', اولويات: 'اولويه', قضايا: 'قضيه', خطوات: 'خطوه', عناوين: 'عنوان' };
