import type { ScoredPassage } from '../retrieval/types.js';
import type { QuestionAnalysis } from '../question/types.js';
import { tokenize } from '../text/tokenize.js';
import { stemsOf } from './question-terms.js';

/**
 * "What documents does the ARCP issue?", «ما هي الوثائق التي تصدرها العملية؟»: a retrieved list whose
 * heading names the thing asked for («الوثائق الصادرة عن اجتماعات العملية… (ستة أنواع)») answers it,
 * however many documents that only mention one of its items («النوع الرابع من الوثائق التي تصدرها
 * العملية») ranked above it. Its document is read with the best-ranked ones.
 */
export function listedDocuments(passages: readonly ScoredPassage[], analysis: QuestionAnalysis): string[] {
  if (!analysis.types.includes('list') || !analysis.counted?.length) return [];
  const asked = new Set(analysis.counted.flatMap(stemsOf));
  const headed = (text: string) => {
    const lines = text.split('\n');
    return lines.length >= MIN_LIST_LINES && tokenize(lines[0]!).some((w) => stemsOf(w).some((s) => asked.has(s)));
  };
  return [...new Set(passages.filter((p) => headed(p.passage.text)).map((p) => p.passage.documentId))];
}

/** A heading and two items at least. */
const MIN_LIST_LINES = 3;
