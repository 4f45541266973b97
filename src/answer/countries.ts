import { arabicWords, englishWords } from '../question/cues.js';
import { normalizeForMatch } from '../text/normalize.js';

/**
 * States as the record names them, in English and in Arabic: the ARCP's 22 members, and the others its
 * documents name (co-chairs of the GFMD, hosts of the Global Refugee Forum, the first GCM champions).
 */
const COUNTRIES: ReadonlyArray<readonly [string, string]> = [
  ['algeria', 'الجزائر'], ['bahrain', 'البحرين'], ['comoros', 'جزر القمر'], ['djibouti', 'جيبوتي'], ['egypt', 'مصر'], ['iraq', 'العراق'],
  ['jordan', 'الاردن'], ['kuwait', 'الكويت'], ['lebanon', 'لبنان'], ['libya', 'ليبيا'], ['mauritania', 'موريتانيا'], ['morocco', 'المغرب'],
  ['oman', 'عمان'], ['palestine', 'فلسطين'], ['qatar', 'قطر'], ['saudi arabia', 'السعوديه'], ['somalia', 'الصومال'], ['sudan', 'السودان'],
  ['syria', 'سوريا'], ['tunisia', 'تونس'], ['united arab emirates', 'الامارات'], ['yemen', 'اليمن'], ['germany', 'المانيا'], ['france', 'فرنسا'],
  ['ecuador', 'الاكوادور'], ['switzerland', 'سويسرا'], ['united states', 'الولايات المتحده'], ['hungary', 'المجر'], ['turkey|türkiye', 'تركيا'],
  ['bangladesh', 'بنغلاديش'], ['philippines', 'الفلبين'], ['greece', 'اليونان'], ['sweden', 'السويد'],
  // …and those its statements and references name otherwise (the war in Ukraine, the GCM's co-facilitators, the GRF's co-conveners).
  ['ukraine', 'اوكرانيا'], ['russia', 'روسيا'], ['mexico', 'المكسيك'], ['canada', 'كندا'], ['ethiopia', 'اثيوبيا'],
  ['pakistan', 'باكستان'], ['costa rica', 'كوستاريكا'],
];

/** Every state's name, in both languages, as one pattern each (a "who" answer may name any of them). */
export const COUNTRY = [englishWords(COUNTRIES.map(([en]) => en)), arabicWords(COUNTRIES.map(([, ar]) => ar), { clitics: true })];

/**
 * The people of a state, as a question may name it ("the return of Syrian refugees", «عودة اللاجئين
 * السوريين»): the state is asked about as if named.
 */
const DEMONYMS: Readonly<Record<string, readonly [string, string]>> = {
  algeria: ['algerians?', 'جزائري جزائريه جزائريين جزائريون'], egypt: ['egyptians?', 'مصري مصريه مصريين مصريون'],
  iraq: ['iraqis?', 'عراقي عراقيه عراقيين عراقيون'], jordan: ['jordanians?', 'اردني اردنيه اردنيين اردنيون'],
  lebanon: ['lebanese', 'لبناني لبنانيه لبنانيين لبنانيون'], libya: ['libyans?', 'ليبي ليبيه ليبيين ليبيون'],
  morocco: ['moroccans?', 'مغربي مغربيه مغاربه'], palestine: ['palestinians?', 'فلسطيني فلسطينيه فلسطينيين فلسطينيون'],
  somalia: ['somalis?', 'صومالي صوماليه صوماليين'], sudan: ['sudanese', 'سوداني سودانيه سودانيين سودانيون'],
  syria: ['syrians?', 'سوري سوريه سوريين سوريون'], tunisia: ['tunisians?', 'تونسي تونسيه تونسيين'],
  yemen: ['yemenis?', 'يمني يمنيه يمنيين يمنيون'], mauritania: ['mauritanians?', 'موريتاني موريتانيين'],
  'saudi arabia': ['saudis?', 'سعودي سعوديه سعوديين سعوديون'], qatar: ['qataris?', 'قطري قطريه قطريين قطريون'],
  kuwait: ['kuwaitis?', 'كويتي كويتيه كويتيين كويتيون'], 'united arab emirates': ['emiratis?|uae', 'اماراتي اماراتيه اماراتيين اماراتيون'],
  bahrain: ['bahrainis?', 'بحريني بحرينيه بحرينيين بحرينيون'], oman: ['omanis?', 'عماني عمانيه عمانيين عمانيون'],
  djibouti: ['djiboutians?', 'جيبوتي جيبوتيه جيبوتيين'], comoros: ['comorians?', 'قمري قمريه قمريين'],
};

