import type { QuestionAnalysis } from '../question/types.js';
import { countKeysOf, stemsOf, type TermPair } from './question-terms.js';

/** Things counted under another name: "how many countries are members" is answered by "22 member states" (Arabic says «دول» for both). */
const SAME_COUNT: Record<string, string[]> = {
  countri: ['state'],
  nation: ['state'],
  // "How many people attended?": the record counts participants, officials or delegates.
  peopl: ['particip', 'offici', 'deleg', 'attende'],
  person: ['particip', 'offici', 'deleg', 'attende'],
  // «كم شخصاً حضر؟» (how many people): the record counts «70 مسؤولاً», «4200 مشارك», delegations.
  شخص: ['مسؤول', 'مشارك', 'وفد', 'مندوب'],
  // …and as the Levant and Egypt say it: «قديش واحد حضر؟», «كام واحد شارك؟» (how many ones).
  احد: ['مسؤول', 'مشارك', 'وفد', 'مندوب'],
};
/**
 * What a question may call by another name than the record: "arcp goals", "its aims" are its objectives. One
 * way only: "one aim of the review" in a sentence counts no objectives.
 */
const ASKED_AS: Record<string, string[]> = { goal: ['object'], aim: ['object'] };

/** Whether a word is one the question asks about, and (for "how many" or a list) whether it is the thing counted. */
export function askedWords(pairs: readonly TermPair[], analysis: QuestionAnalysis) {
  const keys = new Set(pairs.flatMap((p) => [p.own, p.other]).flatMap((t) => t?.alternatives.flat(2) ?? []));
  const isAsked = (token: string) => stemsOf(token).some((k) => keys.has(k));
  // Counted things by stem and Arabic root (countKeysOf), and under the names the record counts them by.
  const countKeys = (w: string) => countKeysOf(w).flatMap((k) => [k, ...(SAME_COUNT[k] ?? [])]);
  const counted = new Set(analysis.counted?.flatMap((w) => [...countKeys(w), ...stemsOf(w).flatMap((k) => ASKED_AS[k] ?? [])]) ?? []);
  const isCounted = counted.size > 0 ? (token: string) => countKeys(token).some((k) => counted.has(k)) : undefined;
  return { isAsked, isCounted };
}
