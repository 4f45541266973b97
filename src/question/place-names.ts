/**
 * Places a meeting is held in, and the ways it is held ("online", «عبر الاتصال المرئي»), normalised as
 * normalizeForMatch writes them (lower case; ة→ه, bare alef). What a "where" answers (PLACES_*); the cities
 * and countries alone are what a claim to be checked ("was it held in Tunis?") puts.
 */
export const CITIES_EN = [
  'cairo', 'geneva', 'beirut', 'marrakech', 'marrakesh', 'berlin', 'quito', 'manila', 'athens', 'dhaka', 'new york', 'paris', 'rabat',
  'amman', 'tunis', 'abu dhabi', 'doha', 'riyadh', 'kuwait', 'muscat', 'manama', 'algiers', 'khartoum', 'baghdad', 'damascus', 'sanaa',
  'tripoli', 'nouakchott', 'mogadishu', 'djibouti', 'brussels', 'barcelona', 'istanbul', 'bangkok', 'rafah', 'gaza', 'stockholm',
  'egypt', 'morocco', 'germany', 'ecuador', 'united arab emirates', 'uae', 'philippines', 'bangladesh', 'switzerland', 'lebanon',
  'jordan',
];
/** The seat, and the ways of holding a meeting that answer "where" as a city does. */
const WAYS_EN = ['headquarters', 'online', 'virtual', 'virtually', 'videoconference', 'video conference'];
export const PLACES_EN = [...CITIES_EN, ...WAYS_EN];

export const CITIES_AR = [
  'القاهره', 'جنيف', 'بيروت', 'مراكش', 'برلين', 'كيتو', 'مانيلا', 'اثينا', 'دكا', 'نيويورك', 'باريس', 'الرباط', 'عمان', 'تونس',
  'ابوظبي', 'ابو ظبي', 'الدوحه', 'الرياض', 'الكويت', 'مسقط', 'المنامه', 'الجزائر', 'الخرطوم', 'بغداد', 'دمشق', 'صنعاء', 'طرابلس',
  'نواكشوط', 'مقديشو', 'جيبوتي', 'بروكسل', 'برشلونه', 'اسطنبول', 'بانكوك', 'رفح', 'غزه', 'ستوكهولم', 'مصر', 'المغرب', 'المانيا',
  'الاكوادور', 'الامارات', 'الفلبين', 'بنغلاديش', 'سويسرا', 'لبنان', 'الاردن',
];
const WAYS_AR = ['مقر', 'عبر الانترنت', 'افتراضيا', 'الاتصال المرئي'];
export const PLACES_AR = [...CITIES_AR, ...WAYS_AR];