const PEOPLE_OF = new Map<string, readonly [string, string]>(
  COUNTRIES.flatMap(([en, ar]) => {
    const [people, peopleAr] = DEMONYMS[en] ?? [];
    if (!people || !peopleAr) return [];
    const english = people.split('|').flatMap((p) => (p.endsWith('s?') ? [p.slice(0, -2), `${p.slice(0, -2)}s`] : [p]));
    return [...english, ...peopleAr.split(' ')].map((w) => [w, [en, ar] as const] as const);
  }),
);

// The article and the particles written on a people's name: «للسوريين», «والسوريون», «بالسوري».
const ARTICLE = /^(?:[وف]?(?:لل|[بك]?ال))/u;

/**
 * The state whose people one normalised word names ("syrians", «السوريين»), in English and in Arabic:
 * the record often writes the state where a question names its people ("Syria … refugees").
 */
export function stateOfPeople(word: string): readonly [string, string] | undefined {
  return PEOPLE_OF.get(word) ?? PEOPLE_OF.get(word.replace(ARTICLE, ''));
}

/**
 * Groups of states a question may name as one: "labour migration to the Gulf", «دول الخليج». Not states of
 * their own (a "who" answer does not name them), but asked about as a state is.
 */
const GROUPS: ReadonlyArray<readonly [string, RegExp[]]> = [
  ['gulf', [englishWords(['gulf', 'gcc']), arabicWords(['الخليج', 'خليجي', 'خليجيه', 'الخليجي', 'الخليجيه', 'مجلس التعاون'], { clitics: true })]],
];

const EACH = [
  ...COUNTRIES.map(([en, ar]) => {
    const [people, peopleAr] = DEMONYMS[en] ?? [];
    const patterns = [englishWords([en]), arabicWords([ar], { clitics: true })];
    if (people && peopleAr) patterns.push(englishWords([people]), arabicWords(peopleAr.split(' '), { clitics: true }));
    return { key: en, patterns };
  }),
  ...GROUPS.map(([key, patterns]) => ({ key, patterns })),
];

/** The states a text names, by their English name, whichever language it names them in. */
export function countriesNamed(text: string): Set<string> {
  const norm = normalizeForMatch(text);
  return new Set(EACH.filter((c) => c.patterns.some((re) => re.test(norm))).map((c) => c.key));
}

/**
 * "Which member state proposed holding the July 2017 meeting?", «أي دولة…»: a state asked for by name, which a
 * quote that names none (what the meeting agreed) does not give.
 */
// …or several Arab states ("Which Arab states pledged at the second GRF?", «ما الدول العربية التي…»), which are
// named as states of the region: the forum's totals were quoted as the answer.
const STATE_ASKED =
  /\bwhich\s+(?:arab\s+|member\s+)*(?:state|country|government)\b|\bwhich\s+arab\s+(?:states|countries|governments)\b|(?<![\u0621-\u064A])[وف]?[أا]ي(?:ه|ة)?\s+(?:دول[ةه]|بلد|حكوم[ةه])(?![\u0621-\u064A])|(?<![\u0621-\u064A])(?:[أا]ي|ما|ماهي|شو|ايش|وش|شنو)\s+(?:هي\s+)?(?:ال)?(?:دول|بلدان)\s+(?:ال)?عربي[ةه](?:\s+(?:التي|اللي|الذي))?(?![\u0621-\u064A])/u;

export function asksForAState(question: string): boolean {
  return STATE_ASKED.test(normalizeForMatch(question));
}

/**
 * «فأي بلد هو؟», "Which country was it?": which state it is, of a state the sentence before speaks of, with
 * nothing else asked (not "Which member state proposed…?", where a state named in another role is no answer).
 */
export function asksWhichStateItIs(question: string): boolean {
  const norm = normalizeForMatch(question);
  const m = STATE_ASKED.exec(norm);
  return m !== null && (norm.replace(m[0], ' ').match(/[\p{L}\p{N}]+/gu) ?? []).length <= 2;
}

/** A state's names and its people's, as patterns are written: English (alternatives by "|"), then Arabic words. */
export function namesOfState(key: string): { en: string; ar: string; people: string; peopleAr: readonly string[] } | undefined {
  const entry = COUNTRIES.find(([en]) => en === key);
  if (!entry) return undefined;
  const [people, peopleAr] = DEMONYMS[key] ?? [];
  return { en: entry[0], ar: entry[1], people: people ?? '', peopleAr: peopleAr ? peopleAr.split(' ') : [] };
}
