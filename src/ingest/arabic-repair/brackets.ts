import { MIRROR } from './chars.js';
import type { Token } from './tokens.js';

const OPENERS = new Set(['(', '[', '{', '«']);
const CLOSERS = new Set([')', ']', '}', '»']);

/**
 * After a line is read the other way round, brackets that stood alone face the wrong way: `) إدارة (`.
 * A closer with nothing open before it is paired with a later opener that is never closed, and both
 * are mirrored.
 */
export function fixMirroredBrackets(tokens: Token[]): Token[] {
  const stray: number[] = [];
  const open: number[] = [];
  tokens.forEach((t, i) => {
    if (OPENERS.has(t.text)) open.push(i);
    else if (CLOSERS.has(t.text)) {
      if (open.length > 0) open.pop();
      else stray.push(i);
    }
  });
  const out = [...tokens];
  for (const closer of stray) {
    const at = open.findIndex((o) => o > closer);
    if (at < 0) continue;
    const opener = open.splice(at, 1)[0]!;
    out[closer] = { ...out[closer]!, text: MIRROR[out[closer]!.text]! };
    out[opener] = { ...out[opener]!, text: MIRROR[out[opener]!.text]! };
  }
  return out;
}
