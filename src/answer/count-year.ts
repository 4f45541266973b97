import type { QuestionAnalysis } from '../question/types.js';
import { normalizeForMatch } from '../text/normalize.js';
import { isQueryNoise } from '../text/query-noise.js';
import { isStopword } from '../text/stopwords.js';
import { tokenize } from '../text/tokenize.js';
import type { AnswerPlan } from './answer-plan.js';
import { documentYear } from './document-facts.js';
import { unitYear } from './document-facts.js';
import { stemsOf } from './question-terms.js';
import { unitPassage, unitText } from './units.js';

const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;
/** A figure: digits that are no year, as a count or an amount is written ("54.1", "583", "13.2 million"). */
const FIGURE = /(?<![\d.])(?!(?:19|20)\d\d(?![\d.]))\d+(?:[.,]\d+)?(?!\d)/;
/** The year a report was written is not the year its figures are of ("2019 report: in 2017 the region…"). */
const REPORT_YEAR = /(?<!\d)(?:19|20)\d\d\s+report\b|(?<![\u0621-\u064A])تقرير\s+(?:عام\s+)?(?:19|20)\d\d(?!\d)/gu;

const keys = (text: string) => new Set(tokenize(text).filter((t) => !isStopword(t) && !isQueryNoise(t) && !/^\d/.test(t)).flatMap(stemsOf));

/**
 * "How much did the Arab region receive in remittances in 2020?" answered by "…received US$54.1 billion in
 * remittances in 2017", an item of a list whose other items speak of 2020: a figure answers for the year asked
 * only where the line that gives it (the one most about what was asked) names that year, or, naming no year,
 * is of a record of that year.
 */
export function figureOfAnotherYear(analysis: QuestionAnalysis, plan: AnswerPlan): boolean {
  const { from, to } = analysis.time;
  if (analysis.types[0] !== 'how-many' || from === undefined || from !== to) return false;
  const asked = keys(normalizeForMatch(analysis.text));
  const lines = plan.quotes.flatMap((q) => {
    const text = normalizeForMatch(unitText(q.unit));
    return (q.unit.kind === 'list' ? text.split('\n') : [text])
      .filter((line) => FIGURE.test(line))
      .map((line) => ({ line, own: unitYear(q.unit), written: documentYear(unitPassage(q.unit).meta), about: [...keys(line)].filter((k) => asked.has(k)).length }));
  });
  if (lines.length === 0) return false;
  const most = Math.max(...lines.map((l) => l.about));
  return !lines.filter((l) => l.about === most).some(({ line, own, written }) => {
    // A year after the record was written is a target ("…a pledge to resettle one million refugees by 2030"),
    // not the year the figure is of.
    const years = (line.replace(REPORT_YEAR, ' ').match(YEAR) ?? []).map(Number).filter((y) => written === undefined || y <= written);
    return years.length > 0 ? years.includes(from) : own === from;
  });
}
