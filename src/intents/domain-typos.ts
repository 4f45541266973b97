/**
 * "what came out of the may 2017 meetng in cairo", "the 2019 statment": a word of the domain typed with a letter left
 * out, added or swapped is read as that word, so that the question is one of the domain (it was out of scope). Only
 * those slips: a letter changed makes another word as often as a typo ("submit" is no "summit").
 */
const DOMAIN_WORDS = [
  'meeting', 'meetings', 'statement', 'statements', 'declaration', 'declarations', 'recommendation', 'recommendations', 'position',
  'refugee', 'refugees', 'migration', 'migrant', 'migrants', 'asylum', 'secretariat', 'compact', 'compacts', 'consultation',
  'consultations', 'session', 'sessions', 'forum', 'summit', 'conference', 'objective', 'objectives', 'expatriates', 'displacement',
  'resettlement', 'palestine', 'palestinian', 'delegation', 'contribution',
];
const KNOWN = new Set(DOMAIN_WORDS);
const MIN_LENGTH = 5;

export function withDomainTyposRead(text: string): string {
  return text.replace(/\b[A-Za-z]{5,}\b/g, (word) => {
    const lower = word.toLowerCase();
    return KNOWN.has(lower) ? word : (DOMAIN_WORDS.find((known) => slipOf(lower, known)) ?? word);
  });
}

/** One letter left out or added, or two neighbours swapped. */
function slipOf(typed: string, known: string): boolean {
  if (typed.length < MIN_LENGTH) return false;
  if (Math.abs(typed.length - known.length) === 1) {
    const [short, long] = typed.length < known.length ? [typed, known] : [known, typed];
    for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
    return false;
  }
  if (typed.length !== known.length) return false;
  const diff = [...typed].flatMap((c, i) => (c === known[i] ? [] : [i]));
  return diff.length === 2 && diff[1] === diff[0]! + 1 && typed[diff[0]!] === known[diff[1]!] && typed[diff[1]!] === known[diff[0]!];
}
