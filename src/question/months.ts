/**
 * Month names as normalizeForMatch writes them: English (with the abbreviations chat uses), then Arabic in
 * the two calendars' names the records give side by side («مايو/أيار»), then the Maghreb's.
 */
export const MONTHS_EN = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
export const MONTHS_AR = [
  'يناير', 'فبراير', 'مارس', 'ابريل', 'مايو', 'يونيو', 'يوليو', 'اغسطس', 'سبتمبر', 'اكتوبر', 'نوفمبر', 'ديسمبر',
  'كانون الثاني', 'شباط', 'اذار', 'نيسان', 'ايار', 'حزيران', 'تموز', 'اب', 'ايلول', 'تشرين الاول', 'تشرين الثاني', 'كانون الاول',
  // …and as the Maghreb names them in chat: «الاستثنائي تاع جويلية 2017».
  'جانفي', 'فيفري', 'مارس', 'افريل', 'ماي', 'جوان', 'جويليه', 'اوت', 'سبتمبر', 'اكتوبر', 'نوفمبر', 'ديسمبر',
];
/** A year of the records' span, not part of a longer number or a decimal. */
export const YEAR = /(?<!\d|\d\.)(?:19|20)\d\d(?!\d|\.\d)/;

const MONTH_YEAR_EN = new RegExp(`\\b(${MONTHS_EN})\\.?\\s+((?:19|20)\\d\\d)\\b`, 'g');
const MONTH_YEAR_AR = new RegExp(`(?<![\\u0621-\\u064A])(?:[وفبل])?(${MONTHS_AR.join('|')})(?:\\s*/\\s*[\\u0621-\\u064A]+(?: [\\u0621-\\u064A]+)?)?\\s+((?:19|20)\\d\\d)`, 'gu');
const EN_NAMES = MONTHS_EN.split('|');

/** A month of a year: 0 for January. */
export interface MonthOfYear {
  month: number;
  year: number;
}

/**
 * The months a normalised text names with their year ("July 2017", "sept 2016", «أيار 2017», «مايو/أيار
 * 2025»), in order. An English month by its first three letters; an Arabic one by its place in the year,
 * its Egyptian and Levantine names alike.
 */
export function monthsNamed(norm: string): MonthOfYear[] {
  const out: Array<MonthOfYear & { at: number }> = [];
  for (const m of norm.matchAll(MONTH_YEAR_EN)) {
    const month = EN_NAMES.findIndex((name) => name.slice(0, 3) === m[1]!.slice(0, 3));
    out.push({ month, year: Number(m[2]), at: m.index });
  }
  for (const m of norm.matchAll(MONTH_YEAR_AR)) out.push({ month: MONTHS_AR.indexOf(m[1]!) % 12, year: Number(m[2]), at: m.index });
  return out.sort((a, b) => a.at - b.at).map(({ month, year }) => ({ month, year }));
}
