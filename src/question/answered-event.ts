import { tokenize } from '../text/tokenize.js';
import { eventWords, kindOfWord, namesExtraordinary, numberedEvents, ordinalMentions, sameOrdinal, type OrdinalKind } from './ordinal-mentions.js';
import { yearsIn } from './time-range.js';

/**
 * "Which ARCP meeting prepared states for the first IMRF?", "ahead of what meeting?", «لأي منتدى؟», «أنهي اجتماع…؟»:
 * a question that asks which event, by the kind of event it asks for.
 */
const ASKED_EN = /\b(?:which|what)\s+(?:(?:arcp|las|regular|annual|international|un|arab|regional)\s+){0,2}(?:(global)\s+)?(meeting|mtg|session|forum|conference|conf|review|summit)\b/i;
const ASKED_AR = /(?<![\u0621-\u064A])(?:و?[لب]?(?:أي|اي|أية|اية)|و?(?:أنهي|انهي|ياتو|اينا))\s+(?:ال)?(اجتماع|منتد[ىي]|دور[ةه]|مؤتمر|استعراض|قم[ةه])(?![\u0621-\u064A])/u;
const KIND_ASKED: Record<string, Family> = {
  meeting: 'meeting', mtg: 'meeting', session: 'meeting', summit: 'meeting', forum: 'forum', conference: 'review', conf: 'review', review: 'review',
  اجتماع: 'meeting', دورة: 'meeting', دوره: 'meeting', قمة: 'meeting', قمه: 'meeting', منتدى: 'forum', منتدي: 'forum', مؤتمر: 'review', استعراض: 'review',
};
/** What the asker calls a meeting may be numbered as a session or an extraordinary meeting; a review is a conference. */
type Family = 'meeting' | 'forum' | 'review' | 'global';
const FAMILY: Record<OrdinalKind, Family> = { meeting: 'meeting', extraordinary: 'meeting', session: 'meeting', forum: 'forum', review: 'review', global: 'global' };
const GLOBAL_NEXT = /^\s+(?:ال)?عالمي(?![\u0621-\u064A])/u;

/**
 * The event an answer names of the kind its question asked for, as words: "9th meeting" after "Which ARCP meeting
 * prepared states for the second GRF?" answered "The 9th meeting… prepared member states for the second GRF". What the
 * conversation then asks of "that meeting" or "it" is of that one, not of the forum the question named (asked of the
 * question, "and where was that mtg held?" was answered with the forum's Geneva). Undefined when the question asks
 * for no event, or the answer names none but those the question names itself.
 */
export function answeredEvent(question: string, answer: string): string | undefined {
  const en = ASKED_EN.exec(question);
  const ar = en ? undefined : ASKED_AR.exec(question);
  const asked = (en ? en[2] : ar?.[1])?.toLowerCase();
  // ("Which global meeting…", «أي اجتماع عالمي…»: the global meetings of all the processes, not the ARCP's own.)
  const global = en ? en[1] !== undefined : ar !== null && ar !== undefined && GLOBAL_NEXT.test(question.slice(ar.index + ar[0].length));
  const family = global ? 'global' : asked ? KIND_ASKED[asked] : undefined;
  if (!family) return undefined;
  const own = ordinalMentions(tokenize(question));
  const tokens = tokenize(answer);
  const named = numberedEvents(tokens).find((e) => e.kind && FAMILY[e.kind] === family && !own.some((m) => sameOrdinal(m, e)));
  if (named) return named.words.join(' ');
  // «…الاجتماع الاستثنائي الذي عُقد يومي 2 و3 أغسطس/آب 2016…»: an extraordinary meeting has no number; its year says which.
  const year = yearsIn(answer, new Date())[0];
  const words = eventWords(tokens);
  if (family !== 'meeting' || !namesExtraordinary(tokens) || year === undefined || words.length > 3) return undefined;
  // («اجتماعاً استثنائياً» is read with its ending: no word of it is kept.)
  const extraordinary = words.length > 0 ? words.join(' ') : /[\u0600-\u06FF]/u.test(answer) ? 'الاجتماع الاستثنائي' : 'extraordinary meeting';
  return `${extraordinary} ${year}`;
}

/**
 * Whether a turn that leans on the one before asks of the event that one's answer named: "and where was that mtg
 * held?", "was it face to face?", «ووين انعقد؟» do; "when was the GRF itself held?" names another kind of event.
 */
export function pointsAtTheAnswered(turn: string, answered: string): boolean {
  const family = (word: string) => {
    const kind = kindOfWord(word);
    return kind && FAMILY[kind];
  };
  const answeredFamily = tokenize(answered).map(family).find(Boolean);
  return tokenize(turn).every((t) => {
    const f = family(t);
    return !f || f === answeredFamily;
  });
}
