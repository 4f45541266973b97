import { englishStem } from '../text/english-stem.js';
import { arabicStems } from '../text/light10.js';
import { isStopword } from '../text/stopwords.js';
import { isArabicWord, tokenize } from '../text/tokenize.js';

export interface GapQuestion {
  text: string;
  channel: string;
  lang: string;
  createdAt: string;
}

/** Questions the corpus could not answer that share their content words: one missing piece of knowledge. */
export interface GapTopic {
  /** The most frequent content words of the group, as people wrote them. */
  label: string[];
  count: number;
  lastAskedAt: string;
  channels: string[];
  /** Up to `examples` distinct questions, newest first. */
  questions: GapQuestion[];
}

interface Group {
  terms: Map<string, number>;
  surface: Map<string, Map<string, number>>;
  members: GapQuestion[];
}

// Two questions share a topic when at least half of the shorter one's content words appear in the other.
const MIN_OVERLAP = 0.5;

// A word as written (letters, marks, digits, tatweel), before matching normalisation.
const WRITTEN_WORD = /[\p{L}\p{M}\p{N}\u0640]+/gu;

function stemOf(token: string): string {
  return isArabicWord(token) ? arabicStems(token)[0]! : englishStem(token);
}

// Words nearly every question to this assistant contains ("what is the ARCP position on …"): they say
// nothing about the topic, so two questions sharing only them are not grouped.
const DOMAIN_STEMS = new Set(
  tokenize(`arcp process position positions consultative regional arab stance view views anything said say
    العملية عملية موقف مواقف التشاور العربية الإقليمية رأي`).map(stemOf),
);

/** How a word is shown in a topic label: without a glued و/ف/ب/ك before the article (والهجرة → الهجرة). */
export function labelForm(written: string): string {
  const bare = written.replace(/^(?:[وف]?[بك]?|[وف])(?=ال)/u, '');
  // At least three letters after the article, so that a word like والي (governor) stays whole.
  return bare.length >= 5 ? bare : written;
}

/** A stopword, also when glued to the conjunction و or ف (وماذا). */
function isFunctionWord(token: string): boolean {
  return isStopword(token) || (isArabicWord(token) && /^[وف]/.test(token) && isStopword(token.slice(1)));
}

/** Content terms of a question: stemmed, stopwords and one-letter tokens dropped, each with the word as written. */
export function contentTerms(text: string): Map<string, string> {
  const terms = new Map<string, string>();
  for (const written of text.match(WRITTEN_WORD) ?? []) {
    const tokens = tokenize(written);
    for (const token of tokens) {
      if (token.length < 2 || isFunctionWord(token) || /^\d+$/.test(token)) continue;
      const stem = stemOf(token);
      if (DOMAIN_STEMS.has(stem)) continue;
      // Shown as written, unless normalisation split a glued word (then the normalised part is all we have).
      if (stem.length >= 2 && !terms.has(stem)) terms.set(stem, tokens.length === 1 ? labelForm(written.toLowerCase()) : token);
    }
  }
  return terms;
}

function overlap(terms: Map<string, string>, group: Group): number {
  if (terms.size === 0) return 0;
  let shared = 0;
  for (const t of terms.keys()) if (group.terms.has(t)) shared++;
  const groupCore = [...group.terms.values()].filter((n) => n * 2 >= group.members.length).length || group.terms.size;
  return shared / Math.min(terms.size, groupCore);
}

function add(group: Group, q: GapQuestion, terms: Map<string, string>): void {
  group.members.push(q);
  for (const [stem, word] of terms) {
    group.terms.set(stem, (group.terms.get(stem) ?? 0) + 1);
    const forms = group.surface.get(stem) ?? new Map<string, number>();
    forms.set(word, (forms.get(word) ?? 0) + 1);
    group.surface.set(stem, forms);
  }
}

function label(group: Group, words: number): string[] {
  const top = [...group.terms.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, words);
  return top.map(([stem]) => [...group.surface.get(stem)!.entries()].sort((a, b) => b[1] - a[1])[0]![0]);
}

/**
 * Groups unanswered questions by topic, largest group first. Greedy single pass over the questions
 * (newest first): each joins the group it overlaps most, or starts a new one. Deterministic and cheap
 * for the few thousand questions a secretariat sees in a quarter.
 */
export function groupKnowledgeGaps(questions: GapQuestion[], options: { examples?: number; labelWords?: number } = {}): GapTopic[] {
  const groups: Group[] = [];
  const sorted = [...questions].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  for (const q of sorted) {
    const terms = contentTerms(q.text);
    let best: Group | undefined;
    let bestScore = 0;
    for (const g of groups) {
      const score = overlap(terms, g);
      if (score > bestScore) [best, bestScore] = [g, score];
    }
    if (best && bestScore >= MIN_OVERLAP) add(best, q, terms);
    else {
      const g: Group = { terms: new Map(), surface: new Map(), members: [] };
      add(g, q, terms);
      groups.push(g);
    }
  }
  return groups
    .map((g) => toTopic(g, options.examples ?? 5, options.labelWords ?? 3))
    .sort((a, b) => b.count - a.count || b.lastAskedAt.localeCompare(a.lastAskedAt));
}

function toTopic(g: Group, examples: number, labelWords: number): GapTopic {
  const seen = new Set<string>();
  const distinct = g.members.filter((q) => {
    const key = q.text.trim().toLowerCase();
    return seen.has(key) ? false : (seen.add(key), true);
  });
  return {
    label: label(g, labelWords),
    count: g.members.length,
    lastAskedAt: g.members[0]!.createdAt,
    channels: [...new Set(g.members.map((q) => q.channel))].sort(),
    questions: distinct.slice(0, examples),
  };
}
