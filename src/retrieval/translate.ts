import { wordTermGroups, type AnalyzeOptions } from '../text/analyze.js';
import { ordinalTerm } from '../text/ordinals.js';
import { numberAsOrdinal } from '../question/understand.js';
import { isStopword } from '../text/stopwords.js';
import { isArabicWord, tokenize } from '../text/tokenize.js';
import type { AnswerInstance } from '../question/answer-kind.js';
import type { BilingualDictionary } from './freedict.js';
import type { GlossaryEntry } from './glossary.js';
import { PersonNames } from './person-names.js';

/** A normalised content token with all its stem readings. */
export interface Token {
  text: string;
  readings: string[];
  /** Indexed stems of the word's root family (Arabic), matched at a lower weight than its own stems. */
  related?: string[];
  /** Indexed stems of an Arabic past verb without its ending («نظمت» → نظم): the word itself, written otherwise. */
  unended?: string[];
}

/**
 * One concept of a question: a word or a glossary phrase, with the ways the collection may express it.
 * `targets` are texts in either language: glossary forms (other language and same-language variants and
 * abbreviations) or dictionary senses.
 */
export interface Concept {
  source: Token[];
  targets: string[];
  origin: 'glossary' | 'dictionary' | 'none';
  /** Of the question's frame, not its subject ("which agencies…", «ماذا قال»): see answer-kind.ts. */
  kind?: boolean;
  /** A frame word that asks for a date or a place, which a passage may give instead of the word. */
  answeredBy?: AnswerInstance;
  /** A person the glossary names ("Amy Pope"): see persons.ts. */
  person?: boolean;
  /** An office's holders as the glossary names them, by whose names the record may speak of it (glossary.ts). */
  holders?: string[];
}

/** وأين، ومتى، فما: a question word with the conjunction written on it is still a question word. */
function withoutConjunction(token: string): string {
  return isArabicWord(token) && token.length >= 3 && /^[وف]/.test(token) ? token.slice(1) : token;
}

const cache = new Map<string, Token[]>();
const CACHE_MAX = 20_000;

/**
 * Content tokens of a text: stopwords dropped, each with its stem readings (Light10 or Porter). Glossary
 * forms and dictionary senses recur across queries, so results are memoised (bounded).
 */
