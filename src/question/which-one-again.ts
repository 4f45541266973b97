import type { LetterQuestion } from './letter.js';

/**
 * "which arcp mtg prepped states for the 1st imrf and which one for grf 2", «أي اجتماع للعملية جهّز الدول لمنتدى
 * استعراض الهجرة الدولية الأول، وأيهم جهّز للاستعراض الإقليمي الثاني»: a "which" asked twice, the second time with
 * its noun (and in English its verb) left out. The second is the first asked again of the second thing: read alone,
 * "which one for grf 2" named no meeting to choose, and the answer gave the first again.
 */
const EN = /^(?<head>.*?\bwhich\b.*?)\s+(?<prep>for|to|at|in|on|of|by)\s+(?<first>.+?)\s*,?\s+and\s+which\s+(?:one|ones)\s+(?<prep2>for|to|at|in|on|of|by)\s+(?<second>.+?)\s*(?<end>[?.!]*)$/i;
const AR = /^(?<head>.*?(?<![\u0621-\u064A])(?:[أا]ي[ةه]?|[إا]نهي)\s+[\u0621-\u064A]+(?:\s+(?:لل|ل)[\u0621-\u064A]+)?)\s+(?<first>.+?)[،,]?\s+و(?:[أا]يهم|[أا]يها|[أا]يهما|[إا]نهي(?:\s+واحد)?|[أا]ي\s+واحد)\s+(?<second>.+)$/u;

export function whichOneAgain(sentence: string): LetterQuestion[] {
  const text = sentence.trim();
  const en = EN.exec(text)?.groups;
  if (en) return [{ label: '1', text: `${en.head} ${en.prep} ${en.first}${en.end}` }, { label: '2', text: `${en.head} ${en.prep2} ${en.second}${en.end}` }];
  const ar = AR.exec(text)?.groups;
  if (ar) return [{ label: '1', text: `${ar.head} ${ar.first}` }, { label: '2', text: `${ar.head} ${ar.second}` }];
  return [];
}

/**
 * …and asked in a turn of its own: "which arcp meeting prepped states for the first IMRF >> and which one for the 2nd
 * GRF?", «أي اجتماع حضّر للمنتدى الأول؟ >> وأيهم حضّر للاستعراض الثاني؟»: the question before, of the second thing.
 */
export function whichOneOf(previous: string, turn: string): string | undefined {
  const asked = whichOneAgain(`${previous.trim().replace(/[?؟.!]+$/u, '')}${/[\u0600-\u06FF]/u.test(turn) ? '،' : ''} ${turn.trim().replace(/^and\s+/i, 'and ')}`);
  return asked.length === 2 && /^(?:and\s+which\s+(?:one|ones)\b|و(?:[أا]يهم|[أا]يها|[أا]يهما|[إا]نهي|[أا]ي\s+واحد))/iu.test(turn.trim()) ? asked[1]!.text : undefined;
}

