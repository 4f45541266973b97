import { tokenize } from '../text/tokenize.js';
import { anyMatch, arabicWords, englishWords, firstMatch } from './cues.js';
import type { QuestionType } from './types.js';

/**
 * What a comparison is of, when it says so ("in purpose", "the two figures", «من حيث الهدف», "format and
 * focus"): the kind of fact each side must carry. Read only beside a comparison, where these nouns name
 * the aspect compared; elsewhere they may be the subject ("how have the ARCP's aims evolved").
 */
const ASPECTS: Partial<Record<QuestionType, RegExp[]>> = {
  why: [englishWords(['purposes?', 'aims?', 'goals?', 'reasons?', 'rationale', 'why']), arabicWords(['الهدف', 'هدف', 'هدفه', 'هدفها', 'الغرض', 'الغايه', 'الدافع', 'الاسباب', 'السبب'])],
  // "…in terms of pledges", «من حيث عدد التعهدات»: things the records count.
  'how-many': [
    // ("palestine refugee number LAS quoted in 2020 vs 2021 vs 2023": the one figure, as each side gave it.)
    englishWords(['figures?', 'numbers?', 'counts?', 'statistics', 'how many', 'how much', 'in terms of (?:the )?(?:number of )?(?:pledges|participants|attendance|attendees|refugees|migrants|member states|states|delegates)',
      // "compare with the 1st in participants and pledges": what each counted.
      'in (?:the )?(?:participants|pledges|attendance|attendees)',
      // ": participants and pledges": counted beside pledges, participants are a number too.
      '(?:participants|attendance|attendees) and (?:the )?(?:number of )?pledges', 'pledges and (?:the )?(?:number of )?(?:participants|attendance|attendees)']),
    arabicWords(['الارقام', 'ارقام', 'الرقم', 'رقم', 'الاعداد', 'اعداد', 'العدد', 'الاحصاءات', 'كم', 'من حيث عدد', 'من حيث التعهدات', 'من حيث المشاركين']),
  ],
  where: [englishWords(['format', 'venue', 'place', 'location', 'in person', 'online']), arabicWords(['المكان', 'مكان', 'الشكل', 'شكل', 'حضوري', 'المقر', 'الصيغه', 'صيغه'])],
  when: [englishWords(['timing', 'dates?', 'when']), arabicWords(['التوقيت', 'التاريخ', 'توقيت', 'تاريخ', 'متي'])],
  // ("in participants and pledges" counts them.)
  who: [englishWords(['(?<!\\bin (?:the )?|\\bpledges and (?:the )?(?:number of )?)participants(?! and (?:the )?(?:number of )?pledges)', 'participation', 'attendance', 'attendees', 'who attended', 'speakers']), arabicWords(['المشاركين', 'المشاركون', 'المشاركه', 'الحضور', 'المتحدثين'])],
};

/** The kinds of fact a comparison says it compares, in the order named. */
export function aspectsOf(text: string): QuestionType[] {
  const found: Array<{ type: QuestionType; at: number }> = [];
  for (const [type, patterns] of Object.entries(ASPECTS) as Array<[QuestionType, RegExp[]]>) {
    const at = firstMatch(text, patterns);
    if (at >= 0) found.push({ type, at });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.type);
}

/**
 * The words that name the aspects compared ("purpose", «الهدف», "dates"), as written in the question (normalised
 * text): the kind of fact each side must carry, not a word its quote must hold. At full weight «الهدف» made «كان
 * الهدف من الرسائل الرئيسية…» (the aim of the key messages) the 2017 meeting's side, holding no other word asked.
 */
export function aspectWordsOf(text: string): string[] {
  const found = Object.values(ASPECTS).flatMap((patterns) => patterns!.map((re) => re.exec(text)?.[0] ?? ''));
  return tokenize(found.join(' '));
}

/** What a meeting took up, named as the aspect compared: its focus, emphasis, topics, agenda, «محور», «تركيز». */
const FOCUS = [
  // ("What was each one about?": about, and nothing it is about.)
  englishWords(['focus', 'emphasis', 'topics?', 'themes?', 'agendas?', 'priorities', 'about(?=\\s*(?:$|[?,;:.—–-]|and\\b))']),
  arabicWords(['محور', 'المحور', 'محاور', 'المحاور', 'تركيز', 'التركيز', 'موضوعات', 'الموضوعات', 'مواضيع', 'المواضيع', 'اولويات', 'الاولويات']),
];
export const focusCompared = (text: string): boolean => anyMatch(FOCUS, text);
