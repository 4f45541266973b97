import { countriesNamed } from '../answer/countries.js';
import { normalizeForMatch } from '../text/normalize.js';

/**
 * "What were the priorities of Egypt's chairmanship of the ARCP?", «ما أولويات الرئاسة المغربية لعملية
 * التشاور؟»: a chair the question takes for granted, which the record may belie (it has no rotating chair;
 * the League is its permanent chair). Checked as "Who chairs the ARCP?" would be; undefined for a question
 * that puts no state in the chair, or asks of another body's (the GFMD's sessions have chairs).
 */
export interface ChairPremise {
  /** The question that checks it, in the asker's language. */
  asked: string;
  /** The states put in the chair, by their English names. */
  states: string[];
}

// Matched on normalised text, where «ترأس» reads «تراس»: «يرأس», «تترأس», «كيرأس», «بيترأس», «رئيسة».
const CHAIR = /\b(?:chair(?:manship|ing|ed|s)?|presidency|presided|president)\b|(?<![\u0621-\u064A])(?:ال)?(?:رئاس[ةه]|ترؤس|رئيس[ةه]?)(?![\u0621-\u064A])|(?<![\u0621-\u064A])(?:و|ف)?(?:ب|ك|كي|بي|عم\s+)?(?:(?:ي|ت|ن)?تراس|(?:ي|ت|ن)راس)(?:ت|ها|ه)?(?![\u0621-\u064A])/u;
const OTHER_BODY = /\b(?:gfmd|global forum|forum|summit|session|conference|council|assembly|imrf|grf|working group)\b|(?<![\u0621-\u064A])(?:ال)?(?:منتدي|قمه|دوره|مؤتمر|مجلس|الجمعيه|فريق)(?![\u0621-\u064A])/u;
export function chairPremise(question: string): ChairPremise | undefined {
  const norm = normalizeForMatch(question);
  if (!CHAIR.test(norm) || OTHER_BODY.test(norm)) return undefined;
  // «الرئاسة المغربية»: countriesNamed reads a state's people's adjective as the state.
  const states = [...countriesNamed(question)];
  if (states.length === 0) return undefined;
  const arabic = /[\u0600-\u06FF]/.test(question);
  return { asked: arabic ? 'من يرأس عملية التشاور العربية الإقليمية؟' : 'Who chairs the ARCP?', states };
}
