import { tokenize } from '../text/tokenize.js';
import { kindOfWord, namesExtraordinary, numberedEvents, ordinalMentions, sameOrdinal, type OrdinalKind } from './ordinal-mentions.js';
import { yearsIn } from './time-range.js';

/**
 * "Which ARCP meeting prepared states for the first IMRF?", "ahead of what meeting?", "which GFMD session…", «لأي منتدى؟», «أنهي اجتماع…؟»:
 * a question that asks which event, by the kind of event it asks for.
 */
const ASKED_EN = /\b(?:which|what)\s+(?:(?:arcp|las|regular|annual|international|un|arab|regional|(gfmd|grf|imrf|hlm|hlom|unga))\s+){0,2}(?:(global)\s+)?(meeting|mtg|session|forum|conference|conf|review|summit)\b/i;
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
export function answeredEvent(question: string, reply: string, context?: string): string | undefined {
  const en = ASKED_EN.exec(question);
  const ar = en ? undefined : ASKED_AR.exec(question);
  const asked = (en ? en[3] : ar?.[1])?.toLowerCase();
  // ("Which GFMD session…": the 10th session the answer names is the forum's, which its words must say.)
  const of = en?.[1] ? ` ${en[1]}` : '';
  // ("Which global meeting…", «أي اجتماع عالمي…»: the global meetings of all the processes, not the ARCP's own.)
  const global = en ? en[2] !== undefined : ar !== null && ar !== undefined && GLOBAL_NEXT.test(question.slice(ar.index + ar[0].length));
  const family = global ? 'global' : asked ? KIND_ASKED[asked] : undefined;
  if (!family) return undefined;
  // (Not one the question or what it leans on names: «والاجتماع الاستثنائي اللي أوصى فيه» after the 3rd meeting is not the 3rd.)
  const own = ordinalMentions(tokenize(`${question} ${context ?? ''}`));
  const questionWords = new Set(tokenize(question));
  // "which extraordinary meeting…", «أي اجتماع استثنائي…»: one of those, numbered or by its year.
  const extraordinary = namesExtraordinary(tokenize(question));
  const fits = (e: { kind?: OrdinalKind }) => e.kind !== undefined && FAMILY[e.kind] === family && (!extraordinary || e.kind === 'extraordinary');
  // The first quote that names one, the lead first («…سبقت اجتماعَ المسؤولين رفيعي المستوى…» was the second).
  for (const quote of quotesOf(reply)) {
    const tokens = tokenize(quote);
    const named = numberedEvents(tokens).find((e) => fits(e) && !own.some((m) => sameOrdinal(m, e)));
    const byName = extraordinary ? undefined : namedEventOf(questionWords, quote, family);
    const event = named ? `${named.words.join(' ')}${of}` : (extraordinaryOf(quote, tokens, family) ?? byName);
    if (event) return event;
  }
  return undefined;
}

/** The quotes of a reply («…»), in order; a text without any is one quote. */
function quotesOf(reply: string): string[] {
  const quotes = [...reply.matchAll(/«([^»]+)»/gu)].map((m) => m[1]!);
  return quotes.length > 0 ? quotes : [reply];
}

/**
 * «…الاجتماع الاستثنائي الذي عُقد يومي 2 و3 أغسطس/آب 2016…»: an extraordinary meeting has no number; its year says which
 * (named as the records name it, whatever else the quote names: «…بناءً على توصية الاجتماع العادي الثالث»).
 */
function extraordinaryOf(quote: string, tokens: readonly string[], family: Family): string | undefined {
  const year = yearsIn(quote, new Date())[0];
  if (family !== 'meeting' || !namesExtraordinary(tokens) || year === undefined) return undefined;
  return `${/[\u0600-\u06FF]/u.test(quote) ? 'الاجتماع الاستثنائي' : 'extraordinary meeting'} ${year}`;
}

/**
 * "…ahead of the December 2021 High-Level Officials Meeting", «سبقت اجتماعَ المسؤولين رفيعي المستوى…»: an event named by its
 * name, not its number, of the kind asked and not the question's own.
 */
const NAMED_EN = /\b((?:[A-Z][\w'-]*\s+){1,6}(Meeting|Forum|Conference|Dialogue|Summit|Review))\b/g;
const NAMED_AR = /(?<![\u0621-\u064A])(?:[لبو]?ال|[لبو])?(اجتماع|منتد[ىي]|مؤتمر|قم[ةه]|حوار)[\u064B-\u0652]*\s+((?:ال)?[\u0621-\u064A]+(?:\s+(?:ال)?[\u0621-\u064A]+){1,2})/gu;
const NAMED_KIND: Record<string, Family> = { meeting: 'meeting', dialogue: 'meeting', summit: 'meeting', forum: 'forum', conference: 'review', review: 'review', اجتماع: 'meeting', حوار: 'meeting', قمة: 'meeting', قمه: 'meeting', منتدى: 'forum', منتدي: 'forum', مؤتمر: 'review' };

function namedEventOf(asked: ReadonlySet<string>, answer: string, family: Family): string | undefined {
  const named = [
    ...[...answer.matchAll(NAMED_EN)].map((m) => ({ kind: m[2]!.toLowerCase(), phrase: m[1]! })),
    ...[...answer.matchAll(NAMED_AR)].map((m) => ({ kind: m[1]!, phrase: `${m[1]} ${m[2]}` })),
  ];
  return named.find(({ kind, phrase }) => NAMED_KIND[kind] === family && tokenize(phrase).some((w) => !asked.has(w)))?.phrase.trim();
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

/** "that mtg", "the forum", «هذاك الاجتماع», «هالمنتدى»: an event pointed at by its kind alone. */
const POINTED_EN = /\b(?:that|this|the\s+same|the)\s+(?:mtg|meeting|session|forum|conference|summit|review|consultation)s?\b/i;
const POINTED_AR = /(?<![\u0621-\u064A])(?:و?(?:ذلك|هذا|هذه|تلك|هداك|هذاك|هذيك|هاد|هاذ)\s+)?(?:ال)?(?:اجتماع|منتد[ىي]|دور[ةه]|مؤتمر|قم[ةه])(?:\s+(?:ذاته|نفسه|ذاتها|نفسها))?(?![\u0621-\u064A])|(?<![\u0621-\u064A])هال(?:اجتماع|منتد[ىي]|مؤتمر|دور[ةه]|قم[ةه])(?![\u0621-\u064A])/u;

/**
 * The turn with the event it points at named: "and when was that meeting" → "and when was the High-Level Officials
 * Meeting", so that its own words search for it (with the name beside it only, the 11th meeting's date, a sentence
 * with more of the turn's words, led).
 */
export function withAnsweredEventNamed(turn: string, answered: string): string {
  const arabic = /[\u0600-\u06FF]/u.test(answered);
  return turn.replace(arabic ? POINTED_AR : POINTED_EN, arabic ? answered : `the ${answered}`);
}
