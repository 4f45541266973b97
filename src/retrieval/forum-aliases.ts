import type { GlossaryEntry } from './glossary.js';
import { phraseKey, type ForumAlias } from './question-filters.js';

/** Share of passages above which a forum counts as the collection's own subject, not a filter. */
const SUBJECT_SHARE = 0.25;

/**
 * Names under which questions mention each forum of the collection: its code and every glossary form of
 * the term abbreviated by that code. A forum that most documents are tagged with, or whose name most
 * passages mention (the process itself: "ARCP", عملية التشاور), would filter nothing useful and hide
 * the rest, so it is left out. `mentionShare` estimates the share of passages containing a phrase.
 */
export function forumAliases(
  documentForums: ReadonlyMap<string, readonly string[]>,
  glossary: readonly GlossaryEntry[],
  mentionShare: (phrase: string) => number,
): ForumAlias[] {
  const counts = new Map<string, number>();
  for (const forums of documentForums.values()) for (const f of new Set(forums)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const out: ForumAlias[] = [];
  for (const [forum, n] of counts) {
    if (n > documentForums.size / 2) continue;
    const phrases = new Set([phraseKey(forum)]);
    const key = forum.toLowerCase();
    for (const e of glossary) {
      if (![...e.abbr, ...e.en].some((f) => f.toLowerCase() === key)) continue;
      for (const f of [...e.abbr, ...e.en, ...e.ar]) phrases.add(phraseKey(f));
    }
    const usable = [...phrases].filter((p) => p.trim().length >= 2);
    if (usable.some((p) => mentionShare(p) > SUBJECT_SHARE)) continue;
    for (const phrase of usable) out.push({ forum, phrase });
  }
  return out;
}
