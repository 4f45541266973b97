import { CHECK_TAG_AR } from '../text/verdict-and-span.js';
import { cardinalValue } from '../text/ordinals.js';

/**
 * A count put to be checked: "Does the ARCP have 18 member states?", "Is it true that the GCR has five
 * objectives?", «هل عدد أعضاء عملية التشاور 18 دولة؟», «سمعت إن عدد أعضاء العملية 18 دولة بس، صح؟», «هل تضم
 * العملية 18 دولة؟», or taken for granted ("Why does the ARCP have 25 member states?"). As a year or a place
 * claimed, the count is what the answer confirms or corrects: asked as written, the search found the words
 * around it (the 9th meeting "prepared member states…") or none.
 */
export interface CountClaim {
  /** The question as the "how many" it checks: "How many member states does the ARCP have?". */
  asked: string;
  /** The count as written: "18", «خمسة». */
  phrase: string;
  value: number;
  /** What is counted, as written: "member states", «دولة». */
  counted: string;
  /** Taken for granted by a question of something else ("Why does the ARCP have 25 member states?"), not asked. */
  premise?: boolean;
}

// ("…had around 300 participants": a count claimed roughly is checked as the count.)
const N_EN = String.raw`(?:(?:around|about|approximately|roughly|nearly|almost|some|over|more\s+than)\s+)?(?<n>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
// ("is it true the Beirut consultation had…": "that" may go unsaid.)
const CHECK_EN = String.raw`(?:(?:is\s+it\s+(?:true|correct|right)|am\s+i\s+right)(?:\s+that)?\s+|(?:can|could)\s+you\s+confirm\s+(?:that\s+)?)?`;
const TAG_EN = String.raw`(?:\s*,\s*(?:right|correct|true|isn'?t\s+it|doesn'?t\s+it))?\s*\??\s*$`;
// The subject of a statement put to be checked is no question word ("Which states have 2 delegates?" asks).
const HAVE_EN = new RegExp(String.raw`^${CHECK_EN}(?:(?<why>why\s+|how\s+come\s+)?(?:does|do|did)\s+(?<x>.+?)\s+(?:have|comprise|include|count)|(?!(?:what|which|who|whose|how|when|where|why)\b)(?<y2>.+?)\s+(?:has|have|had|comprises|includes))\s+${N_EN}\s+(?<y>[^?,]+?)${TAG_EN}`, 'i');
const THERE_EN = new RegExp(String.raw`^${CHECK_EN}(?:are|were)\s+there\s+${N_EN}\s+(?<y>.+?)\s+(?:in|at|of)\s+(?<x>[^?,]+?)${TAG_EN}`, 'i');

const N_AR = String.raw`(?<n>\d{1,3}|اثنان|اثنين|ثلاث[ةه]?|[أا]ربع[ةه]?|خمس[ةه]?|ست[ةه]?|سبع[ةه]?|ثماني[ةه]?|تسع[ةه]?|عشر[ةه]?)`;
// What the asker heard («سمعت إن…», «بلغني أن…») reaches every claim reader as «صحيح أن…» (claim.ts withConfirmThat).
const OPENING_AR = String.raw`^(?:و?هل\s+|(?:صحيح|صح)\s+(?:ان|إن|أن|انو|إنو)\s+)`;
const CLOSING_AR = `(?:\\s+(?:فقط|بس))?(?:\\s*[،,]?\\s*${CHECK_TAG_AR})?\\s*[؟?]*\\s*$`;
/** «عدد الدول الأعضاء 21 دولة، مش كده؟»: a statement with no opening, put to be checked by its tag alone. */
const TAG_CLOSING_AR = `(?:\\s+(?:فقط|بس))?\\s*[،,]?\\s*${CHECK_TAG_AR}\\s*[؟?]+\\s*$`;
const NUMBER_OF_BODY_AR = `(?:ان\\s+)?عدد\\s+(?<y>[^؟?]+?)\\s+(?:هو\\s+|يبلغ\\s+|بلغ\\s+)?${N_AR}(?:\\s+(?<unit>[\\u0621-\\u064A]+))?`;
/** «هل عدد أعضاء العملية 18 دولة؟»: the count of the thing named after «عدد». */
const NUMBER_OF_AR = [new RegExp(`${OPENING_AR}${NUMBER_OF_BODY_AR}${CLOSING_AR}`, 'u'), new RegExp(`^${NUMBER_OF_BODY_AR}${TAG_CLOSING_AR}`, 'u')];
/** «هل تضم العملية 18 دولة؟», «هل للعملية خمسة أهداف؟», «العملية تضم 21 دولة صح؟». */
const HAS_AR = [
  new RegExp(`${OPENING_AR}(?<v>تضم|يضم|لدى|عند)\\s+(?<x>[^؟?]+?)\\s+${N_AR}\\s+(?<y>[^؟?،,]+?)${CLOSING_AR}`, 'u'),
  new RegExp(`^(?<x>[^؟?]+?)\\s+(?<v>تضم|يضم)\\s+${N_AR}\\s+(?<y>[^؟?،,]+?)${TAG_CLOSING_AR}`, 'u'),
];
const firstMatch = (patterns: readonly RegExp[], text: string) => patterns.map((p) => p.exec(text)?.groups).find(Boolean);

export function countClaim(question: string): CountClaim | undefined {
  // Digits as Latin ones, without the vowel marks: the question keeps its spelling for the verdict («ليس خمسة»).
  const text = question.replace(/[\u064B-\u0652\u0640]/gu, '').replace(/[٠-٩]/gu, (d) => String(d.charCodeAt(0) - 0x660)).trim();
  const en = HAVE_EN.exec(text) ?? THERE_EN.exec(text);
  if (en?.groups) return englishClaim(en.groups, THERE_EN.test(text));
  const of = firstMatch(NUMBER_OF_AR, text);
  if (of) return arabicClaim(of.n!, `كم عدد ${of.y}؟`, of.unit ?? of.y!);
  const has = firstMatch(HAS_AR, text);
  return has ? arabicClaim(has.n!, `كم ${has.y} ${has.v} ${has.x}؟`, has.y!) : undefined;
}

function englishClaim(g: Record<string, string | undefined>, there: boolean): CountClaim | undefined {
  const value = cardinalValue(g.n!.toLowerCase());
  // "Does the ARCP have 2018 …" is no count; nor "the 6th".
  if (value === undefined) return undefined;
  const subject = g.x ?? g.y2!;
  const asked = there ? `How many ${g.y} are there in ${subject}?` : `How many ${g.y} does ${subject} have?`;
  return { asked, phrase: g.n!, value, counted: g.y!, ...(g.why ? { premise: true } : {}) };
}

function arabicClaim(n: string, asked: string, counted: string): CountClaim | undefined {
  const value = cardinalValue(n.replace(/ة$/u, 'ه'));
  return value === undefined ? undefined : { asked, phrase: n, value, counted };
}
