import { existsSync, readFileSync } from 'node:fs';

/**
 * A reader of Hunspell dictionaries (`.aff` + `.dic`) good enough to answer "is this a word?" for
 * Debian's hunspell-ar: long flags, AF aliases, IGNORE, ICONV, prefixes, suffixes, two-level suffixes
 * (continuation classes) and prefix+suffix cross products. Compounding and suggestions are left out:
 * the repair steps only need membership. The dictionary is read from the system, never copied.
 */

interface AffixRule {
  flag: string;
  strip: string;
  add: string;
  /** Continuation flags: affixes that may attach on top of this one. */
  cont: Set<string>;
  cond: RegExp;
  cross: boolean;
}

/** Suffix rules sharing what they add, strip and require: the condition is tested once for all of them. */
interface SuffixGroup {
  strip: string;
  cond: RegExp;
  rules: AffixRule[];
}

interface AffixData {
  prefixes: Map<string, AffixRule[]>;
  suffixes: Map<string, SuffixGroup[]>;
  ignore: RegExp | null;
  iconv: [string, string][];
}

export interface HunspellDictionary {
  /** True when the word is in the dictionary, directly or through its affix rules. */
  isWord(word: string): boolean;
  /** Number of stems in the `.dic` file. */
  readonly stems: number;
}

export const SYSTEM_ARABIC_DIC = '/usr/share/hunspell/ar.dic';

/**
 * Which stems of the `.dic` file to read: all of them, or only those not marked as verbs. hunspell-ar gives
 * every verb stem a morphological field `po:verb` (through `AM` aliases) and other stems none, so a word
 * that is a word with all stems and none without the verbs can only be read as a verb.
 */
export type DicStems = 'all' | 'not-verbs';

/** Loads `<base>.aff`/`<base>.dic`; `null` when the files are absent (hunspell-ar not installed). */
export function loadHunspell(dicPath: string = SYSTEM_ARABIC_DIC, stems: DicStems = 'all'): HunspellDictionary | null {
  const affPath = dicPath.replace(/\.dic$/, '.aff');
  if (!existsSync(dicPath) || !existsSync(affPath)) return null;
  return parseHunspell(readFileSync(affPath, 'utf8'), readFileSync(dicPath, 'utf8'), stems);
}

export function parseHunspell(aff: string, dic: string, stems: DicStems = 'all'): HunspellDictionary {
  const aliases: string[][] = [];
  const longFlags = /^FLAG\s+long/m.test(aff);
  const splitFlags = (s: string): string[] => (longFlags ? s.match(/../gu) ?? [] : [...s]);
  const flagsOf = (s: string): string[] => (/^\d+$/.test(s) && aliases.length > 0 ? aliases[Number(s) - 1] ?? [] : splitFlags(s));
  const affix = parseAff(aff, aliases, splitFlags, flagsOf);
  const skip = stems === 'not-verbs' ? verbStem(aff) : () => false;
  const roots = parseDic(dic, flagsOf, affix, skip);
  return buildChecker(roots, affix);
}

/** Whether a `.dic` line's morphological field, inline or an `AM` alias, marks a verb. */
function verbStem(aff: string): (morph: string) => boolean {
  // The first `AM n` line only announces how many aliases follow.
  const morphs = aff.split(/\r?\n/).filter((l) => /^AM\s/.test(l)).slice(1);
  return (morph) => /\bpo:verb\b/.test(/^\d+$/.test(morph) ? morphs[Number(morph) - 1] ?? '' : morph);
}

