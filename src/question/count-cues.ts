import { arabicWords, englishWords } from './cues.js';

/** Records a number names ("decision no. 7833", "resolution 73/195"), which "the number of" asks to name. */
export const NUMBERED_RECORD = '(?:the |its |that |this )?(?:\\S+ ){0,3}?(?:decision|resolution|decree|circular|law)\\b';

/** "How many" in Arabic and its dialects (Levantine «قديش», Egyptian «كام», Maghrebi «قداش», «شحال»), as a regex alternation. */
export const HOW_MANY_AR = 'كم|كام|قديش|قداش|شحال';

/** Cues of a count or a figure asked (question-types.ts): "how many", «كم», "what figure", «ما الرقم الوارد», "the number X gave". */
export const COUNT_CUES: RegExp[] = [
  // "What is the number of the LAS Council decision…?" asks which number names it, not a count.
  // ("…what did he say the region is the origin of, number-wise": the figure.)
  englishWords(['how many', 'how much', `number of(?! ${NUMBERED_RECORD})`, 'how large', 'how big', '(?:what|which) (?:share|percentage|proportion)', '(?:number|figure)[ -]?wise', 'in numbers']),
  arabicWords([...HOW_MANY_AR.split('|'), 'عدد', 'بكم']),
  // «عايز الرقم بتاع المشاركين», "I need the figure for the pledges": the number asked as a thing to be given.
  arabicWords(['الرقم بتاع', 'الرقم تبع', 'الرقم ديال', 'الرقم حق', 'الرقم الخاص ب', 'رقم المشاركين', 'رقم الحضور']),
  // «ما الرقم الوارد في بيان 2020؟», "what figure did the statement give?": the figure a record gives.
  arabicWords(['ما الرقم', 'شو الرقم', 'ايش الرقم', 'وش الرقم', 'الرقم الوارد', 'الرقم المذكور', 'الرقم الذي']),
  englishWords(['(?:the|a) (?:figure|figures|total) (?:for|of)', 'need the (?:number|figure)s?', '(?:what|which) figure',
    // "and the number Aboul Gheit gave at the 2024 conference?": the figure someone gave.
    'the (?:number|figure)s? (?:that )?(?:\\S+ ){1,3}(?:gave|gives|give|cited|quoted|mentioned|used|put forward)']),
  // "What statistics did Allali cite?", «ما الأرقام التي ذكرتها…»: the numbers said are the answer.
  englishWords(['(?:what|which|any|key|main) (?:\\S+ )?(?:figures|statistics|stats|numbers|data)']),
  // "How has the LAS figure for Palestine refugees changed…?": the figure of a thing, what each record counted.
  englishWords(['(?:the|its|their) (?:\\S+ )?(?:figures?|numbers|counts?|tally|totals?) (?:for|of|on|cited|given|quoted)',
    // "palestine refugee numbers LAS has quoted", "migrant figures": a population's count; "how did the figure move?".
    '(?:refugee|migrant|displacement|population|participant|attendance|pledge|delegate)s? (?:numbers|figures|counts|totals)',
    '(?:the|that|this) (?:figures?|numbers?|count|total)(?= (?:move|moved|change|changed|shift|shifted|develop|evolve|go|went|rise|rose|fall|fell|grow|grew)\\b)']),
  arabicWords(['الارقام', 'ارقام', 'الاحصائيات', 'احصائيات', 'الاحصاءات', 'احصاءات']),
  // «كيف تطورت أعداد اللاجئين…؟»: the numbers of a population. (Not «إعداد», preparing, written alike without its hamza.)
  arabicWords(['اعداد اللاجئين', 'اعداد المهاجرين', 'اعداد النازحين', 'اعداد المشاركين', 'اعداد الحضور', 'اعداد الوفود', 'اعداد التعهدات']),
  // "What was the total value of the pledges…?", «ما القيمة الإجمالية للتعهدات…؟», «إجمالي…»: a sum, as a figure.
  englishWords(['(?:total|overall|combined) (?:value|amount|sum) of', '(?:value|amount|sum) of (?:the )?(?:pledges|funding|contributions|aid|assistance|financing)']),
  arabicWords(['القيمه الاجماليه', 'قيمه التعهدات', 'قيمه المساهمات', 'قيمه التمويل', 'اجمالي', 'مجموع']),
];
