/**
 * Keeps what the sender wrote in this message: quoted history (Gmail and Outlook, English and Arabic)
 * and signatures are cut before classification and retrieval. Pure functions over plain text.
 */
export interface StrippedText {
  text: string;
  quoteCut: boolean;
  signatureCut: boolean;
  greetingCut: boolean;
}

/** A line that starts the quoted history: everything from it to the end goes. */
const QUOTE_HEADERS: RegExp[] = [
  /^-{2,}\s*(?:original message|mensaje original|message d'origine)\s*-{2,}\s*$/i,
  /^-{2,}\s*الرسالة الأصلية\s*-{2,}\s*$/,
  // Gmail, English: "On Mon, 1 Dec 2025 at 10:00, Name <a@b> wrote:"
  /^on\b.{4,300}\bwrote:\s*$/i,
  // Gmail, Arabic: "في الاثنين، 1 ديسمبر 2025 في 10:00 ص، كتب Name <a@b>:"; also "بتاريخ … كتب …:"
  /^(?:في|بتاريخ)\s.{3,300}\sكتب\s?.{0,200}:\s*$/,
  /^le\s.{4,300}\sa écrit\s*:\s*$/i,
];

/** Outlook's header block: "From:" then, within a few lines, "Sent:"/"Date:" and "To:"/"Subject:". */
const OUTLOOK_FROM = /^\*?(?:from|من)\s*:\*?\s*\S/i;
const OUTLOOK_FIELDS = /^\*?(?:sent|date|to|subject|cc|تاريخ الإرسال|أُرسل|أرسل|أرسلت|التاريخ|إلى|الموضوع|نسخة)\s*:/i;
const OUTLOOK_RULE = /^_{10,}\s*$/;

const MOBILE_SIGNATURES = [
  /^sent from my (?:iphone|ipad|android|samsung|mobile|blackberry)/i,
  /^(?:get|sent from) outlook for (?:ios|android)/i,
  /^sent from (?:outlook|mail for windows|yahoo mail)/i,
  /^(?:أُ|أ|ا)رسلت? من (?:الـ\s?|جهاز\s)?(?:iphone|ipad|آيفون|أندرويد|هاتفي|جوالي)/i,
];

const SIGN_OFFS = [
  /^(?:best|kind|warm|warmest|with best|many thanks and|thanks and|thanks &|best wishes and)?\s*regards\b/i,
  /^(?:yours\s+)?(?:sincerely|faithfully|truly)\b/i,
  /^(?:best|best wishes|cheers|respectfully|with thanks|many thanks|thank you)[,.!]?\s*$/i,
  /^(?:و\s?)?(?:مع\s+)?(?:خالص|أطيب|اطيب|أزكى|وافر|فائق)\s+(?:التحيات|التحية|التقدير|الاحترام)/,
  /^مع\s+(?:التحية|التحيات|الشكر|التقدير)/,
  /^(?:و\s?)?تفضلوا\s+(?:ب)?قبول/,
  /^(?:و\s?)?تقبلوا\s/,
  /^تحياتي|^(?:و\s?)?شكرا?ً?\s*(?:لكم|جزيلا)?[،,.]?\s*$/,
];
/** Opening formulas of official correspondence: they say nothing about the question and skew retrieval. */
const GREETINGS = [
  /^(?:dear|hello|hi|good (?:morning|afternoon|evening|day)|greetings|to whom it may concern|your excellency|excellency|madam|sir)\b/i,
  /^(?:ال)?سلام عليكم|^تحي[ةه] طيب[ةه]|^(?:صباح|مساء) (?:الخير|النور)|^مرحب[اً]|^أهلاً|^اهلا/,
  /^(?:حضر[ةه]|السيد[ةه]?|السادة|سعاد[ةه]|معالي|عزيزي|عزيزتي|الأخ|الأخت|الزملاء|الزميل[ةه]?)\s/,
  // An opening thank-you ("Thank you for the documents.", "شكراً لكم.") before the actual request.
  /^(?:thank you|thanks|many thanks)\b/i,
  /^(?:و\s?)?(?:شكراً|شكرا|نشكركم|أشكركم|اشكركم)/,
];
const MAX_GREETING_LINE = 70;
const MAX_SIGNATURE_LINES = 7;
const MAX_SIGNATURE_LINE = 80;

export function stripQuotedText(input: string): StrippedText {
  let lines = input.replace(/\r\n?/g, '\n').split('\n');
  const quoteAt = findQuoteStart(lines);
  const quoteCut = quoteAt >= 0;
  if (quoteCut) lines = lines.slice(0, quoteAt);
  lines = lines.filter((l) => !/^\s*>/.test(l));
  const sigAt = findSignatureStart(lines);
  const signatureCut = sigAt >= 0;
  if (signatureCut) lines = lines.slice(0, sigAt);
  const bodyAt = afterGreeting(lines);
  const greetingCut = bodyAt > 0;
  if (greetingCut) lines = lines.slice(bodyAt);
  return { text: tidy(lines), quoteCut, signatureCut, greetingCut };
}

/** "Dear colleagues," or "تحية طيبة وبعد،": a greeting alone on its line, never a line that asks something. */
function isGreetingLine(line: string): boolean {
  if (!line || line.length > MAX_GREETING_LINE || /[?؟]/.test(line) || !GREETINGS.some((re) => re.test(line))) return false;
  return /[,،:!.]$/.test(line) || line.split(/\s+/).length <= 4;
}

/** Index of the first line after up to two opening greeting lines, when something follows them. */
function afterGreeting(lines: string[]): number {
  let at = 0;
  for (let taken = 0; taken < 2; taken++) {
    while (at < lines.length && !lines[at].trim()) at++;
    const line = lines[at]?.trim() ?? '';
    if (!isGreetingLine(line)) break;
    at++;
  }
  return lines.slice(at).some((l) => l.trim()) ? at : 0;
}

function findQuoteStart(lines: string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (QUOTE_HEADERS.some((re) => re.test(line))) return i;
    // Gmail wraps a long attribution line: "On …, Name <" / "a@b> wrote:".
    const joined = `${line} ${lines[i + 1]?.trim() ?? ''}`;
    if (/^(?:on|في|بتاريخ)\s/i.test(line) && QUOTE_HEADERS.some((re) => re.test(joined))) return i;
    if (OUTLOOK_FROM.test(line) && isOutlookBlock(lines, i)) return i > 0 && OUTLOOK_RULE.test(lines[i - 1].trim()) ? i - 1 : i;
    if (OUTLOOK_RULE.test(line) && OUTLOOK_FROM.test(lines[i + 1]?.trim() ?? '')) return i;
  }
  return -1;
}

