import { isArabicWord } from '../text/tokenize.js';
import type { UnderstandDeps } from './understand.js';

/**
 * A known word behind a conjunction or preposition the stemmer leaves on it (وبنصها → نصها): the word
 * alone, the particle being a function word search does not weigh.
 */
export function withoutProclitic(token: string, deps: UnderstandDeps): string | undefined {
  for (const particle of ['وب', 'فب', 'ول', 'فل', 'وك', 'ب', 'ل', 'ك', 'ف']) {
    const rest = token.slice(particle.length);
    if (token.startsWith(particle) && rest.length >= 3 && (deps.vocabulary.has(rest) || deps.known(rest))) return rest;
  }
  return undefined;
}

/** A word with a particle on it at most this frequent may be a rare spelling of the word alone. */
const RARE_WITH_PARTICLE = 5;
/** …when the word alone is this many times as frequent. */
const BARE_MUCH_COMMONER = 4;

/**
 * «وبقرار رقم كام؟»: a word the collection writes once or twice with the particle on it («بقرار»), and many
 * times alone («القرار»): asked so, it is the word alone; the rare form would weigh as the question's subject.
 */
export function rareWithProclitic(token: string, deps: UnderstandDeps): string | undefined {
  if (!isArabicWord(token)) return undefined;
  const own = deps.frequency(token);
  if (own === 0 || own > RARE_WITH_PARTICLE) return undefined;
  const rest = withoutProclitic(token, deps);
  return rest && deps.frequency(rest) >= BARE_MUCH_COMMONER * own ? rest : undefined;
}
