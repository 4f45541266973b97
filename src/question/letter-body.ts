import { normalizeForMatch } from '../text/normalize.js';
import { sentencesOf } from './letter-sentences.js';

/** The parts of a letter around its questions: salutations, closings and signatures, footers, forwarded headers. */

const SALUTATION = /^(?:excellency|your excellency|dear\b|to:|attn|attention|السيد|السيده|سعاده|معالي|حضره|حضرات|الساده|الاخ|الاخت|الاخوه|الزملاء|زملائي|الاعزاء|عزيزي|عزيزتي|الاستاذ|الدكتور|تحيه طيبه|تحيه|بعد التحيه|السلام عليكم)[^.!?؟]{0,120}[,،:]?$/u;
const CLOSING = /^(?:please accept|(?:the )?(?:[\w-]+ ){0,6}?(?:mission|ministry|embassy|delegation|office|secretariat|organi[sz]ation) avails|avails itself|و?(?:تغتنم|تنتهز) |yours (?:sincerely|faithfully|truly)|sincerely|best regards|kind regards|warm regards|regards|with (?:best|kind|warm) regards|(?:all the )?best(?: wishes)?[,.!]?$|cheers[,.!]?$|many thanks(?: in advance)?(?: for [^.?!]{1,60})?[,.!]?$|warmly[,.!]?$|respectfully|thank you(?: (?:very|so) much)?(?: in advance)?(?: for [^.?!]{1,60})?[,.!]?$|thanks(?: again| in advance)?(?: for [^.?!]{1,60})?[,.!]?$|with (?:many )?thanks\b|with (?:(?:sincere|warm|deep|kind|great|high|my|our)\s+)?(?:appreciation|gratitude|respect|consideration)\b|(?:with )?(?:best|kind|warm) wishes\b|i look forward|we look forward|وتفضلوا|تفضلوا|وتقبلوا|تقبلوا|مع خالص|مع فائق|مع (?:وافر|بالغ|اطيب|اسمي|عظيم|جزيل)|وشكرا|شكرا|و?لكم (?:جزيل|خالص|كل) الشكر|جزيل الشكر|مع الشكر|مع تحياتي|تحياتي|دمتم|شاكرين|مع التحيه|مع التقدير|والسلام عليكم|وفقكم الله)/u;
/** "…whats the IMRF Best regards": a closing typed on after the question on its line (bodyLines). */
const TRAILING_CLOSING =
  /[\s,،.]+(?:(?:with\s+)?(?:best|kind|warm)\s+regards|regards|the\s+(?:permanent\s+)?(?:mission|ministry|embassy|delegation)\b[^.?]{0,60}?\savails\s+itself[^?؟]*|[وف]?تغتنم\s+(?:البعث[ةه]|الوزار[ةه]|السفار[ةه]|المندوبي[ةه])[^?؟]*|sent\s+from\s+my\s+\S+|(?:مرسل|[أا]رسلت?)\s+من\s+(?:جهاز\s+|هاتفي|جوالي|ال[آا]يفون|iphone|ipad|android)|yours\s+(?:sincerely|faithfully|truly)|sincerely|[وف]?تفضلوا\s+بقبول|[وف]?تقبلوا|مع\s+(?:خالص|فائق|وافر)\s+(?:التحي[ةه]|الاحترام|التقدير|الشكر))[^?؟]{0,60}$/iu;
const MIN_QUESTION = 8;
/** "Dear colleagues, I would be grateful if you could let me know: whats the IMRF": the ask on the salutation's line. */
const ASKS_AFTER_SALUTATION = /^[^,،:]{1,60}[,،:]\s*\S+(?:\s+\S+){3,}/u;
const FOOTER = /^(?:-{2,}|_{3,}|={3,}|disclaimer|confidentiality|this (?:e-?mail|message|communication)\b|the information (?:contained|in this)|sent from my|تنويه|اخلاء مسؤوليه|هذه الرساله (?:وما|سريه|مخصصه)|المعلومات الوارده في هذه الرساله)/u;
const FORWARD_HEADER = /^(?:-{3,}\s*(?:forwarded|original) message|begin forwarded message|(?:from|sent|to|cc|date|subject|من|ارسل|ارسلت|الي|التاريخ|الموضوع|نسخه)\s*:)/u;

/** The body of a letter: salutations, closings and what follows them (signature), footers and headers dropped. */
export function bodyLines(text: string): string[] {
  const out: string[] = [];
  let closed = false;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const norm = normalizeForMatch(line);
    if (line === '') {
      out.push('');
      continue;
    }
    // A forwarded message starts a new letter: its body counts again.
    if (FORWARD_HEADER.test(norm)) {
      closed = false;
      continue;
    }
    if (FOOTER.test(norm)) {
      closed = true;
      continue;
    }
    if (CLOSING.test(norm)) closed = true;
    if (closed || (SALUTATION.test(norm) && !ASKS_AFTER_SALUTATION.test(line))) continue;
    // "…whats the IMRF Best regards", «…الاجتماع السابع وتفضلوا بقبول فائق الاحترام»: the closing typed on after
    // the question, with no stop before it; what follows is the signature.
    const unclosed = line.replace(TRAILING_CLOSING, '').trim();
    closed = unclosed !== line && unclosed.length >= MIN_QUESTION;
    out.push(closed ? unclosed : line);
  }
  return out;
}

/**
 * «ثالثاً: ما الذي اتفق عليه في نهايته. مع التقدير - نقطة الاتصال»: a letter typed on one line closes after its
 * last item; the closing and the signature are no part of it (the sender's «نقطة الاتصال» read as a wish to
 * contact someone).
 */
export function withoutClosing(text: string): string {
  const sentences = sentencesOf(text);
  const closing = sentences.findIndex((s, i) => i > 0 && CLOSING.test(normalizeForMatch(s.trim())));
  return closing > 0 ? sentences.slice(0, closing).join('').trim() : text;
}
