import { nameSound } from '../text/name-sound.js';
import { normalizeForMatch } from '../text/normalize.js';

/**
 * "Was it Haifa Abu Ghazaleh who opened the 11th meeting?", "Did Amy Pope open the 11th meeting?", "amy pope
 * opened the 11th mtg correct?", «هل افتتحت هيفاء أبو غزالة الاجتماع الحادي عشر؟»: a person put in an act of an
 * event, to be checked. Asked as written, the name weighed most, and the search found that person at other
 * meetings (the 7th's opening), so the answer was refused. Checked as "Who opened the 11th meeting?" would
 * be; undefined for a question that puts no one in an act.
 */
export interface PersonPremise {
  /** The question that checks it ("Who opened the 11th meeting?"), in the asker's language. */
  asked: string;
  /** The person claimed, as the question writes the name. */
  claimed: string;
}

/** Acts of an event a person is said to have done, as a past verb and as the base form after "did". */
const ACTS_EN: ReadonlyArray<readonly [string, string]> = [
  ['opened', 'open'], ['chaired', 'chair'], ['hosted', 'host'], ['signed', 'sign'], ['organised', 'organise'],
  ['organized', 'organize'], ['inaugurated', 'inaugurate'], ['presided over', 'preside over'],
];
const PAST = ACTS_EN.map(([past]) => past).join('|');
const BASE = ACTS_EN.map(([, base]) => base).join('|');
const NAME = String.raw`([A-Za-z][\w.'-]*(?:\s+[A-Za-z][\w.'-]*){1,3})`;
const REST = String.raw`(the\s+[^?]+?|\d[^?]*?)`;
const TAG = String.raw`(?:,?\s+(?:right|correct|true|yes|is that (?:right|correct|so)))?\s*[?.!]*$`;
const EN = [
  // "Was it Haifa Abu Ghazaleh who opened the 11th meeting?"
  new RegExp(String.raw`^(?:is it true that\s+)?was it\s+${NAME}\s+(?:who|that)\s+(${PAST})\s+${REST}${TAG}`, 'i'),
  // "Did Amy Pope open the 11th meeting?"
  new RegExp(String.raw`^(?:is it true that\s+)?did\s+${NAME}\s+(${BASE})\s+${REST}${TAG}`, 'i'),
  // "amy pope opened the 11th mtg correct?", "Is it true that Amy Pope opened the 11th meeting?"
  new RegExp(String.raw`^(?:is it true that\s+)?${NAME}\s+(${PAST})\s+${REST}${TAG}`, 'i'),
];
/** Words that start no name: "Was it the League who…", "Did the 9th meeting…", "Did it…". */
const NOT_A_NAME = /^(?:the|it|they|he|she|we|you|this|that|which|who|what|when|where|how|arcp|las|iom|unhcr|escwa|league)\b/i;

/** «هل افتتحت هيفاء أبو غزالة الاجتماع الحادي عشر؟»: the act, the person, the event. */
const AR = /^(?:هل\s+)?(افتتح|افتتحت|ترأس|ترأست|تراس|تراست|استضاف|استضافت|وقع|وقعت)\s+((?:[\u0621-\u064A]+\s+){1,3}?)((?:ال)?(?:اجتماع|جلس[ةه]|دور[ةه]|منتدى|منتدي|مؤتمر|مشاور[ةه])[^؟?]*)[؟?]?$/u;

export function personPremise(question: string): PersonPremise | undefined {
  const text = question.trim();
  if (/[\u0600-\u06FF]/.test(text)) return arabicPremise(text);
  for (const re of EN) {
    const m = re.exec(text);
    if (!m || NOT_A_NAME.test(m[1]!)) continue;
    const act = ACTS_EN.find(([past, base]) => [past, base].includes(m[2]!.toLowerCase()))![0];
    return { asked: `Who ${act} ${m[3]!.trim()}?`, claimed: m[1]!.trim() };
  }
  return undefined;
}

function arabicPremise(text: string): PersonPremise | undefined {
  const bare = text.replace(/[\u064B-\u0652\u0640]/g, '');
  const norm = normalizeForMatch(bare);
  const m = AR.exec(norm);
  if (!m) return undefined;
  const name = m[2]!.trim();
  // (A verb followed by the event at once, «هل افتتحت الاجتماع…», names no one.)
  if (name === '' || /^(?:ال)/u.test(name)) return undefined;
  // Said as the asker wrote it («هيفاء أبو غزالة»), where the normalised text keeps its letters' places.
  const at = m.index + m[0].indexOf(m[2]!);
  const claimed = norm.length === bare.length ? bare.slice(at, at + m[2]!.length).trim() : name;
  return { asked: `من ${m[1]!.startsWith('ت') ? 'ترأس' : m[1]!.replace(/ت$/u, '')} ${m[3]!.trim()}؟`, claimed };
}

/**
 * Whether a quote names the person claimed: two words of the name, or its only word of three letters or more; or,
 * in Latin letters, the name spelled another way ("Abul Gheit" for "Aboul Gheit"), which was belied by the quote
 * that named him: "No, not Abul Gheit, according to the record: «Ahmed Aboul Gheit… opened…»".
 */
export function namesPerson(quote: string, claimed: string): boolean {
  const text = normalizeForMatch(quote);
  const words = normalizeForMatch(claimed).split(/\s+/).filter((w) => w.length >= 3 && !/^(?:abu|abou|ابو|bin|ben|بن|al|el)$/.test(w));
  const found = words.filter((w) => new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, 'u').test(text));
  return (words.length > 0 && found.length >= Math.min(2, words.length)) || soundsNamed(text, claimed);
}

/** Whether some run of the quote's words sounds as the whole name claimed does (its words run together). */
function soundsNamed(text: string, claimed: string): boolean {
  const sound = nameSound(claimed.replace(/\s+/g, ''));
  if (!sound || /[^\x00-\x7F]/.test(claimed)) return false;
  const words = text.split(/[^a-z'-]+/).filter(Boolean);
  const most = claimed.trim().split(/\s+/).length + 1;
  return words.some((_, i) => Array.from({ length: most }, (__, k) => words.slice(i, i + k + 1).join('')).some((run) => nameSound(run) === sound));
}
