import type { Lang } from '../channel/types.js';
import type { PlaceClaim } from '../question/claim.js';
import { CITIES_AR, CITIES_EN } from '../question/place-names.js';
import { ordinalMentions, sameOrdinal, understandQuestion } from '../question/understand.js';
import { normalizeForMatch } from '../text/normalize.js';
import { tokenize } from '../text/tokenize.js';
import { saysUncertain } from './corpus-notes.js';
import { LOCATED } from './places.js';
import type { ComposedAnswer } from './types.js';

const ONLINE = /\b(?:online|virtual|virtually|video ?conference)\b|عن\s+بعد|افتراضي|الاتصال\s+المرئي|عبر\s+(?:تقنيه\s+)?(?:الاتصال|الانترنت)/u;
// «بمقر الأمانة العامة لجامعة الدول العربية في القاهرة»: the city may follow the seat it names.
const SEAT_TO_CITY = 80;
const PLACES = [...CITIES_EN, ...CITIES_AR];

/**
 * "Was it held in Tunis?" answered with the record of where it was held, opened by whether that record
 * bears the claim out: "Yes, in Tunis, …" or "No, not in Tunis, …". Said only when the lead quote says
 * where the event was held (a sentence of holding, not a place named for another reason); otherwise the
 * quotes stand alone, as for any question. (A record saying what it lacks, "the date of the 2nd meeting
 * was not found", says no place: no verdict.)
 */
export function withClaimVerdict(composed: ComposedAnswer, claim: PlaceClaim, lang: Lang): ComposedAnswer {
  if (!composed.text || composed.coverage === 'none') return composed;
  const lead = /«([^»]+)»/u.exec(composed.text)?.[1];
  // "It was probably held in Cairo" neither bears a claim out nor belies it.
  if (!lead || saysUncertain(lead) || !namesTheAsked(lead, claim, lang)) return composed;
  const text = normalizeForMatch(lead);
  const found = LOCATED.map((re) => re.exec(text)).find(Boolean);
  if (!found) return composed;
  const located = text.slice(found.index, found.index + found[0].length + SEAT_TO_CITY);
  const holds = bearsOut(located, claim.value);
  if (holds === undefined) return composed;
  // One paragraph with the lead it rests on: what the asker reads first answers, and shows why.
  return { ...composed, text: `${verdict(holds, claim.phrase, lang)} ${composed.text}` };
}

/** Whether the lead names the meeting and year asked about ("the 4th meeting in 2018"), and no other, when the question names them. */
function namesTheAsked(lead: string, claim: PlaceClaim, lang: Lang): boolean {
  const { mentions, years } = understandQuestion(claim.asked, { lang }).entities;
  const leadMentions = ordinalMentions(tokenize(lead));
  // "…launched at the 5th Global Meeting… in Cairo" says where the 5th was held, not the first ("decision
  // 7833 of the 142nd session" counts another thing).
  const another = leadMentions.some((m) => m.kind && mentions.some((a) => a.kind === m.kind && a.n !== m.n));
  if (mentions.length > 0 && (another || !leadMentions.some((m) => mentions.some((a) => sameOrdinal(a, m))))) return false;
  return years.length === 0 || years.some((y) => lead.includes(String(y)));
}

/** Whether the place of holding matches the claim; undefined when it says neither. */
function bearsOut(located: string, value: PlaceClaim['value']): boolean | undefined {
  const online = ONLINE.test(located);
  const places = PLACES.filter((p) => located.includes(p.replace(/^ال/, '')));
  if (value === 'online') return online || (places.length > 0 ? false : undefined);
  if (value === 'in-person') return places.length > 0 && !online ? true : online ? false : undefined;
  if (located.includes(value.replace(/^ال/, ''))) return true;
  return places.length > 0 || online ? false : undefined;
}

function verdict(holds: boolean, phrase: string, lang: Lang): string {
  if (lang === 'ar') return holds ? `نعم، ${phrase}، بحسب السجل:` : `لا، ليس ${phrase}، بحسب السجل:`;
  return holds ? `Yes, ${phrase}, according to the record:` : `No, not ${phrase}, according to the record:`;
}
