import type { Citation, Lang } from '../channel/types.js';
import { label } from './labels.js';

/**
 * What a reader should know of a cited document before relying on it, in the reply's language: whether it
 * is an official text or a summary of public reporting, and whether its link is a news report. Every
 * channel shows it beside the citation.
 */
export function citationNote(c: Pick<Citation, 'provenance' | 'sourceKind'>, lang: Lang): string {
  const parts = [c.provenance === 'official' ? label(lang, 'officialText') : label(lang, 'summaryOfReporting')];
  if (c.sourceKind === 'news-report') parts.push(label(lang, 'newsReportLink'));
  return parts.join(lang === 'ar' ? '؛ ' : '; ');
}