function isOutlookBlock(lines: string[], from: number): boolean {
  const next = lines.slice(from + 1, from + 6).map((l) => l.trim()).filter(Boolean);
  return next.filter((l) => OUTLOOK_FIELDS.test(l)).length >= 2;
}

function findSignatureStart(lines: string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '--' || lines[i] === '-- ') return i;
    if (MOBILE_SIGNATURES.some((re) => re.test(line))) return i;
  }
  // A sign-off is only a signature near the end, followed by a few short lines (name, title, phone).
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line.length === 0 || line.length > 60 || !SIGN_OFFS.some((re) => re.test(line))) continue;
    const rest = lines.slice(i + 1).map((l) => l.trim()).filter(Boolean);
    if (rest.length <= MAX_SIGNATURE_LINES && rest.every(isSignatureLine) && hasContentBefore(lines, i)) return i;
  }
  return -1;
}

/** Name, title, organisation, phone: short, and never a question. */
function isSignatureLine(line: string): boolean {
  return line.length <= MAX_SIGNATURE_LINE && !/[?؟]/.test(line);
}

function hasContentBefore(lines: string[], index: number): boolean {
  return lines.slice(0, index).some((l) => l.trim().length > 0);
}

function tidy(lines: string[]): string {
  return lines
    .map((l) => l.replace(/\s+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
