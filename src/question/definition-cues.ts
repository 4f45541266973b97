import { THING_KINDS } from '../text/framing-phrases.js';
import { arabicWords, englishWords } from './cues.js';

/**
 * Cues of a definition (question-types.ts): what a thing is, stands for, means or does, in both languages and as
 * members type it ("imrf = ?", «شنو يعني GRF؟», «المنتدى… بيعمل إيه؟»).
 */

/** "What kind of body is the ARCP?" asks what it is (a definition), not which of several. */
export const KIND_OF_THING = `${THING_KINDS} (?:is|are|was|were)`;

export const DEFINITION_CUES: RegExp[] = [
  /^(?:and |so |ok |okay )?(?!what (?:was|were) .*\b(?:about|abt)\s*\??$)(?:what(?:'s|’s|s| is| are| was)|wats|what exactly is) (?:the |a |an )?[^\s?]+(?:\s+[^\s?]+){0,4}\s*\??$/,
  englishWords(['stand for', 'stands for', 'short for', 'what is meant by', 'define', 'definition of', 'meaning of', 'abbreviation', 'acronym']),
  // Chat: "imrf = ?", "hlom meaning", "crrf meaning?".
  /^[a-z][\w.'-]*(?:\s+[\w.'-]+){0,3}\s*=\s*\??\s*$|^[a-z][\w.'-]*(?:\s+[\w.'-]+){0,3}\s+meaning\s*\??\s*$/,
  // "IMRF = what exactly?", "CRRF — quick definition pls", "HLOM: what is it?": a name, then what it is asked.
  /^[a-z][\w.'-]*(?:\s+[\w.'-]+){0,3}\s*(?:=|[–—:]|\s-)\s*(?:what(?:'s|’s|\s+is|\s+was)?(?:\s+(?:it|that|this))?(?:\s+exactly)?\s*\?|(?:a\s+)?(?:quick|short|brief|one[- ]line)?\s*def(?:inition|n)?\b)/,
  englishWords(['(?:quick|short|brief|one[- ]line|simple) definition']),
  // "What does the abbreviation RCP mean?", «الـGFMD اختصار لإيه؟».
  /^what (?:does|do) (?:\S+\s+){1,4}?mean\s*\??$/,
  arabicWords(['اختصار', 'يرمز', 'ترمز']),
  // What a body does is what it is: "what does the ARCP do?", «شو بتسوي العملية؟», «ايش تسوي…».
  /^(?:and |so )?what (?:does|do) (?:the |an? )?[^\s?]+(?:\s+[^\s?]+){0,3} do\s*\??$/,
  /^(?:[\u0621-\u064A]+\s+)?(?:ماذا|شو|ايش|وش|اشنو|شنو|ايه)\s+(?:بيسوي|بتسوي|يسوي|تسوي|بيعمل|بتعمل|تعمل|يعمل|تفعل|يفعل|دارت|تدير)\s+[\u0621-\u064A]+/u,
  // …and with the verb first, as Egyptians ask it: «المنتدى… بيعمل إيه؟».
  /(?<![\u0621-\u064A])(?:بيسوي|بتسوي|بيعمل|بتعمل|بيشتغل|بتشتغل)\s+(?:ايه|ايش|شو|وش|اشنو|شنو)(?:\s+(?:بالضبط|بالظبط|بالزبط|يعني))?\s*[؟?]?$/u,
  // «ما هو الهدف 10.7؟», «ما هو القرار 73/195؟»: the thing may be named with its number.
  /^(?:[\u0621-\u064A]+\s+){0,2}?(?:ما|ماذا|ايه|شو|ايش|وش|اشنو|شنو)\s+(?:هو|هي|هوي|هيي|هوا|هيا)\s+[\u0621-\u064Aa-z0-9][\u0621-\u064Aa-z0-9./]*(?:\s+[\u0621-\u064Aa-z0-9][\u0621-\u064Aa-z0-9./]*){0,3}(?:\s+(?:اصلا|بالضبط|بالزبط|تحديدا|يعني))?\s*[؟?]?$/u,
  arabicWords(['ما المقصود', 'تعريف', 'يعني ايه', 'اشنو هو']),
  // «ما الاتفاق العالمي بشأن اللاجئين؟», «شو المنتدى العالمي للهجرة والتنمية؟»: "what is" with no pronoun, of an instrument
  // or a body named whole (read as asking a position, it was answered with a timeline of meetings that named it).
  // (Not «ما الاتفاق الذي…؟», which asks which one, nor one with a verb of its own.)
  /^(?:و)?(?:ما|شو|ايش|وش|شنو|اشنو|ايه)\s+ال(?:اتفاق|اتفاقيه|منتدي|اطار|اعلان|شبكه|منصه|ميثاق|برنامج|مبادره|صندوق|مفوضيه|منظمه|وكاله|هدف|عمليه|مجموعه)(?![\u0621-\u064A])(?:\s+(?!(?:الذي|التي|اللي|الذين|هل|كان|كانت)(?![\u0621-\u064A]))[\u0621-\u064Aa-z0-9.]+){0,6}\s*[؟?]?\s*$/u,
  // «ماذا يعني…», «شنو يعني GRF؟», «إيش معنى…»: every dialect's "what" before "means" or "meaning".
  /(?<![\u0621-\u064A])(?:ماذا|ما|شو|ايش|اش|وش|شنو|اشنو|ايه)\s+(?:يعني|تعني|معني|المقصود)(?![\u0621-\u064A])/u,
  // …and the other way round, as Levantine chat has it: «يعني شو RCP؟».
  /^(?:طيب\s+)?يعني\s+(?:شو|ايش|اش|وش|شنو|اشنو|ايه)\s+[\u0621-\u064Aa-z][\u0621-\u064Aa-z0-9.-]*(?:\s+[\u0621-\u064Aa-z][\u0621-\u064Aa-z0-9.-]*){0,3}\s*[؟?]?$/u,
  // What a thing amounts to, or what kind of thing it is: «العملية دي عبارة عن إيه؟», «ما طبيعة الشبكة؟»,
  // «عرّفني على…», «شغلتها إيه؟» (its job),
  // "what kind of body is the ARCP?", "can you tell me what the GRF is?".
  arabicWords(['عباره عن', 'ما طبيعه', 'ما هي طبيعه', 'ما هو طبيعه', 'عرفني', 'عرفنا', 'شغلتها', 'شغلته', 'شغلتو', 'شغلتهم']),
  englishWords([`what (?:kind|type|sort) of ${KIND_OF_THING}`]),
  /\bwhat (?:the |an? )?[^\s?]+(?:\s+[^\s?]+){0,5} (?:is|are)\s*[?.]?$/,
  // What someone's role or office is: «ما دور كارين أبو زيد؟», «شو منصب…».
  /^(?:[\u0621-\u064A]+\s+)?(?:ما|ماذا|ايش|شو|وش|اشنو|شنو|ايه)\s+(?:هو\s+|هي\s+)?(?:دور|منصب|صفه|مهمه|مهام|وظيفه)(?![\u0621-\u064A])/u,
  englishWords(["what (?:is|was) (?:the )?role of", "(?:'s|s') role"]),
];
