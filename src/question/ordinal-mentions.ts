import type { DocumentMeta } from '../ingest/types.js';
import { arabicStems } from '../text/light10.js';
import { arabicOrdinal, englishOrdinal, isArabicTens } from '../text/ordinals.js';
import { isArabicWord, tokenize } from '../text/tokenize.js';

/** Ordinals in a text and what they count: "the 10th regular meeting", «الاجتماع العاشر», "the 12th GFMD session". */
/**
 * What an ordinal counts: meetings, sessions (the GFMD's, a summit), forums, reviews, or the global meetings
 * of all the regional consultative processes ("the 5th Global Meeting of Chairs and Secretariats of RCPs").
 */
export type OrdinalKind = 'meeting' | 'extraordinary' | 'session' | 'forum' | 'review' | 'global';

export interface OrdinalMention {
  n: number;
  kind?: OrdinalKind;
}

const GLOBAL = /^(?:global|العالمي)$/;

const KIND_WORDS: Record<string, OrdinalKind> = {
  meeting: 'meeting', meetings: 'meeting', اجتماع: 'meeting', الاجتماع: 'meeting', بالاجتماع: 'meeting', للاجتماع: 'meeting', اجتماعها: 'meeting',
  // The dual and the plural: «الاجتماعين التاسع والعاشر», «الدورتين», «الاستعراضين».
  اجتماعين: 'meeting', الاجتماعين: 'meeting', اجتماعات: 'meeting', الاجتماعات: 'meeting', الدورتين: 'session', دورتين: 'session',
  الاستعراضين: 'review', المؤتمرين: 'review', المنتديين: 'forum',
  session: 'session', sessions: 'session', summit: 'session', gfmd: 'session', دوره: 'session', الدوره: 'session', للدوره: 'session', قمه: 'session',
  // With its pronoun: «في دورته الـ14» (the forum's 14th session), «اجتماعه التاسع».
  دورته: 'session', دورتها: 'session', اجتماعه: 'meeting',
  forum: 'forum', forums: 'forum', grf: 'forum', imrf: 'forum', منتدي: 'forum', المنتدي: 'forum', للمنتدي: 'forum',
  review: 'review', reviews: 'review', conference: 'review', conferences: 'review', summits: 'session', استعراض: 'review', الاستعراض: 'review', مؤتمر: 'review',
};
/** What a counting word counts, also behind «ف» or «و» written on it (the Maghreb's «فالدورة 12»: in the 12th session). */
export function kindOfWord(word: string): OrdinalKind | undefined {
  return KIND_WORDS[word] ?? (/^[فو](?=ال|لل)/u.test(word) ? KIND_WORDS[word.slice(1)] : undefined);
}

/**
 * …and before an ordinal, with a preposition written on it and no article: «…لمنتدى استعراض الهجرة الدولية الأول»
 * (for the first IMRF). After one, «المنتدى الأول لاستعراض…», the word with «ل» says what the thing counted is for.
 */
function kindBefore(word: string): OrdinalKind | undefined {
  return kindOfWord(word) ?? (/^[فو]?[لبك](?!ال)[\u0621-\u064A]{3,}$/u.test(word) ? KIND_WORDS[word.replace(/^[فو]?[لبك]/u, '')] : undefined);
}

/** Words that make a meeting an extraordinary one, whatever its number. */
const EXTRAORDINARY_WORDS = new Set(['extraordinary', 'exceptional', 'استثنائي', 'الاستثنائي', 'استثنائيه', 'الاستثنائيه', 'استثنائيين', 'الاستثنائيين', 'استثنائيان', 'الاستثنائيان']);
/** Whether normalised tokens name an extraordinary meeting, numbered or not («اجتماعاً استثنائياً»). */
export function namesExtraordinary(tokens: readonly string[]): boolean {
  return tokens.some(isExtraordinaryWord);
}
/** A word that makes a meeting extraordinary, with or without the alef of the accusative («استثنائياً»). */
const isExtraordinaryWord = (t: string) => EXTRAORDINARY_WORDS.has(t) || EXTRAORDINARY_WORDS.has(t.replace(/ا$/u, ''));

