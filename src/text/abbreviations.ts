import { normalizeForMatch } from './normalize.js';

/**
 * Abbreviations members write in quick English questions ("the migration dept", "the 9th mtg"), as the
 * collection spells the word out. Acronyms (ARCP, GCM, IMRF) are the glossary's, not this table's.
 */
const TABLE: Record<string, string> = {
  dept: 'department', depts: 'departments', govt: 'government', govts: 'governments', intl: 'international',
  mtg: 'meeting', mtgs: 'meetings', mgmt: 'management', info: 'information', approx: 'approximately',
  secr: 'secretariat', sg: 'Secretary-General', dg: 'Director-General', org: 'organisation',
  orgs: 'organisations', stmt: 'statement', recs: 'recommendations', conf: 'conference', decl: 'declaration',
};

const ENTRIES = new Map(Object.entries(TABLE).map(([k, v]) => [normalizeForMatch(k), v]));

/** The word an abbreviation stands for, given a normalised token. */
export function expandAbbreviation(token: string): string | undefined {
  return ENTRIES.get(token);
}