function parseAff(
  aff: string,
  aliases: string[][],
  splitFlags: (s: string) => string[],
  flagsOf: (s: string) => string[],
): AffixData {
  const data: AffixData = { prefixes: new Map(), suffixes: new Map(), ignore: null, iconv: [] };
  const cross = new Map<string, boolean>();
  let sawAliasCount = false;
  for (const raw of aff.split(/\r?\n/)) {
    const line = raw.replace(/\s+#.*$/, '').trim();
    const f = line.split(/\s+/);
    // The first `AF n` line only announces how many aliases follow.
    if (f[0] === 'AF' && f.length >= 2) {
      if (!(sawAliasCount === false && /^\d+$/.test(f[1]))) aliases.push(splitFlags(f[1]));
      sawAliasCount = true;
    }
    else if (f[0] === 'IGNORE' && f[1]) data.ignore = new RegExp(`[${escapeClass(f[1])}]`, 'gu');
    else if (f[0] === 'ICONV' && f.length === 3) data.iconv.push([f[1], f[2]]);
    else if ((f[0] === 'PFX' || f[0] === 'SFX') && f.length === 4 && /^[YN]$/.test(f[2])) cross.set(`${f[0]}${f[1]}`, f[2] === 'Y');
    else if ((f[0] === 'PFX' || f[0] === 'SFX') && f.length >= 5) {
      const rule = parseRule(f, cross.get(`${f[0]}${f[1]}`) ?? false, flagsOf, data.ignore);
      if (f[0] === 'PFX') {
        const list = data.prefixes.get(rule.add) ?? [];
        list.push(rule);
        data.prefixes.set(rule.add, list);
      } else addSuffix(data.suffixes, rule);
    }
  }
  return data;
}

function addSuffix(table: Map<string, SuffixGroup[]>, rule: AffixRule): void {
  const groups = table.get(rule.add) ?? [];
  const same = groups.find((g) => g.strip === rule.strip && g.cond.source === rule.cond.source);
  if (same) same.rules.push(rule);
  else groups.push({ strip: rule.strip, cond: rule.cond, rules: [rule] });
  table.set(rule.add, groups);
}

function parseRule(f: string[], cross: boolean, flagsOf: (s: string) => string[], ignore: RegExp | null): AffixRule {
  const isPrefix = f[0] === 'PFX';
  const [addRaw, contRaw] = f[3].split('/');
  const clean = (s: string) => (s === '0' ? '' : ignore ? s.replace(ignore, '') : s);
  const cond = f[4] === '.' ? '' : f[4];
  return {
    flag: f[1],
    strip: clean(f[2]),
    add: clean(addRaw),
    cont: new Set(contRaw ? flagsOf(contRaw) : []),
    cond: new RegExp(isPrefix ? `^${cond}` : `${cond}$`, 'u'),
    cross,
  };
}

function parseDic(dic: string, flagsOf: (s: string) => string[], affix: AffixData, skip: (morph: string) => boolean): Map<string, Set<string>> {
  const roots = new Map<string, Set<string>>();
  const lines = dic.split(/\r?\n/);
  for (let i = 1; i < lines.length; i++) {
    const [entry, morph] = lines[i].split(/\s+/);
    if (!entry || entry.startsWith('#') || (morph && skip(morph))) continue;
    const slash = entry.indexOf('/');
    const word = normalizeInput(slash < 0 ? entry : entry.slice(0, slash), affix);
    if (!word) continue;
    const flags = roots.get(word) ?? new Set<string>();
    if (slash >= 0) for (const fl of flagsOf(entry.slice(slash + 1))) flags.add(fl);
    roots.set(word, flags);
  }
  return roots;
}

function normalizeInput(word: string, affix: AffixData): string {
  let w = affix.ignore ? word.replace(affix.ignore, '') : word;
  for (const [from, to] of affix.iconv) if (w.includes(from)) w = w.split(from).join(to);
  return w;
}

function buildChecker(roots: Map<string, Set<string>>, affix: AffixData): HunspellDictionary {
  return new AffixChecker(roots, affix);
}

type Analysis = { root: string; rule: AffixRule };

/** Membership through affix rules, as hunspell checks it (without compounding). */
class AffixChecker implements HunspellDictionary {
  private readonly analyses = new Map<string, Analysis[]>();
  private readonly cache = new Map<string, boolean>();

  constructor(private readonly roots: Map<string, Set<string>>, private readonly affix: AffixData) {}

  get stems(): number {
    return this.roots.size;
  }

  isWord(raw: string): boolean {
    const word = normalizeInput(raw, this.affix);
    if (!word) return false;
    const hit = this.cache.get(word);
    if (hit !== undefined) return hit;
    const ok = this.roots.has(word) || this.suffixCheck(word) || this.prefixCheck(word);
    if (this.cache.size > 200_000) this.cache.clear();
    this.cache.set(word, ok);
    return ok;
  }

  private hasFlag(base: string, flag: string): boolean {
    return this.roots.get(base)?.has(flag) ?? false;
  }

  /** Every way of removing one suffix: the base left and the rules that lead there. */
  private *strippings(word: string, onlyRoots: boolean): Generator<[string, AffixRule[]]> {
    for (let i = 0; i <= word.length; i++) {
      const groups = this.affix.suffixes.get(word.slice(i));
      if (!groups) continue;
      for (const g of groups) {
        const base = word.slice(0, i) + g.strip;
        // The map lookup is far cheaper than the condition: prune on it first.
        if (base.length === 0 || (onlyRoots && !this.roots.has(base)) || !g.cond.test(base)) continue;
        yield [base, g.rules];
      }
    }
  }

  /** Analyses root + one suffix that the dictionary allows. */
  private rootAnalyses(word: string): Analysis[] {
    const hit = this.analyses.get(word);
    if (hit) return hit;
    const found: Analysis[] = [];
    for (const [base, rules] of this.strippings(word, true)) {
      for (const rule of rules) if (this.hasFlag(base, rule.flag)) found.push({ root: base, rule });
    }
    if (this.analyses.size > 50_000) this.analyses.clear();
    this.analyses.set(word, found);
    return found;
  }

  /**
   * Suffixed forms, one or two suffixes deep. With `needFlag` (a prefix's flag), the flag must sit on the
   * root or in a suffix's continuation class: hunspell-ar uses both.
   */
  private suffixCheck(word: string, needFlag?: string): boolean {
    const allows = (root: string, ...rules: AffixRule[]) =>
      !needFlag || this.hasFlag(root, needFlag) || rules.some((r) => r.cont.has(needFlag));
    for (const { root, rule } of this.rootAnalyses(word)) if (allows(root, rule)) return true;
    for (let i = 0; i <= word.length; i++) {
      for (const g of this.affix.suffixes.get(word.slice(i)) ?? []) {
        const base = word.slice(0, i) + g.strip;
        if (base.length === 0) continue;
        const inner = this.rootAnalyses(base);
        if (inner.length === 0 || !g.cond.test(base)) continue;
        for (const { root, rule } of inner) {
          for (const outer of g.rules) if (rule.cont.has(outer.flag) && allows(root, rule, outer)) return true;
        }
      }
    }
    return false;
  }

  private prefixCheck(word: string): boolean {
    for (let i = 0; i <= word.length; i++) {
      for (const r of this.affix.prefixes.get(word.slice(0, i)) ?? []) {
        const base = r.strip + word.slice(i);
        if (!base || !r.cond.test(base)) continue;
        if (this.hasFlag(base, r.flag)) return true;
        if (r.cross && this.suffixCheck(base, r.flag)) return true;
      }
    }
    return false;
  }
}

function escapeClass(chars: string): string {
  return chars.replace(/[\\\]^-]/g, '\\$&');
}