/**
 * Whether normalised tokens name an extraordinary meeting as an event: not as a kind of work done, in the plural
 * («فنظّمت الأمانة الفنية اجتماعات استثنائية», "it organised extraordinary meetings").
 */
export function namesAnExtraordinaryMeeting(tokens: readonly string[]): boolean {
  return tokens.some((t, i) => isExtraordinaryWord(t) && !PLURAL_MEETINGS.has(tokens[i - 1] ?? '') && !PLURAL_MEETINGS.has(tokens[i + 1] ?? ''));
}
const PLURAL_MEETINGS = new Set(['meetings', 'sessions', 'اجتماعات', 'الاجتماعات', 'دورات', 'الدورات']);


/** Ordinals as spoken in Egypt and the Levant: «التاني»، «التالت»، «التامن». */
const DIALECT_ORDINALS: Record<string, number> = { تاني: 2, تانيه: 2, تالت: 3, تالته: 3, تامن: 8, تامنه: 8 };

const MONTH_FIRST_WORDS = new Set(['كانون', 'تشرين', 'ربيع', 'جمادي', 'جماد']);
/** Whether a normalised word opens a month's name of two words («تشرين الثاني»): the next is no ordinal. */
export function opensMonthName(word: string): boolean {
  return MONTH_FIRST_WORDS.has(word);
}
/** Nouns an ordinal may count that are not meetings, sessions or forums (Arabic ones without the article). */
const OTHER_COUNTED = new Set([
  'day', 'days', 'phase', 'stage', 'step', 'item', 'paragraph', 'part', 'half', 'quarter', 'week', 'month', 'time', 'type', 'kind',
  'objective', 'round', 'roundtable', 'pillar', 'priority', 'place', 'chapter', 'section', 'line', 'page', 'point', 'panel',
  'يوم', 'جلسه', 'مرحله', 'بند', 'فقره', 'محور', 'اسبوع', 'شهر', 'نصف', 'ربع', 'جزء', 'فصل', 'نوع', 'مستوي', 'هدف', 'مركز', 'سطر',
  'صفحه', 'نقطه', 'خطوه', 'مره', 'ركيزه', 'اولويه',
  // «المائدة المستديرة الثانية» of a 2008 expert meeting is no 2nd meeting of the ARCP.
  'مستديره', 'مائده',
]);

/**
 * «الدورة 14», "GFMD 12", "session 11": a number right after what it counts is an ordinal.
 * «الاجتماع 11», and «الاجتماع الـ11» whose article is a word of its own once read. The article makes a
 * number an ordinal wherever it stands: «المنتدى العالمي للهجرة والتنمية الـ14» (its 14th session).
 */
export function numberAsOrdinal(tokens: readonly string[], i: number): number | undefined {
  const t = tokens[i]!;
  if (!/^\d{1,2}$/.test(t)) return undefined;
  const before = tokens[i - 1] ?? '';
  if (before === 'ال' || kindOfWord(before)) return Number(t);
  // "meeting no. 9", "mtg #9", «الاجتماع رقم 11»: the number of what the word before it counts.
  if (NUMBER_WORDS.has(before) && kindOfWord(tokens[i - 2] ?? '')) return Number(t);
  // "the 9 meeting", "the 12 GFMD summit": chat writes an ordinal as its number, before the one thing it counts
  // ("the 2 meetings" counts two).
  const counts = (w: string | undefined) => w !== undefined && !/s$/.test(w) && kindOfWord(w) !== undefined;
  return before === 'the' && (counts(tokens[i + 1]) || counts(tokens[i + 2])) ? Number(t) : undefined;
}
/** "No.", "number", «رقم»: a word that says the number after it is one. */
const NUMBER_WORDS = new Set(['no', 'number', 'nr', 'num', 'رقم']);

