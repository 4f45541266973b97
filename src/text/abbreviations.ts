import { normalizeForMatch } from './normalize.js';

/**
 * Abbreviations members write in quick English questions ("the migration dept", "the 9th mtg", "wat r the
 * objectives"), as the collection spells the word out. Acronyms (ARCP, GCM, IMRF) are the glossary's, not
 * this table's.
 */
const TABLE: Record<string, string> = {
  dept: 'department', depts: 'departments', govt: 'government', govts: 'governments', intl: 'international',
  mtg: 'meeting', mtgs: 'meetings', expat: 'expatriate', expats: 'expatriates', mgmt: 'management', info: 'information', approx: 'approximately',
  secr: 'secretariat', sg: 'Secretary-General', dg: 'Director-General', org: 'organisation',
  orgs: 'organisations', stmt: 'statement', recs: 'recommendations', conf: 'conference', decl: 'declaration',
  stmts: 'statements', confs: 'conferences', decls: 'declarations', rec: 'recommendation', yr: 'year', yrs: 'years',
  reg: 'regional', natl: 'national', amb: 'ambassador', del: 'delegation', dels: 'delegations', rep: 'representative',
  reps: 'representatives', asst: 'assistant', exec: 'executive', coop: 'cooperation', impl: 'implementation',
  devt: 'development', res: 'resolution', reso: 'resolution', ext: 'extraordinary', extraord: 'extraordinary',
  abt: 'about', govtal: 'governmental', mtng: 'meeting', mtngs: 'meetings', mgr: 'manager', dir: 'director',
  // "how many ppl attended", "types of docs": chat shorthand for what the collection spells out.
  ppl: 'people', docs: 'documents', doc: 'document', stats: 'statistics', nums: 'numbers', prepped: 'prepared', prepping: 'preparing', prep: 'preparation', n: 'and',
  diff: 'difference', diffs: 'differences', pts: 'points', sitrep: 'situation report', sitreps: 'situation reports',
  contrib: 'contribution', contribs: 'contributions', nbr: 'number', msg: 'message', msgs: 'messages',
  statment: 'statement', statments: 'statements', hq: 'headquarters', hqs: 'headquarters', tech: 'technical', sec: 'secretariat',
  // "the july 2017 xmtg", "who repped LAS": an extraordinary meeting, represented.
  xmtg: 'extraordinary meeting', xmtgs: 'extraordinary meetings', repped: 'represented',
  // "held by videoconf", "via vc": how a meeting was held.
  videoconf: 'videoconference', vidconf: 'videoconference', videoconfs: 'videoconferences', vc: 'videoconference',
  // Months ("the aug 2016 session"): the collection writes them out.
  jan: 'January', feb: 'February', mar: 'March', apr: 'April', jun: 'June', jul: 'July', aug: 'August', sep: 'September',
  sept: 'September', oct: 'October', nov: 'November', dec: 'December',
  // Question words as typed in a hurry: the kind of question is read from them.
  wat: 'what', wht: 'what', whta: 'what', waht: 'what', wath: 'what', wen: 'when', wehn: 'when', whn: 'when', hwen: 'when',
  whne: 'when', wher: 'where', whre: 'where', wehre: 'where', whr: 'where', wich: 'which', whcih: 'which', whihc: 'which',
  wihch: 'which', hwo: 'who', woh: 'who', hwy: 'why', wyh: 'why',
  // "how many member states r in the ARCP rn?": right now.
  rn: 'now',
  hw: 'how', whos: 'who is', wheres: 'where is', whens: 'when is', whats: 'what is', wats: 'what is', r: 'are', u: 'you',
};

/** Shorthand written with a slash, which the word pattern below would split in two. */
const SLASHED_WORDS: Record<string, string> = { 'w/o': 'without', 'w/': 'with ', 'b/w': 'between' };
const SLASHED = /\b(?:[Ww]\/[Oo]\b|[Bb]\/[Ww]\b|[Ww]\/\s*(?=[A-Za-z0-9]))/g;

const ENTRIES = new Map(Object.entries(TABLE).map(([k, v]) => [normalizeForMatch(k), v]));

/** The word an abbreviation stands for, given a normalised token. */
export function expandAbbreviation(token: string): string | undefined {
  return ENTRIES.get(token);
}

/** A text with every abbreviation of the table written out ("the 8th mtg" → "the 8th meeting"). */
export function spellOutAbbreviations(text: string): string {
  // "no of participants", "no. of pledges": the number of (not the word "no").
  // ("date & topics": the ampersand joins two asks as "and" does; "co-hosted w/ LAS", "w/o", "b/w 2018 & 2020".)
  return text.replace(/\b[Nn]o\.?(?=\s+of\b)/g, 'number').replace(/\s&\s/g, ' and ').replace(SLASHED, (short) => SLASHED_WORDS[short.trim().toLowerCase()]).replace(/[A-Za-z]+/g, (word) => {
    const full = ENTRIES.get(normalizeForMatch(word));
    return full && !/^[A-Z]{2,}$/.test(word) ? full : word;
  });
}
