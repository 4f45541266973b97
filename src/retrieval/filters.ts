import type { Passage } from '../ingest/types.js';
import type { SearchFilters } from './types.js';

/** Earliest day a YYYY[-MM[-DD]] date can stand for, so that "2019" counts as on or before 2019-06-01. */
function earliestDay(date: string): string {
  const [y = '0000', m = '01', d = '01'] = date.split('-');
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

export function isEmptyFilters(filters: SearchFilters | undefined): boolean {
  if (!filters) return true;
  return Object.values(filters).every((v) => v === undefined || (Array.isArray(v) && v.length === 0));
}

export function matchesFilters(passage: Passage, filters: SearchFilters | undefined): boolean {
  if (!filters) return true;
  const { meta } = passage;
  const year = Number.parseInt(meta.date.slice(0, 4), 10);
  if (filters.types?.length && !filters.types.includes(meta.type)) return false;
  if (filters.forums?.length && !meta.forum.some((f) => filters.forums!.some((g) => sameForum(f, g)))) return false;
  if (filters.yearFrom !== undefined && !(year >= filters.yearFrom)) return false;
  if (filters.yearTo !== undefined && !(year <= filters.yearTo)) return false;
  if (filters.lang && passage.lang !== filters.lang) return false;
  if (filters.status?.length && !filters.status.includes(meta.status)) return false;
  if (filters.asOf && earliestDay(meta.date) > filters.asOf) return false;
  return true;
}

function sameForum(a: string, b: string): boolean {
  return a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0;
}

/**
 * Both sets of filters, the explicit ones winning where both name the same field; an explicit year bound
 * replaces the question's whole year range.
 */
export function mergeFilters(fromText: SearchFilters, explicit: SearchFilters | undefined): SearchFilters {
  const out: SearchFilters = { ...fromText };
  if (explicit?.yearFrom !== undefined || explicit?.yearTo !== undefined) {
    delete out.yearFrom;
    delete out.yearTo;
  }
  for (const [k, v] of Object.entries(explicit ?? {})) {
    if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  }
  return out;
}
