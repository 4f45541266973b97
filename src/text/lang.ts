import type { Lang } from '../channel/types.js';

const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/gu;
const LATIN_LETTER = /\p{Script=Latin}/gu;

/**
 * Arabic when Arabic letters are at least as many as Latin letters. English for empty or neutral text
 * (digits, punctuation), because English is the product's fallback language.
 */
export function detectLang(text: string): Lang {
  const arabic = text.match(ARABIC_LETTER)?.length ?? 0;
  const latin = text.match(LATIN_LETTER)?.length ?? 0;
  if (arabic === 0) return 'en';
  return arabic >= latin ? 'ar' : 'en';
}

const SCRIPT_RUN = /\p{Script=Arabic}+|\p{Script=Latin}+/gu;
/** Words that carry a sentence rather than name a thing: its frame. */
const FRAME_AR = new Set(['ما', 'ماذا', 'متى', 'هل', 'من', 'مين', 'كم', 'كيف', 'لماذا', 'اين', 'أين', 'وين', 'فين', 'شو', 'ايش', 'إيش', 'وش', 'شنو', 'امتى', 'إمتى', 'ليش', 'ليه', 'قديش', 'كام', 'فوقاش', 'وقتاش', 'شكون', 'اشكون', 'منو', 'ازاي', 'إزاي', 'كيفاش', 'عند', 'في', 'عن', 'على', 'الى', 'إلى', 'مع', 'تبع', 'تاع', 'بتاع', 'ديال', 'هي', 'هو', 'هم', 'كان', 'كانت', 'ال', 'الـ', 'و', 'او', 'أو']);
const FRAME_EN = new Set(['what', 'when', 'who', 'whom', 'which', 'how', 'why', 'where', 'is', 'are', 'was', 'were', 'did', 'does', 'do', 'the', 'a', 'an', 'of', 'in', 'on', 'about', 'to', 'for', 'and', 'or', 'say', 'said', 'has', 'have']);

/**
 * The language a message is written in, read from its frame rather than its letters: staff write Arabic
 * around English terms («شو هي الـsix priority areas تبع الـfirst regional review؟», more Latin letters and
 * words than Arabic), and English around an Arabic name ("who is إيناس الفرجاني?"). The script of more frame
 * words (question words, prepositions, articles) wins; then of more words; then the first word's.
 */
export function askerLang(text: string): Lang {
  const runs = text.match(SCRIPT_RUN) ?? [];
  const isArabic = (r: string) => /\p{Script=Arabic}/u.test(r);
  const arabic = runs.filter(isArabic);
  const latin = runs.filter((r) => !isArabic(r));
  if (arabic.length === 0 || latin.length === 0) return detectLang(text);
  const frame = (words: string[], set: ReadonlySet<string>) => words.filter((w) => set.has(w.toLowerCase().replace(/\u0640/g, ''))).length;
  const [arFrame, enFrame] = [frame(arabic, FRAME_AR), frame(latin, FRAME_EN)];
  if (arFrame !== enFrame) return arFrame > enFrame ? 'ar' : 'en';
  if (arabic.length !== latin.length) return arabic.length > latin.length ? 'ar' : 'en';
  return isArabic(runs[0]!) ? 'ar' : 'en';
}
