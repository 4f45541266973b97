import { ordinalMentions } from '../question/understand.js';
import { arabicOrdinalWord, englishOrdinalWord } from '../text/ordinals.js';
import { tokenize } from '../text/tokenize.js';
import { normalizeForMatch } from '../text/normalize.js';
import { CITIES_AR, CITIES_EN } from '../question/place-names.js';

/**
 * Follow-ups that ask the previous question of a neighbour: the next or previous meeting, the year after or before
 * ("and the next one?", «والسنة اللي قبلها؟»), or another year ("and in 2024?"), rewritten into that question.
 */

export const YEAR = /(?<![\d])(?:19|20)\d{2}(?![\d])/;

// A meeting's number, as written: "10th", "tenth"; «العاشر», «الحادي عشر», «الرابعة عشرة»; the dialects' «التالت», «التامن».
export const ORDINAL_EN = /\b(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\b/i;
export const ORDINAL_AR =
  /(?<![\u0621-\u064A])(?:ال)?(?:حادي|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع)[ةه]? عشر[ةه]?(?![\u0621-\u064A])|(?<![\u0621-\u064A])ال(?:[أا]ول|[أا]ولى|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر|تاني|تالت|تامن)[ةه]?(?![\u0621-\u064A])/u;

/** "And the next one?", «والاجتماع اللي بعده؟», «والتالي؟»: the meeting after (or before) the one asked. */
const NEXT = /^(?:and\s+)?(?:what\s+about\s+)?(?:the\s+)?(?:next|following)(?:\s+(?:one|meeting|session))?$|^(?:and\s+)?the\s+(?:one|meeting|session)\s+after(?:\s+(?:it|that))?$|^(?:طيب\s+|طب\s+)?و?(?:ال)?(?:اجتماع|دوره|دورة)?\s*(?:ال)?(?:تالي|تاليه|تالية|لاحق|لاحقه|لاحقة|(?:اللي|الذي|التي|اللى)\s+(?:بعده|بعدها|يليه|تليها))$/iu;
const PREVIOUS = /^(?:and\s+)?(?:what\s+about\s+)?(?:the\s+)?(?:previous|preceding)(?:\s+(?:one|meeting|session))?$|^(?:and\s+)?the\s+(?:one|meeting|session)\s+before(?:\s+(?:it|that))?$|^(?:طيب\s+|طب\s+)?و?(?:ال)?(?:اجتماع|دوره|دورة)?\s*(?:ال)?(?:سابق|سابقه|سابقة|(?:اللي|الذي|التي|اللى)\s+(?:قبله|قبلها))$/iu;

export function withNeighbour(previous: string, core: string): string | undefined {
  return withOrdinalMoved(previous, NEXT.test(core) ? 1 : PREVIOUS.test(core) ? -1 : 0);
}

/** The previous question of the meeting `step` away from the one it names by number. */
function withOrdinalMoved(previous: string, step: number): string | undefined {
  const asked = step !== 0 ? ordinalMentions(tokenize(previous))[0] : undefined;
  if (!asked) return undefined;
  const arabic = /[\u0600-\u06FF]/.test(previous);
  const written = (arabic ? ORDINAL_AR : ORDINAL_EN).exec(previous);
  if (!written) return undefined;
  const feminine = arabic && /[ةه](?:\s+عشر[ةه]?)?$/u.test(written[0]);
  const word = arabic ? arabicOrdinalWord(asked.n + step, feminine ? 'feminine' : 'masculine') : englishOrdinalWord(asked.n + step);
  return word && asked.n + step > 0 ? previous.replace(written[0], word) : undefined;
}

/** "And the year before?", "the following year's?", «والسنة اللي قبلها؟», «وبالسنة اللي قبلها؟», «وبيان السنة التالية؟»: the previous question a year away. */
function yearAway(english: string, arabic: string): RegExp {
  return new RegExp(
    String.raw`^(?:and\s+)?(?:what\s+about\s+)?(?:in\s+)?(?:the\s+)?(?:${english})(?:'s)?(?:\s+(?:one|statement))?$|^و?(?:في\s+|ب)?(?:بيان\s+)?(?:ال)?(?:سن[ةه]|عام)\s+(?:${arabic})$`,
    'iu',
  );
}
const YEAR_AFTER = yearAway(String.raw`year\s+after|following\s+year|next\s+year`, String.raw`اللي\s+بعدها|اللي\s+بعده|التالي[ةه]?|التي\s+تليها|الذي\s+يليه|اللاحق[ةه]?`);
const YEAR_BEFORE = yearAway(String.raw`year\s+before|previous\s+year|preceding\s+year`, String.raw`اللي\s+قبلها|اللي\s+قبله|السابق[ةه]?|التي\s+قبلها|الذي\s+قبله`);

export function withNeighbourYear(previous: string, core: string): string | undefined {
  const step = YEAR_AFTER.test(core) ? 1 : YEAR_BEFORE.test(core) ? -1 : 0;
  const year = step !== 0 ? YEAR.exec(previous)?.[0] : undefined;
  // «متى انعقد الاجتماع التاسع؟ >> والسنة اللي بعدها؟»: the regular meetings are yearly, so the year after
  // a meeting named by its number is the next meeting's.
  return year ? withYear(previous, String(Number(year) + step)) : withOrdinalMoved(previous, step);
}

export function withYear(previous: string, year: string): string {
  if (YEAR.test(previous)) return previous.replace(YEAR, year);
  // ("who opened the 11th meeting last may? >> and the 5th one back in 2019?": the year named takes the place of the
  // previous question's "last May", «العام الماضي».)
  const { body, mark } = splitMark(withoutRelativeTime(previous));
  return /[\u0600-\u06FF]/.test(body) ? `${body} في عام ${year}${mark}` : `${body} in ${year}${mark}`;
}

const RELATIVE_TIME = /\s+(?:(?:last|this|next)\s+(?:year|month|week|january|february|march|april|may|june|july|august|september|october|november|december)|(?:في\s+)?(?:العام|السنه|السنة)\s+(?:الماضي|الماضية|الماضيه|الفائت|المنصرم))(?=\s*[?？؟.!]*$)/iu;

/** A question without the time it gave relative to now ("last May"), which another event asked of does not share. */
export function withoutRelativeTime(question: string): string {
  return question.replace(RELATIVE_TIME, '');
}

export function splitMark(question: string): { body: string; mark: string } {
  const m = /[?？؟.!]+$/u.exec(question);
  return m ? { body: question.slice(0, m.index).trim(), mark: m[0] } : { body: question, mark: '' };
}

/**
 * «الاجتماع السابع كان مخصص لأي اتفاق؟ >> والثامن كان بيحضّر لإيش؟», "…the 7th meeting…? >> and the 8th, what was it
 * preparing for?": a question of its own put to an ordinal alone, which counts what the question before counted.
 * Joined to the question before, the 8th was asked the 7th's question.
 */
export function withKindOfPrevious(previous: string, rest: string): string | undefined {
  const arabic = /[\u0600-\u06FF]/.test(rest);
  const ordinal = (arabic ? ORDINAL_AR : ORDINAL_EN).exec(rest);
  const after = ordinal ? rest.slice(ordinal.index + ordinal[0].length).trim() : '';
  if (!ordinal || ordinal.index > (arabic ? 0 : 4) || after.split(/\s+/).length < 2) return undefined;
  if (arabic) {
    const kind = new RegExp(String.raw`(?<![\u0621-\u064A])(ال(?:اجتماع|دور[ةه]|منتدى|استعراض|مؤتمر))\s+(?:${ORDINAL_AR.source})`, 'u').exec(previous)?.[1];
    return kind ? `${kind} ${ordinal[0]} ${after}` : undefined;
  }
  const kind = new RegExp(String.raw`${ORDINAL_EN.source}\s+((?:arcp\s+|regular\s+)*(?:meeting|mtg|session|forum|review|conference|grf|gfmd))\b`, 'i').exec(previous)?.[1];
  return kind ? `the ${ordinal[0]} ${kind} ${after.replace(/^[,–—-]\s*/, '')}` : undefined;
}


/**
 * «بيان يوم اللاجئ 2024 أدان شو؟ >> والسنة اللي بعدها شو رفض بخصوص الأونروا», "…the 2024 statement…? >> the year after,
 * what did it reject on UNRWA?": a question of its own asked of the year next to the one asked before, the previous
 * question of that year its context (alone, «السنة اللي بعدها» named no year at all).
 */
const YEAR_AWAY_THEN_EN = /^(?:and\s+)?(?:in\s+)?the\s+(year\s+after|following\s+year|next\s+year|year\s+before|previous\s+year)\s*,?\s+(.{6,})$/i;
const YEAR_AWAY_THEN_AR = /^و?(?:في\s+|ب)?(?:ال)?(?:سن[ةه]|عام)\s+(اللي\s+بعدها|اللي\s+بعده|التالي[ةه]?|التي\s+تليها|اللي\s+قبلها|اللي\s+قبله|السابق[ةه]?|التي\s+قبلها)\s*[،,]?\s+(.{4,})$/u;

export function askedOfYearAway(previous: string, core: string): { text: string; isFollowUp: true; context: string } | undefined {
  const m = YEAR_AWAY_THEN_EN.exec(core) ?? YEAR_AWAY_THEN_AR.exec(core);
  const year = m ? YEAR.exec(previous)?.[0] : undefined;
  if (!m || !year) return undefined;
  const after = /after|following|next|بعد|التالي|تلي|اللاحق/iu.test(m[1]!);
  const asked = String(Number(year) + (after ? 1 : -1));
  const arabic = /[\u0600-\u06FF]/.test(core);
  return { text: `${m[2]!.trim()} ${arabic ? `في عام ${asked}` : `in ${asked}`}`, isFollowUp: true, context: withYear(previous, asked) };
}

/**
 * "gfmd theme in berlin 2017? >> and in quito", «شو كان شعار المنتدى في برلين 2017؟ >> وفي كيتو؟»: the question
 * before, of the other city, without the year that dated the first (the answer had been Berlin's theme again).
 */
export function withPlace(previous: string, rest: string): string | undefined {
  const city = rest.replace(/^(?:the\s+)?(?:one\s+)?(?:in|at)\s+/i, '').trim();
  const asked = normalizeForMatch(city).trim();
  if (!CITIES.has(asked)) return undefined;
  const norm = normalizeForMatch(previous);
  const before = [...CITIES].find((c) => c !== asked && new RegExp(`(?<![\\p{L}])${c}(?![\\p{L}])`, 'u').test(norm));
  if (!before) return undefined;
  const at = new RegExp(`(?<![\\p{L}])${before.replace(/ه$/u, '[ةه]')}(?![\\p{L}])`, 'iu');
  if (!at.test(previous)) return undefined;
  return previous.replace(at, city).replace(new RegExp(String.raw`\s*(?:\b(?:in|of)\s+)?(?:(?:في\s+)?(?:عام|سنة|سنه)\s+)?${YEAR.source}`, 'gu'), '').replace(/\s+([?؟])/u, '$1');
}
const CITIES = new Set([...CITIES_EN, ...CITIES_AR]);

/**
 * The previous question of a year alone: "how many pledges at the first GRF in 2019? >> and at the 2023 one?" asks of
 * the GRF of 2023, which is not the first (the rank it gave the thing of its year goes).
 */
export function withYearAlone(previous: string, year: string): string {
  return withYear(withoutRankOfAnotherYear(previous, year), year);
}

function withoutRankOfAnotherYear(previous: string, year: string): string {
  const asked = YEAR.exec(previous)?.[0];
  if (!asked || asked === year) return previous;
  return previous.replace(RANK_BEFORE_KIND, '$1');
}
const RANK_BEFORE_KIND = /\b(the\s+)(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+(?=(?:GRF|IMRF|HLOM|GFMD|global|regional|review|forum|high-level)\b)/i;

/**
 * «مين من IOM قدّم مداخلة بالاجتماع الثامن؟ >> والاسكوا؟», "who spoke for IOM at the 8th meeting? >> and UNHCR?": the
 * question before, of the other organisation (as a topic, it replaced everything after «من»).
 */
export function withOrganisation(previous: string, rest: string): string | undefined {
  const asked = normalizeForMatch(rest).replace(/^(?:the\s+|ال(?=منظم|مفوضي))/u, '').trim();
  if (!ORGANISATIONS.some((o) => o.exec(asked)?.[0].length === asked.length)) return undefined;
  const named = ORGANISATIONS.map((o) => o.exec(previous)).find((m) => m && normalizeForMatch(m[0]) !== asked);
  return named ? previous.replace(named[0], rest.trim()) : undefined;
}
const ORGANISATIONS = [
  /\b(?:iom|unhcr|escwa|unrwa|undp|unicef|ilo|alecso|the\s+eu|african\s+union)\b/iu,
  /(?<![\u0621-\u064A])(?:ال)?(?:[إا]سكوا|[أا]ونروا|مفوضي[ةه](?:\s+السامي[ةه])?|منظم[ةه]\s+الدولي[ةه]\s+للهجر[ةه]|الاتحاد\s+الاوروبي|الاتحاد\s+الأوروبي|الاتحاد\s+الافريقي|الاتحاد\s+الأفريقي|الالكسو|الألكسو)(?![\u0621-\u064A])/u,
];
