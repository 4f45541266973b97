import { normalizeForMatch } from './normalize.js';

/**
 * The names of the world's states and territories in English and Arabic, as the runtime's own locale data
 * (ICU, through Intl.DisplayNames) writes them: "Spain", «إسبانيا». No list kept by hand: a question may name
 * any state, and the record names few.
 */
const REGION_CODES = Array.from({ length: 26 * 26 }, (_, i) => String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26)));
/** Codes of groupings and placeholders, not states: the EU, the UN, the eurozone, "Outlying Oceania"… */
const NOT_A_STATE = new Set(['EU', 'EZ', 'UN', 'QO', 'ZZ', 'XA', 'XB', 'AQ']);

function namesIn(locale: string): string[] {
  const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
  return REGION_CODES.filter((code) => !NOT_A_STATE.has(code)).flatMap((code) => {
    const name = names.of(code);
    return name ? [normalizeForMatch(name)] : [];
  });
}

let cached: Set<string> | undefined;
function stateNames(): Set<string> {
  cached ??= new Set([...namesIn('en'), ...namesIn('ar')].flatMap((n) => [n, n.replace(/^ال/u, '')]));
  return cached;
}

/** Whether a word or phrase (normalised or not) is a state's name: "spain", «اسبانيا», «الولايات المتحدة». */
export function isStateName(text: string): boolean {
  const norm = normalizeForMatch(text).trim();
  return norm.length > 2 && stateNames().has(norm);
}