function ordinalAt(tokens: readonly string[], i: number): number | undefined {
  const t = tokens[i]!;
  if (/^\d{1,2}$/.test(t)) return numberAsOrdinal(tokens, i);
  // "the first day of the 11th meeting", «اليوم الأول», «النوع الرابع من الوثائق»: an ordinal of something
  // else than a meeting, session or forum (English puts the noun after it, Arabic before).
  // ("…and when it first met", "when was it first held": an adverb of a verb, not an event's number.)
  if (!isArabicWord(t)) return OTHER_COUNTED.has(tokens[i + 1] ?? '') || (t === 'first' && FIRST_DONE.test(tokens[i + 1] ?? '')) ? undefined : englishOrdinal(t);
  // «كانون الأول», «تشرين الثاني», «ربيع الأول»: a month's name, not an ordinal.
  if (MONTH_FIRST_WORDS.has(tokens[i - 1] ?? '') || OTHER_COUNTED.has((tokens[i - 1] ?? '').replace(/^و?(?:ال|لل|بال)/, ''))) return undefined;
  const dialect = DIALECT_ORDINALS[t.replace(/^و?(?:ال)?/, '')];
  if (dialect) return dialect;
  const next = tokens[i + 1];
  // «الثانية والأربعين بعد المائة» is the 142nd (a Council session), not the second.
  if (next && isArabicTens(next)) return undefined;
  return arabicOrdinal(arabicStems(t)[0]!, next && isArabicWord(next) ? arabicStems(next)[0] : undefined)?.n;
}

/**
 * Ordinals named in a text with what they count, read from the nearest counting word: "the 10th regular
 * meeting", «الاجتماع العاشر», "the 12th GFMD session", «المنتدى العالمي الثاني للاجئين».
 */
/** A verb after "first" that makes it "for the first time": met, held, convened, adopted, issued… */
const FIRST_DONE = /^(?:met|meet|meets|held|convened|took|began|started|launched|adopted|issued|raised|mentioned|published|appeared|introduced|used|created|set|established)$/;

/** Words that join ordinals said together: "the first and the second", "1st or 2nd". */
const JOINING = new Set(['and', 'or', 'the', 'both', 'و', 'او']);
/** Words between the two ends of a range of ordinals: "from the 8th to the 11th", «من السابع إلى التاسع», «من التامن لين العاشر». */
const RANGE = new Set(['to', 'through', 'thru', 'till', 'until', 'the', 'الي', 'حتي', 'ل', 'لين', 'لحد', '-', '–']);
const RANGE_MAX = 12;
const FROM = new Set(['from', 'since', 'من', 'منذ']);

export function ordinalMentions(tokens: readonly string[]): OrdinalMention[] {
  const found: Array<OrdinalMention & { at: number }> = [];
  tokens.forEach((_, i) => {
    const n = ordinalAt(tokens, i);
    if (n !== undefined) found.push({ n, kind: kindAt(tokens, i), at: i });
  });
  // "Did the ARCP discuss it at its 8th session?": a session of the process itself is one of its
  // meetings — unless the text names its meetings as meetings, when a session is another body's
  // («أصدر الاجتماع الثالث لعملية التشاور ورقة الموقف من محاور الدورة العاشرة»: the GFMD's tenth).
  const ofTheProcess = tokens.some((t) => THE_PROCESS.has(t)) && !tokens.some((t) => SESSION_OF.has(t)) && !found.some((m) => m.kind === 'meeting');
  if (ofTheProcess) for (const m of found) if (m.kind === 'session') m.kind = 'meeting';
  // "the 1st and 2nd Global Refugee Forums", «الأول والثاني»: ordinals said together count the same thing.
  // "The first and the second regional reviews" too: only "and", "or", "the" stand between them; and "the 9th
  // meeting (2023) and the 11th (2025)", where the first one's counting word and year stand there too.
  const together = (a: number, b: number) =>
    Math.abs(a - b) <= 2 || tokens.slice(Math.min(a, b) + 1, Math.max(a, b)).every((t) => JOINING.has(t) || RANGE.has(t) || kindOfWord(t) !== undefined || /^(?:19|20)\d\d$/.test(t));
  for (const m of found) m.kind ??= found.find((o) => o.kind && together(o.at, m.at))?.kind;
  const out: OrdinalMention[] = [];
  for (const { n, kind } of withRanges(found, tokens)) if (!out.some((m) => m.n === n && m.kind === kind)) out.push({ n, kind });
  return out;
}


