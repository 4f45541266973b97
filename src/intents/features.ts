import { arabicStems } from '../text/light10.js';
import { englishStem } from '../text/english-stem.js';
import { normalizeForMatch } from '../text/normalize.js';
import { isArabicWord } from '../text/tokenize.js';
import { INTENTS } from './types.js';
import { ruleSignals, type RuleOptions, type RuleSignals } from './rules.js';

/**
 * The features of a message for the learned intent model. Intent lives in function words and phrasing
 * ("send us", "أرسلوا لنا", "what does … say"), so nothing is dropped as a stopword. Each sparse group is
 * scaled to unit length so that a long e-mail does not outvote a short chat line:
 *   w: stemmed words (Light10 for Arabic, Porter for English), numbers folded to a shape;
 *   b: adjacent stemmed word pairs, with the start and end of the message as words;
 *   c: character n-grams of each normalised word, padded, so clitics and dialect spellings share grams;
 *   s: Arabic words with clitics and pronoun suffixes cut harder than Light10 does;
 *   r: the hand-written cue scores and signals of intent-rules.ts, which carry knowledge the examples lack
 *      (unscaled, so the model can lean on them);
 *   x: the length of the message, in buckets.
 */
export interface FeatureConfig {
  charMin: number;
  charMax: number;
  /** Multiplier of the rule group; 0 leaves the rules out. */
  ruleWeight: number;
  /** Also an aggressive Arabic stem (clitics and pronoun suffixes off), as a group of its own. */
  arabicCore: boolean;
}

export const DEFAULT_FEATURE_CONFIG: FeatureConfig = { charMin: 3, charMax: 4, ruleWeight: 1, arabicCore: true };

export interface MessageFeatures {
  /** Feature name → value. */
  values: Map<string, number>;
  signals: RuleSignals;
  /** Normalised text, whitespace collapsed. */
  norm: string;
}

// Letters and digits; pictographs (👍, 🙏) are kept as words of their own, skin tones dropped.
const TOKEN = /[\p{L}\p{N}]+|\p{Extended_Pictographic}/gu;

function wordShape(token: string): string {
  if (/^\d{4}$/.test(token)) return '<year>';
  if (/^\d+$/.test(token)) return '<num>';
  return token;
}

function stemOf(token: string): string {
  if (isArabicWord(token)) return arabicStems(token)[0]!;
  return englishStem(token);
}

const AR_PREFIX = /^(?:و|ف)?(?:ب|ل|ك|س|ح)?(?:ال)?/;
const AR_SUFFIX = /(?:كما|هما|تين|تان|ها|هم|هن|كم|كن|نا|ني|ون|ين|ات|ان|وا|ه|ك|ي|ت)$/;

/** Light10 keeps what dialect and verbs add: بتقدر, حنحضر, ابعتولي share a core with their MSA kin here. */
function arabicCore(token: string): string {
  let t = token;
  const p = t.replace(AR_PREFIX, '');
  if (p.length >= 3) t = p;
  for (let i = 0; i < 2; i++) {
    const q = t.replace(AR_SUFFIX, '');
    if (q.length >= 3) t = q;
  }
  return t;
}

function addGroup(out: Map<string, number>, names: Iterable<string>): void {
  const set = new Set(names);
  if (set.size === 0) return;
  const v = 1 / Math.sqrt(set.size);
  for (const n of set) out.set(n, v);
}

function charGrams(tokens: readonly string[], min: number, max: number): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    if (/^\d+$/.test(token) || /\p{Extended_Pictographic}/u.test(token)) continue;
    const t = `_${token}_`;
    for (let n = min; n <= max; n++) {
      if (t.length < n) continue;
      for (let i = 0; i + n <= t.length; i++) out.push(`c:${t.slice(i, i + n)}`);
    }
  }
  return out;
}

function ruleFeatures(s: RuleSignals, norm: string): [string, number][] {
  const out: [string, number][] = [];
  // Scores are capped and scaled to about 0–1: the model learns how far to trust each intent's cues.
  for (const intent of INTENTS) if (s.scores[intent] > 0) out.push([`r:${intent}`, Math.min(s.scores[intent], 6) / 4]);
  if (s.inDomain) out.push(['r:domain', 1]);
  if (s.salutation) out.push(['r:salutation', 1]);
  if (s.thanks) out.push(['r:thanks', 1]);
  if (s.help) out.push(['r:help', 1]);
  if (norm.includes('?') || norm.includes('؟')) out.push(['r:question-mark', 1]);
  return out;
}

function lengthBucket(n: number): string {
  if (n <= 1) return 'x:len1';
  if (n <= 3) return 'x:len2-3';
  if (n <= 7) return 'x:len4-7';
  if (n <= 15) return 'x:len8-15';
  return 'x:len16+';
}

export function messageFeatures(text: string, opts: RuleOptions = {}, config: FeatureConfig = DEFAULT_FEATURE_CONFIG): MessageFeatures {
  const norm = normalizeForMatch(text).replace(/\s+/g, ' ').trim();
  const tokens = (norm.match(TOKEN) ?? []).map(wordShape);
  const stems = tokens.map(stemOf);
  const values = new Map<string, number>();
  addGroup(values, stems.map((s) => `w:${s}`));
  const padded = ['^', ...stems, '$'];
  addGroup(values, padded.slice(1).map((s, i) => `b:${padded[i]}_${s}`));
  addGroup(values, charGrams(tokens, config.charMin, config.charMax));
  if (config.arabicCore) addGroup(values, tokens.filter(isArabicWord).map((t) => `s:${arabicCore(t)}`));
  values.set(lengthBucket(tokens.length), 1);
  const signals = ruleSignals(norm, opts);
  if (config.ruleWeight > 0) for (const [name, v] of ruleFeatures(signals, norm)) values.set(name, v * config.ruleWeight);
  return { values, signals, norm };
}
