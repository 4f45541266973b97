/**
 * Finds the date a document gives itself: a full date in its text (`2019-05-20`, `20/05/2019`,
 * `20 مايو 2019`, `20 أيار 2019`, `May 20, 2019`), else a year in its file name.
 */

const MONTHS: Record<string, number> = {
  يناير: 1, فبراير: 2, مارس: 3, أبريل: 4, إبريل: 4, ابريل: 4, مايو: 5, يونيو: 6, يونيه: 6, يوليو: 7, يوليه: 7,
  أغسطس: 8, اغسطس: 8, سبتمبر: 9, أكتوبر: 10, اكتوبر: 10, نوفمبر: 11, ديسمبر: 12,
  'كانون الثاني': 1, شباط: 2, آذار: 3, اذار: 3, نيسان: 4, أيار: 5, ايار: 5, حزيران: 6, تموز: 7, آب: 8, اب: 8,
  أيلول: 9, ايلول: 9, 'تشرين الأول': 10, 'تشرين الاول': 10, 'تشرين الثاني': 11, 'كانون الأول': 12, 'كانون الاول': 12,
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12,
};

const MONTH_NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const YEAR = '((?:19|20)\\d{2})';
const PATTERNS: { re: RegExp; order: 'ymd' | 'dmy' | 'dMy' | 'Mdy' }[] = [
  { re: new RegExp(`(?<!\\d)${YEAR}-(\\d{1,2})-(\\d{1,2})(?!\\d)`, 'u'), order: 'ymd' },
  { re: new RegExp(`(?<!\\d)(\\d{1,2})[/.-](\\d{1,2})[/.-]${YEAR}(?!\\d)`, 'u'), order: 'dmy' },
  { re: new RegExp(`(?<!\\d)(\\d{1,2})\\s+(${MONTH_NAMES})(?:\\s*/\\s*\\S+)?\\s+${YEAR}`, 'iu'), order: 'dMy' },
  { re: new RegExp(`(${MONTH_NAMES})\\s+(\\d{1,2}),?\\s+${YEAR}`, 'iu'), order: 'Mdy' },
];

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function valid(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669]/g, (c) => String(c.charCodeAt(0) - 0x0660)).replace(/[\u06F0-\u06F9]/g, (c) => String(c.charCodeAt(0) - 0x06f0));
}

/** The first full date in the opening part of a text, as YYYY-MM-DD. */
export function dateInText(text: string, window = 3000): string | undefined {
  const head = asciiDigits(text.slice(0, window));
  let best: { at: number; date: string } | undefined;
  for (const { re, order } of PATTERNS) {
    const m = re.exec(head);
    if (!m) continue;
    const month = (s: string) => MONTHS[s.toLowerCase()] ?? MONTHS[s] ?? 0;
    const date =
      order === 'ymd' ? valid(+m[1]!, +m[2]!, +m[3]!)
      : order === 'dmy' ? valid(+m[3]!, +m[2]!, +m[1]!)
      : order === 'dMy' ? valid(+m[3]!, month(m[2]!), +m[1]!)
      : valid(+m[3]!, month(m[1]!), +m[2]!);
    if (date && (!best || m.index < best.at)) best = { at: m.index, date };
  }
  return best?.date;
}

/** `statement-2019-06-20.pdf` → 2019-06-20; `wrd-2017.pdf` → 2017. */
export function dateInFileName(name: string): string | undefined {
  const full = /(?<!\d)((?:19|20)\d{2})[-_.]?(\d{2})[-_.]?(\d{2})(?!\d)/.exec(name);
  if (full) {
    const d = valid(+full[1]!, +full[2]!, +full[3]!);
    if (d) return d;
  }
  return /(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(name)?.[1];
}