/** The ordinals between two said as the ends of a range, each in its place: the 9th and 10th of "the 8th to the 11th". */
function withRanges<T extends OrdinalMention & { at: number }>(found: readonly T[], tokens: readonly string[]): OrdinalMention[] {
  return found.flatMap((m, i) => {
    const next = found[i + 1];
    const between = next ? tokens.slice(m.at + 1, next.at) : [];
    const spaced = next !== undefined && next.n > m.n + 1 && next.n - m.n <= RANGE_MAX && next.kind === m.kind && between.length > 0;
    const range = spaced && between.every((t) => RANGE.has(t)) && between.some((t) => t !== 'the');
    // "from the 7th meeting (2021) to the 11th meeting (2025)", «من الاجتماع السابع إلى الاجتماع الحادي عشر»: the ends
    // said with their kind and year, after "from" ("compare the 7th meeting to the 11th" compares two).
    const from = tokens.slice(Math.max(0, m.at - 3), m.at).some((t) => FROM.has(t));
    const told = spaced && from && between.some((t) => RANGE.has(t) && t !== 'the') && between.every((t) => RANGE.has(t) || kindOfWord(t) !== undefined || /^(?:19|20)\d\d$/.test(t));
    return range || told ? [m, ...Array.from({ length: next.n - m.n - 1 }, (_, k) => ({ n: m.n + k + 1, kind: m.kind }))] : [m];
  });
}

/**
 * The words of a text that name a numbered or an extraordinary event: each ordinal with its counting word
 * ("the 9th meeting" in "please indicate which Moroccan bodies represented the Kingdom at the 9th
 * meeting"), «الاجتماع الاستثنائي», as tokens.
 */
const TEN = /^(?:عشر|عشره|عشرة)$/u;
const FORUM_NAME = new Set(['العالمي', 'للهجره', 'للهجرة', 'والتنميه', 'والتنمية', 'للاجئين', 'الدولية', 'الدوليه', 'لاستعراض', 'الهجره', 'الهجرة']);

export function eventWords(tokens: readonly string[]): string[] {
  const keep = new Set(eventClusters(tokens).flatMap((c) => c.at));
  return [...keep].sort((a, b) => a - b).map((i) => tokens[i]!);
}

/**
 * Each event a text names by its number, with the words that name it and, after an Arabic one, what it is for
 * («المنتدى الأول لاستعراض الهجرة الدولية»: the first IMRF, which «المنتدى الأول» alone does not say).
 */
export function numberedEvents(tokens: readonly string[]): Array<OrdinalMention & { words: string[] }> {
  return eventClusters(tokens).flatMap(({ i, at }) => {
    const n = ordinalAt(tokens, i);
    if (n === undefined) return [];
    let j = Math.max(...at) + 1;
    while (FORUM_NAME.has(tokens[j] ?? '')) at.push(j++);
    return [{ n, kind: kindAt(tokens, i), words: at.sort((a, b) => a - b).map((k) => tokens[k]!) }];
  });
}

/** The tokens that name each numbered or extraordinary event: the ordinal at `i`, its counting word and those between. */
function eventClusters(tokens: readonly string[]): Array<{ i: number; at: number[] }> {
  const out: Array<{ i: number; at: number[] }> = [];
  tokens.forEach((t, i) => {
    if (ordinalAt(tokens, i) === undefined && !EXTRAORDINARY_WORDS.has(t)) return;
    const keep = new Set([i]);
    const d = [-1, 1, -2, 2, -3, 3].find((x) => kindOfWord(tokens[i + x] ?? ''));
    // (And the words between: "the second Global Refugee Forum" is the GRF, which "second forum" is not.)
    if (d !== undefined) for (let k = Math.min(i, i + d); k <= Math.max(i, i + d); k++) keep.add(k);
    // «الدورة الرابعة عشرة للمنتدى العالمي للهجرة والتنمية»: the ten of a compound ordinal, and the forum the session is of.
    let j = i + 1;
    if (TEN.test(tokens[j] ?? '')) keep.add(j++);
    if (kindOfWord(tokens[j] ?? '') && d !== undefined && d < 0) for (keep.add(j++); FORUM_NAME.has(tokens[j] ?? ''); j++) keep.add(j);
    out.push({ i, at: [...keep] });
  });
  return out;
}