export function contentTokens(text: string, opts: AnalyzeOptions = {}): Token[] {
  const key = `${opts.stem === false ? 0 : 1}${text}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const all = tokenize(text);
  const kept = all.map((t, i) => ({ t, i })).filter(({ t }) => !isStopword(t) && !isStopword(withoutConjunction(t)));
  const tokens = kept.map(({ t }) => t);
  const readings = wordTermGroups(tokens, opts);
  // "GFMD 12", «الاجتماع 11»: a number after what it counts is the ordinal the collection writes ("12th GFMD").
  const ordinal = (at: number) => (opts.stem === false ? undefined : numberAsOrdinal(all, at));
  const out = tokens.map((t, k) => {
    const n = ordinal(kept[k]!.i);
    return { text: t, readings: n === undefined ? readings[k]! : [...readings[k]!, ordinalTerm(n)] };
  });
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(key, out);
  return out;
}

/**
 * «لعملية التشاور», «بعملية التشاور»: a glossary phrase behind a lone ل, ب, ك or ف, which Light10 leaves on its first
 * word (it strips them only with the article): the word also reads without it.
 */
function withoutProclitic(token: Token, opts: AnalyzeOptions): Token {
  const bare = /^(?:و?[لبكف])(?=[\u0621-\u064A]{4,}$)/u.exec(token.text);
  if (!bare || token.text.startsWith('لل')) return token;
  return { ...token, readings: [...token.readings, ...(contentTokens(token.text.slice(bare[0].length), opts)[0]?.readings ?? [])] };
}

function sameWord(a: Token, b: Token): boolean {
  return a.readings.some((r) => b.readings.includes(r));
}

interface Phrase {
  tokens: Token[];
  entry: GlossaryEntry;
  form: string;
}

/**
 * Words written in capitals ("GA", "COP29", "HLOM"): an acronym is the glossary's or nothing. The
 * dictionary's senses of its letters (GA: «ولاية جورجيا», «الغاز»; COP: «الشرطي») weighed the most of the
 * question and matched nothing, or the wrong thing.
 */
function acronymsIn(text: string): Set<string> {
  return new Set([...text.matchAll(/(?<![\p{L}])([A-Z]{2,6})(?=\d|[^\p{L}]|$)/gu)].map((m) => m[1]!.toLowerCase()));
}

/** English pronouns that an abbreviation of the glossary also spells: "US". */
const PRONOUNS = new Set(['us']);

/**
 * "Send us the statement" asks nothing of the United States: a pronoun the glossary also has as an
 * abbreviation is the pronoun unless written in capitals (as "US" it was a name no record held, and the search
 * abstained). A function word, it is no concept at all.
 */
function pronounNotAcronym(phrase: Phrase, token: Token, acronyms: ReadonlySet<string>): boolean {
  return phrase.tokens.length === 1 && PRONOUNS.has(token.text) && !acronyms.has(token.text);
}

/** Most senses kept per dictionary word: beyond this they are inflections and rare meanings. */
const MAX_SENSES = 16;
/** A name the glossary gives in one capitalised word, other than a person's: a city, a state ("Quito", "Marrakech"). */
const ONE_WORD_NAME = /^[A-Z][a-z]{2,}$/;

/**
 * Query translation without neural weights: reviewed glossary phrases first (longest match, on stems, so
 * "refugees" and للاجئين match their glossary forms), then the bilingual dictionary word by word. All
 * senses of a word stay together; words with no translation (names, numbers) stay as they are.
 */
export class QueryTranslator {
  private readonly phrases = new Map<string, Phrase[]>();
  private readonly persons: PersonNames;

  constructor(
    glossary: readonly GlossaryEntry[],
    private readonly dictionary?: BilingualDictionary,
    readonly analysis: AnalyzeOptions = {},
  ) {
    for (const entry of glossary) {
      for (const form of [...entry.en, ...entry.ar, ...entry.abbr]) {
        const tokens = contentTokens(form, analysis);
        if (tokens.length === 0) continue;
        for (const r of tokens[0]!.readings) {
          const list = this.phrases.get(r) ?? [];
          list.push({ tokens, entry, form });
          this.phrases.set(r, list);
        }
      }
    }
    this.persons = new PersonNames(new Set([...this.phrases.values()].flat()));
  }

  get hasDictionary(): boolean {
    return this.dictionary !== undefined;
  }

  /** Whether the bilingual dictionary knows the word: a real word, not a misspelling. */
  isDictionaryWord(token: string): boolean {
    if (!this.dictionary || /\d/.test(token)) return false;
    if (!isArabicWord(token)) return this.dictionary.english(token).length > 0;
    // The Arabic side is keyed by Light10 stems: a stem of two letters (والتمية → تم) matches anything.
    return this.readingsOf(token)[0]!.length >= 3 && this.dictionary.arabic(token).length > 0;
  }

  /** The stem readings of one normalised word, analysed as the index analyses it. */
  readingsOf(token: string): string[] {
    return contentTokens(token, this.analysis)[0]?.readings ?? [token];
  }

  /** Every glossary form as written: names and terms the collection may not use. */
  glossaryForms(kind?: 'person' | 'one-word name'): string[] {
    const forms = new Set<string>();
    const ofKind = (entry: GlossaryEntry) => !kind || (kind === 'one-word name' ? entry.kind !== 'person' && ONE_WORD_NAME.test(entry.en[0] ?? '') : entry.kind === kind);
    for (const list of this.phrases.values()) for (const p of list) if (ofKind(p.entry)) forms.add(p.form);
    return [...forms];
  }

  translate(text: string, options: { dictionary?: boolean; glossary?: boolean } = {}): Concept[] {
    const tokens = contentTokens(text, this.analysis);
    const acronyms = acronymsIn(text);
    const out: Concept[] = [];
    for (let i = 0; i < tokens.length; ) {
      const phrase = options.glossary === false ? undefined : this.longestPhrase(tokens, i);
      if (phrase && pronounNotAcronym(phrase, tokens[i]!, acronyms)) {
        i++;
        continue;
      }
      const person = options.glossary === false ? undefined : this.persons.at(tokens, i);
      const byName = person !== undefined && person.length > (phrase?.tokens.length ?? 0);
      const found = byName ? person : phrase && { entry: phrase.entry, length: phrase.tokens.length };
      if (found) {
        // (A name spelt otherwise, "Jumana Ghoul", keeps every form among its targets: the record writes one of them.)
        const targets = [...found.entry.en, ...found.entry.ar, ...found.entry.abbr].filter((f) => byName || f !== phrase!.form);
        const isPerson = found.entry.kind === 'person' ? { person: true } : {};
        const holders = found.entry.holders ? { holders: found.entry.holders } : {};
        out.push({ source: tokens.slice(i, i + found.length), targets, origin: 'glossary', ...isPerson, ...holders });
        i += found.length;
        continue;
      }
      const token = tokens[i]!;
      const senses = options.dictionary === false || acronyms.has(token.text) ? [] : this.senses(token);
      out.push({ source: [token], targets: senses, origin: senses.length > 0 ? 'dictionary' : 'none' });
      i++;
    }
    return out;
  }

  private longestPhrase(tokens: Token[], at: number): Phrase | undefined {
    let best: Phrase | undefined;
    const seen = new Set<Phrase>();
    const first = withoutProclitic(tokens[at]!, this.analysis);
    for (const r of first.readings) {
      for (const p of this.phrases.get(r) ?? []) {
        if (seen.has(p)) continue;
        seen.add(p);
        if (best && p.tokens.length <= best.tokens.length) continue;
        if (at + p.tokens.length > tokens.length) continue;
        // (Through a stripped preposition, only a phrase of several words: «لصالح» is "in favour of", not «الصالح», a name.)
        const opening = p.tokens.length > 1 ? first : tokens[at]!;
        if (p.tokens.every((t, k) => sameWord(t, k === 0 ? opening : tokens[at + k]!))) best = p;
      }
    }
    return best;
  }

  private senses(token: Token): string[] {
    if (!this.dictionary || /^\d+$/.test(token.text)) return [];
    const found = isArabicWord(token.text) ? this.dictionary.arabic(token.text) : this.dictionary.english(token.text);
    return found.slice(0, MAX_SENSES);
  }
}
