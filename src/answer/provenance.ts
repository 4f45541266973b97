import type { DocumentMeta } from '../ingest/types.js';

/**
 * Where a cited document stands: an official text of the process, or a summary of public reporting
 * (every document of the sample corpus), and whether its link is an official page or a news report.
 */
export type Provenance = 'official' | 'summary';
export type SourceKind = 'official-page' | 'news-report';

/** Statuses that mean the document is the official text itself. */
const OFFICIAL_STATUSES = new Set(['official', 'official-text', 'adopted', 'final']);

export function provenanceOf(meta: Pick<DocumentMeta, 'status'>): Provenance {
  return OFFICIAL_STATUSES.has(meta.status.trim().toLowerCase()) ? 'official' : 'summary';
}

/**
 * Hosts of the League, the United Nations system, the EU and the GFMD publish official pages; any other
 * host is treated as a news report, the cautious reading for a reader deciding how far to rely on it.
 */
const OFFICIAL_HOSTS = [
  'lasportal.org', 'las.int', 'un.org', 'iom.int', 'unhcr.org', 'unescwa.org', 'escwa.un.org', 'unrwa.org', 'unfpa.org',
  'undp.org', 'ohchr.org', 'europa.eu', 'gfmd.org', 'migrationnetwork.un.org', 'globalcompactrefugees.org', 'unsdg.un.org',
];

export function sourceKindOf(url: string | undefined): SourceKind | undefined {
  if (!url) return undefined;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  // An archived copy is judged by the page it archives.
  const archived = /^web\.archive\.org$|^webarchive\./.test(host) ? /https?:\/\/([^/]+)/.exec(url.slice(8))?.[1]?.toLowerCase() : undefined;
  const h = archived ?? host;
  return OFFICIAL_HOSTS.some((o) => h === o || h.endsWith(`.${o}`)) ? 'official-page' : 'news-report';
}
