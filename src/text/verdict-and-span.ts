/**
 * Phrases that frame a question and are read elsewhere, not searched (query-noise.ts): a claim put up for a
 * verdict, and years counted back from now.
 */

/**
 * A claim put up for a verdict by its opening or closing words: "True or false: …", "Fact check: …", "Myth or
 * fact: …", "… - correct or incorrect?". What follows is the claim; the words are in no record.
 */
export const VERDICT_OPENER_EN = String.raw`(?:true\s+or\s+false|false\s+or\s+true|fact[\s-]?check|myth\s+or\s+fact|fact\s+or\s+myth|correct\s+or\s+(?:incorrect|not)|right\s+or\s+wrong)\s*[:,–—-]\s*`;
/** "…in geneva right?", "…dec 2023 ya?": the word that puts a statement up to be checked in chat, with or without a comma. */
export const CHAT_TAG_WORDS_EN = 'right|correct|true|yes|ya|yeah|yep';
/** "… - correct or incorrect?", "…, true or false?": the verdict asked at the end of a claim. */
export const VERDICT_TAG_EN = String.raw`\s*[,–—-]?\s*(?:correct\s+or\s+(?:incorrect|not)|true\s+or\s+false|right\s+or\s+wrong)\s*\?*\s*$`;
/**
 * The tag that puts a statement up to be checked: «صح؟», «مظبوط؟», «أليس كذلك؟», and the dialects' «مو؟» /
 * «مو كذا؟» (Gulf, Iraq), «مش كده؟» (Egypt), «مش هيك؟» (Levant), «ياك؟» (Maghreb).
 */
export const CHECK_TAG_AR = '(?:صحيح|صح|مظبوط|مضبوط|مزبوط|[اأ]ليس\\s+كذلك|ولا\\s+لا|مو|موب|مو\\s+كذا|مو\\s+كذلك|مش\\s+كد[هاة]|مش\\s+هيك|مش\\s+صح|ياك)';
export const VERDICT = new RegExp(`^\\s*${VERDICT_OPENER_EN}|${VERDICT_TAG_EN}`, 'giu');

/**
 * "Over the past five years", «في السنوات الخمس الأخيرة», «آخر ثلاث سنوات»: years counted back from now, which
 * time-range.ts reads; as search words they are in no record ("past" vetoed the answer).
 */
export const PAST_YEARS = /\b(?:(?:over|in|during|for|within)\s+)?(?:the\s+)?(?:past|last|previous)\s+(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+years\b|(?<![\u0621-\u064A])(?:(?:في|خلال)\s+)?(?:ال)?(?:سنوات|أعوام|اعوام)\s+(?:ال)?[\u0621-\u064A0-9]+\s+(?:ال)?(?:أخير[ةه]|اخير[ةه]|ماضي[ةه]|منصرم[ةه])(?![\u0621-\u064A])|(?<![\u0621-\u064A])(?:آخر|اخر|أخر)\s+[\u0621-\u064A0-9]+\s+(?:سنوات|أعوام|اعوام|سنين)(?![\u0621-\u064A])/giu;
