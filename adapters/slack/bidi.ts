/**
 * Right-to-left lines for Slack. Slack gives an app no `dir` attribute and its clients lay message text out
 * left to right, so an Arabic line with Latin words, dates or numbers comes out with its parts in the wrong
 * order. Measured in Chromium on the 64 Arabic lines of real answers in tests/fixtures/slack (see
 * tests/integration/slack-bidi.int.test.ts and docs/slack.md), lines read in the intended order, of 64:
 *
 *   container                    left-to-right   first-strong (dir=auto)   right-to-left
 *   as typed                          35                  58                      58
 *   Latin/digit runs in FSI…PDI        2                  64                      64
 *   RLM + RLI…PDI line + FSI runs     64                  64                      64
 *
 * So isolating the Latin/digit runs helps only where the client picks the direction, and alone makes a
 * left-to-right client worse; together with an RTL isolate around the whole line it is right everywhere.
 */
const RLM = '\u200F';
const RLI = '\u2067';
const FSI = '\u2068';
const PDI = '\u2069';

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/g;
const LATIN = /\p{Script=Latin}/gu;
/** A run of Latin letters and digits, with the spaces and punctuation inside it, from one alnum to another. */
const LTR_RUN = /[A-Za-z0-9\u00C0-\u024F](?:[A-Za-z0-9\u00C0-\u024F .,:;/\-–'’&()]*[A-Za-z0-9\u00C0-\u024F)])?/g;

/** A line whose strong letters are mostly Arabic reads right to left. */
export function isRtlLine(line: string): boolean {
  const arabic = line.match(ARABIC)?.length ?? 0;
  return arabic > 0 && arabic >= (line.match(LATIN)?.length ?? 0);
}

/** Keeps a run's parentheses balanced, so that a bracket pair is never split by an isolate. */
function balanced(run: string): string {
  let out = run;
  const count = (s: string, c: string) => s.split(c).length - 1;
  while (out.endsWith(')') && count(out, ')') > count(out, '(')) out = out.slice(0, -1).trimEnd();
  return out;
}

/** Wraps each Latin/digit run of a line in first-strong isolates (U+2068 … U+2069). */
export function isolateLtrRuns(line: string): string {
  return line.replace(LTR_RUN, (match) => {
    const run = balanced(match);
    return `${FSI}${run}${PDI}${match.slice(run.length)}`;
  });
}

/**
 * One right-to-left line for any renderer: RLM makes a first-strong client choose RTL, RLI … PDI makes a
 * left-to-right client lay the line out right to left, and isolated runs keep Latin titles and dates whole.
 * Leading/trailing `**` stay outside, so Markdown bold still starts and ends at a word boundary.
 */
export function rtlLine(line: string): string {
  const m = /^(\s*(?:\*\*)?)(.*?)((?:\*\*)?\s*)$/s.exec(line);
  const [, head, body, tail] = m ?? ['', '', line, ''];
  if (!body.trim()) return line;
  return `${head}${RLM}${RLI}${isolateLtrRuns(body)}${PDI}${tail}`;
}

/** Marks an already-isolated line (e.g. one holding link markup, which no mark may enter) as right to left. */
export function wrapRtl(text: string): string {
  return `${RLM}${RLI}${text}${PDI}`;
}

/** Applies the right-to-left treatment to each mostly-Arabic line of a text; other lines are left alone. */
export function bidiText(text: string): string {
  return text
    .split('\n')
    .map((line) => (isRtlLine(line) ? rtlLine(line) : line))
    .join('\n');
}

/** Removes the marks this module adds, e.g. to compare what a user typed with what was sent. */
export function stripBidiMarks(text: string): string {
  return text.replace(/[\u200E\u200F\u2066-\u2069]/g, '');
}
