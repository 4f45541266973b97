import { normalizeForMatch } from '../text/normalize.js';
import { HELD_ONLINE_AR, SAYS_ONLINE } from '../question/held-online.js';
import { saysUncertain } from './corpus-notes.js';
import { unitText, type Unit } from './units.js';

/**
 * "list all the ARCP regular meetings held by videoconference", «ما الاجتماعات التي عُقدت عن بُعد؟», "which meetings
 * were held in person?": events asked by how they were held. Each way, by the words a question asks it with and the
 * words a record says it with (both read normalised: no hamza, «ه» for «ة»).
 */
const WAYS = [
  {
    asked: new RegExp(String.raw`\b(?:held|met|convened|took\s+place|conducted|hosted)\s+(?:by\s+|via\s+|over\s+|through\s+)?(?:videoconf(?:erence)?|video\s*conference|video|zoom|online|virtually|remotely)\b|\b(?:online|virtual|remote)\s+(?:meetings?|sessions?)\b|(?<![\u0621-\u064A])${HELD_ONLINE_AR}`, 'u'),
    said: SAYS_ONLINE,
  },
  {
    asked: /\b(?:held\s+|met\s+)?(?:in[\s-]person|face[\s-]to[\s-]face)\b|(?<![\u0621-\u064A])(?:حضوري|حضوريا|وجاهي|وجاهيا|وجها\s+لوجه)(?![\u0621-\u064A])/u,
    said: /\bin[\s-]person\b|حضوري|وجاهي/u,
  },
];

/**
 * Whether a record says an event was held as the question asks (undefined: the question asks no way of holding).
 * A sentence that says the way is not known is no record of it ("whether … in person or by videoconference is not known").
 */
export function heldAsAsked(question: string): ((unit: Unit) => boolean) | undefined {
  const way = WAYS.find((w) => w.asked.test(normalizeForMatch(question)));
  if (!way) return undefined;
  return (unit) => {
    const text = unitText(unit);
    return way.said.test(normalizeForMatch(text)) && !saysUncertain(text);
  };
}
