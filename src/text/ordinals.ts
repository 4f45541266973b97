/**
 * Ordinal numbers as one term in both languages, so that "5th meeting", "fifth meeting" and الاجتماع
 * الخامس meet: meetings and sessions are numbered, and questions name them either way.
 */
const ENGLISH: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20,
};

// Light10 stems of normalised Arabic ordinals (الخامس، الخامسة → خامس; الأولى → اول; الثاني → ثان).
const ARABIC: Record<string, number> = {
  اول: 1, ثان: 2, ثالث: 3, رابع: 4, خامس: 5, سادس: 6, سابع: 7, ثامن: 8, تاسع: 9, عاشر: 10,
};
// حادي عشر، ثاني عشر …: the first word's stem, followed by عشر (or عشره).
const ARABIC_TEENS: Record<string, number> = {
  حاد: 11, حادي: 11, ثان: 12, ثالث: 13, رابع: 14, خامس: 15, سادس: 16, سابع: 17, ثامن: 18, تاسع: 19,
};

const DIGIT_ORDINAL = /^(\d{1,3})(?:st|nd|rd|th)$/;

export function ordinalTerm(n: number): string {
  return `ord${n}`;
}

/** The ordinal a normalised English token stands for ("5th", "fifth"), if any. */
export function englishOrdinal(token: string): number | undefined {
  const m = DIGIT_ORDINAL.exec(token);
  if (m) return Number(m[1]);
  return ENGLISH[token];
}

/** The tens of a compound Arabic ordinal, after its units: «الثانية والأربعين» is the 42nd, not the second. */
const TENS = /^و(?:ال)?(?:عشر|ثلاث|اربع|خمس|ست|سبع|ثمان|تسع)(?:ين|ون)$/u;
/** Whether a normalised Arabic token is the tens of a compound ordinal (والعشرين، والأربعون…). */
export const isArabicTens = (token: string): boolean => TENS.test(token);

/** The ordinal an Arabic stem stands for, given the next token's stem (for the teens). */
export function arabicOrdinal(stem: string, nextStem: string | undefined): { n: number; words: number } | undefined {
  if (nextStem === 'عشر' && ARABIC_TEENS[stem] !== undefined) return { n: ARABIC_TEENS[stem]!, words: 2 };
  const n = ARABIC[stem];
  return n === undefined ? undefined : { n, words: 1 };
}

/** Ordinals as the collection writes them after a masculine noun («الاجتماع العاشر») and a feminine one («الدورة الرابعة عشرة»). */
const MASCULINE = ['الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر', 'الحادي عشر', 'الثاني عشر', 'الثالث عشر', 'الرابع عشر', 'الخامس عشر'];
const FEMININE = ['الأولى', 'الثانية', 'الثالثة', 'الرابعة', 'الخامسة', 'السادسة', 'السابعة', 'الثامنة', 'التاسعة', 'العاشرة', 'الحادية عشرة', 'الثانية عشرة', 'الثالثة عشرة', 'الرابعة عشرة', 'الخامسة عشرة'];

/** The Arabic ordinal word for 1–15 in the gender of what it counts, or undefined beyond. */
export function arabicOrdinalWord(n: number, gender: 'masculine' | 'feminine'): string | undefined {
  return (gender === 'masculine' ? MASCULINE : FEMININE)[n - 1];
}

const CARDINALS_EN = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/**
 * "the 6 objectives", "6 types of docs": a count written with a digit before what it counts, as the
 * collection writes it ("the six objectives"); the digit alone matched the 6 of "5.6 million".
 */
export function englishCardinalWord(digits: string, next: string | undefined): string | undefined {
  const n = Number(digits);
  return /^\d{1,2}$/.test(digits) && n >= 2 && n <= 12 && next !== undefined && /^[a-z]{3,}s$/.test(next) ? CARDINALS_EN[n] : undefined;
}

/** "9th", "21st", "12th": an English ordinal written with digits. */
export function englishOrdinalWord(n: number): string {
  return `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;
}

/**
 * Forums numbered after their acronym ("GRF 2", "IMRF 1"), which the collection writes "the 2nd GRF".
 * Normalised tokens. (Not the GFMD: its sessions' records are headed "14th session", and "the 14th GFMD"
 * read so led "whats the theme of GFMD 14" with a line that names the session, not the one with its theme.)
 */
const NUMBERED_FORUMS = new Set(['grf', 'imrf', 'hlom']);

/** The ordinal a forum's number after its acronym stands for ("GRF 2" → "2nd"), if it is one. */
export function forumNumber(acronym: string, number: string | undefined): number | undefined {
  return NUMBERED_FORUMS.has(acronym) && number !== undefined && /^\d{1,2}$/.test(number) ? Number(number) : undefined;
}

const CARDINAL_WORDS: Record<string, number> = {
  ...Object.fromEntries(CARDINALS_EN.map((w, n) => [w, n]).filter(([w]) => w !== '')),
  اثنان: 2, اثنين: 2, اثنتان: 2, ثلاث: 3, ثلاثه: 3, اربع: 4, اربعه: 4, خمس: 5, خمسه: 5, ست: 6, سته: 6, سبع: 7, سبعه: 7,
  ثماني: 8, ثمانيه: 8, تسع: 9, تسعه: 9, عشر: 10, عشره: 10,
};

/**
 * The value of a count as written, normalised: digits up to three (not a year), or a word from two to twelve
 * ("six", «ستة» written سته). Undefined for anything else.
 */
export function cardinalValue(token: string): number | undefined {
  if (/^\d{1,3}$/.test(token)) return Number(token);
  return CARDINAL_WORDS[token.replace(/^[أإآ]/u, 'ا')];
}
