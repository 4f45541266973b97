import { normalizeArabic, normalizeForMatch } from '../text/normalize.js';
import { splitSentences, type Sentence } from './sentences.js';

/**
 * Sentences in documents or mail that address the model rather than the reader. Passages come from
 * ingested files and questions from inbound mail and chat: both are untrusted.
 */
const EN = [
  /\b(?:ignore|disregard|forget|override)\b.{0,40}\b(?:instructions?|rules?|prompts?|guidelines|above|previous|prior)\b/,
  /\b(?:you are now|act as|pretend to be|from now on,? you|new instructions?|system prompt|developer mode|jailbreak)\b/,
  /\b(?:assistant|ai|model|chatbot|language model)\b.{0,40}\b(?:must|should|shall|will) (?:now |instead )?(?:say|reply|respond|answer|tell|write|output|include)\b/,
  /\b(?:respond|reply|answer)\b.{0,20}\b(?:only|instead) with\b|\bdo not (?:cite|quote|mention) (?:the|any) (?:sources?|passages?|documents?)\b/,
  /\b(?:tell|inform) the (?:user|asker|reader)\b/,
];
const AR = [
  '(?:تجاهل|تجاهلي|تجاهلوا|انس|تخط|تخطي)\\S* (?:\\S+ ){0,3}(?:التعليمات|القواعد|الاوامر|ما سبق|كل ما)',
  'التعليمات السابقه|القواعد السابقه|الاوامر السابقه|تعليمات جديده|موجه النظام',
  'انت الان|تصرف ك|بصفتك نموذج|ايها المساعد|ايها النموذج|على المساعد ان|على النموذج ان',
  'اخبر المستخدم|ابلغ المستخدم|اخبر السائل|اجب فقط ب|لا تستشهد',
  // "Do not cite the sources" ends there; «لا تذكر المصادر المتاحة تاريخه» (the sources do not give its date)
  // is a record's own note of what it lacks.
  'لا تذكر (?:اي )?(?:ال)?مصادر(?=\\s*(?:$|[.،,؛!]|او |ولا |في (?:اجابتك|ردك|الرد|الاجابه)))',
].map((source) => new RegExp(normalizeArabic(source).replaceAll(' ', '\\s+'), 'u'));

export function looksLikeInstruction(text: string): boolean {
  const norm = normalizeForMatch(text);
  return EN.some((re) => re.test(norm)) || AR.some((re) => re.test(norm));
}

/** The sentences of a text that look like instructions to a model. */
export function plantedSentences(text: string): Sentence[] {
  return splitSentences(text).filter((s) => looksLikeInstruction(s.text));
}

/** The text with planted sentences replaced by an ellipsis, for sending to a model. */
export function withoutPlanted(text: string): string {
  let out = '';
  let at = 0;
  for (const s of plantedSentences(text)) {
    out += `${text.slice(at, s.start)}…`;
    at = s.end;
  }
  return out + text.slice(at);
}