const mentionsOfDocument = new WeakMap<DocumentMeta, OrdinalMention[]>();

/** Ordinals a document's title or meeting names, with what they count ("10th regular meeting"); read once per document. */
export function documentMentions(meta: DocumentMeta): OrdinalMention[] {
  let out = mentionsOfDocument.get(meta);
  if (!out) {
    out = ordinalMentions(tokenize([meta.meeting ?? '', meta.title.en ?? '', meta.title.ar ?? ''].join(' ')));
    mentionsOfDocument.set(meta, out);
  }
  return out;
}

/** What the ordinal at `i` counts, from the nearest counting word. */
function kindAt(tokens: readonly string[], i: number): OrdinalKind | undefined {
  let kind: OrdinalKind | undefined;
  // A number counts the word it follows («قمة الدورة 14 للمنتدى»: a session, not a forum); an ordinal
  // word, the nearest counting word, after it first ("the 14th GFMD session").
  const after = /^\d/.test(tokens[i]!);
  // «الدورة الـ14 للمنتدى»: the article written apart belongs to the number; the word before it is counted.
  const skip = after && tokens[i - 1] === 'ال' ? -1 : 0;
  // An Arabic ordinal agrees in gender with what it counts: «قمة المنتدى العالمي الرابعة عشرة» is the
  // forum's 14th summit (feminine, as «قمة» is), not a 14th forum.
  const feminine = isArabicWord(tokens[i]!) && tokens[i]!.endsWith('ه');
  let at = i;
  for (const d of after ? [-1, 1, -2, 2, -3, 3, 4] : [1, -1, 2, -2, 3, -3, 4]) {
    at = i + (d < 0 ? d + skip : d);
    const word = tokens[at] ?? '';
    kind = feminine && isArabicWord(word) && !word.endsWith('ه') ? undefined : kindOfWord(word);
    // An English name ends with what it is: "the first International Migration Review Forum" is a forum.
    // …and an Arabic one begins with it: «منتدى استعراض الهجرة الدولية الأول» is the first IMRF, a forum.
    const head = d > 0 && kind && !isArabicWord(word) ? kindOfWord(tokens[at + 1] ?? '') : d < 0 && kind && isArabicWord(word) ? kindBefore(tokens[at - 1] ?? '') : undefined;
    if (head) kind = head;
    if (kind) break;
  }
  // "the 2nd extraordinary meeting", «الأول من الاجتماعين الاستثنائيين»: beside the ordinal or its noun.
  const beside = [i - 2, i - 1, i + 1, i + 2, at - 1, at + 1];
  if (kind === 'meeting' && beside.some((k) => EXTRAORDINARY_WORDS.has(tokens[k] ?? ''))) kind = 'extraordinary';
  // "the 5th Global Meeting of Chairs…", «الاجتماع العالمي الخامس»: not the ARCP's 5th meeting.
  const between = tokens.slice(Math.min(i, at) + 1, Math.max(i, at));
  if (kind === 'meeting' && between.some((t) => GLOBAL.test(t))) kind = 'global';
  return kind;
}

const THE_PROCESS = new Set(['arcp', 'العمليه', 'للعمليه', 'لعمليه']);
/** What has sessions of its own: the GFMD, a summit, a forum, the General Assembly. */
const SESSION_OF = new Set(['gfmd', 'summit', 'summits', 'forum', 'assembly', 'قمه', 'القمه', 'منتدي', 'المنتدي', 'للمنتدي', 'الجمعيه', 'للجمعيه']);

/** Meeting ordinals named in the question: "10th", "tenth", «العاشر», «الحادي عشر». */
export function ordinalsIn(tokens: readonly string[]): number[] {
  return [...new Set(ordinalMentions(tokens).map((m) => m.n))];
}

/** Whether two ordinal mentions can name the same thing: the same number, and no clash in what they count. */
export function sameOrdinal(a: OrdinalMention, b: OrdinalMention): boolean {
  return a.n === b.n && (!a.kind || !b.kind || a.kind === b.kind);
}
