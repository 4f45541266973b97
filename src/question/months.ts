/**
 * Month names as normalizeForMatch writes them: English (with the abbreviations chat uses), then Arabic in
 * the two calendars' names the records give side by side («مايو/أيار»).
 */
export const MONTHS_EN = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
export const MONTHS_AR = [
  'يناير', 'فبراير', 'مارس', 'ابريل', 'مايو', 'يونيو', 'يوليو', 'اغسطس', 'سبتمبر', 'اكتوبر', 'نوفمبر', 'ديسمبر',
  'كانون الثاني', 'شباط', 'اذار', 'نيسان', 'ايار', 'حزيران', 'تموز', 'اب', 'ايلول', 'تشرين الاول', 'تشرين الثاني', 'كانون الاول',
];
/** A year of the records' span, not part of a longer number or a decimal. */
export const YEAR = /(?<!\d|\d\.)(?:19|20)\d\d(?!\d|\.\d)/;
