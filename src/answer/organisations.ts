import { arabicWords, englishWords } from '../question/cues.js';
import { normalizeForMatch } from '../text/normalize.js';
import type { QuestionAnalysis } from '../question/types.js';
import { namesPerson } from './answer-evidence.js';
import { ofTheEventAsked } from './record-silence.js';
import type { AnswerPlan } from './answer-plan.js';
import type { ScoredUnit } from './unit-scoring.js';
import { unitText } from './units.js';

/**
 * The international bodies the record names people of, in English and in Arabic, with the ways members
 * write them. A person quoted for "who represented IOM?" must be one the record ties to IOM.
 */
const ORGANISATIONS: ReadonlyArray<readonly [string, readonly string[], readonly string[]]> = [
  ['iom', ['iom', 'international organi[sz]ation for migration', 'un migration'], ['منظمه الدوليه للهجره', 'منظمه الهجره الدوليه', 'منظمه الهجره']],
  ['unhcr', ['unhcr', 'un refugee agency', 'high commissioner for refugees'], ['مفوضيه']],
  ['escwa', ['escwa', 'economic and social commission for western asia'], ['اسكوا', 'لجنه الاقتصاديه والاجتماعيه لغربي اسيا']],
  ['unrwa', ['unrwa'], ['اونروا', 'وكاله غوث']],
  ['unfpa', ['unfpa', 'un population fund'], ['صندوق الامم المتحده للسكان']],
  ['eu', ['eu', 'european union', 'eu delegation', 'european commission'], ['الاتحاد الاوروبي', 'اتحاد الاوروبي', 'المفوضيه الاوروبيه']],
];

/** An Arabic name with its article and what may be written on it: «المنظمة», «للمنظمة», «والمفوضية», «بالإسكوا». */
function arabicName(names: readonly string[]): RegExp {
  return new RegExp(`(?<![\\u0621-\\u064A])[وف]?(?:[بك]?ال|لل)?(?:${names.map((n) => n.replaceAll(' ', '\\s+')).join('|')})(?![\\u0621-\\u064A])`, 'u');
}

const EACH = ORGANISATIONS.map(([key, en, ar]) => ({ key, patterns: [englishWords(en), arabicName(ar)] }));

/** The bodies a text names, by their key, whichever language it names them in. */
export function organisationsNamed(text: string): Set<string> {
  const norm = normalizeForMatch(text);
  return new Set(EACH.filter((o) => o.patterns.some((re) => re.test(norm))).map((o) => o.key));
}

/**
 * Who speaks for a body: "who represented IOM", "which ESCWA representative", "who spoke for UNHCR", «من مثّل
 * المنظمة الدولية للهجرة», «من هو ممثل الإسكوا», «من تحدث باسم المفوضية».
 */
const SPEAKS_FOR = [
  englishWords(['represent(?:s|ed|ing|ative|atives)?', 'spoke for', 'speaks for', 'on behalf of', 'delegate of', 'head of delegation']),
  arabicWords(['مثل', 'مثلت', 'يمثل', 'تمثل', 'ممثل', 'ممثله', 'ممثلي', 'ممثلو', 'باسم', 'نيابه عن'], { clitics: true }),
];

/** The bodies whose representative a "who" question asks for, or none. */
function representedAsked(analysis: QuestionAnalysis): Set<string> {
  if (!analysis.types.some((t) => t === 'who' || t === 'which')) return new Set();
  const norm = normalizeForMatch(analysis.text);
  return SPEAKS_FOR.some((re) => re.test(norm)) ? organisationsNamed(analysis.text) : new Set();
}

/** A unit with the sentence it refers back to: "She spoke for IOM" is of the person named before. */
const withAntecedent = (s: ScoredUnit) => [s.unit.antecedent?.text ?? '', unitText(s.unit)].join('\n');

/** Whether a text names every body asked (each body's patterns read once). */
function namesEvery(text: string, asked: ReadonlySet<string>): boolean {
  const named = organisationsNamed(text);
  return [...asked].every((o) => named.has(o));
}

/**
 * "Who spoke for IOM at the 10th meeting?": the lead's candidates are the units that name IOM, when some do;
 * a Palestinian delegate's words at the same meeting answered it.
 */
export function ofTheBodiesAsked(units: readonly ScoredUnit[], analysis: QuestionAnalysis): readonly ScoredUnit[] {
  const asked = representedAsked(analysis);
  if (asked.size === 0) return units;
  const naming = units.filter((s) => !s.unit.note && namesEvery(withAntecedent(s), asked));
  // Of those, the ones that name a person (an IOM news line names the body, not who spoke for it).
  const who = analysis.types.findIndex((t) => t === 'who' || t === 'which');
  const persons = naming.filter((s) => s.evidence[who]! >= 1);
  return persons.length > 0 ? persons : naming.length > 0 ? naming : units;
}

/**
 * "Who represented IOM at the 11th meeting?" when the record names only UNHCR's representative: no quote
 * names a person of the body asked, so who spoke for it is not on record (a UNHCR representative was the
 * answer given; for "which UNHCR representative spoke at the 9th meeting?", a line on a LAS–UNHCR event).
 */
export function askedBodyMissing(analysis: QuestionAnalysis, plan: AnswerPlan): boolean {
  const asked = representedAsked(analysis);
  if (asked.size === 0 || plan.quotes.length === 0) return false;
  return !plan.quotes.some((q) => {
    const text = withAntecedent(q);
    return namesPerson(text) && namesEvery(text, asked);
  });
}

/**
 * A body put as the one who acted: "what did UNHCR present at the 7th meeting?", "what was presented by the EU
 * Delegation…", "IOM's position on…", «ماذا قدمت المفوضية…», «موقف الإسكوا من…».
 */
const ACTED_EN = '(?:say|said|says|present|presented|presents|propose|proposed|announce|announced|stress|stressed|call|called|pledge|pledged|offer|offered|provide|provided|fund|funded|deliver|delivered|state|stated|recommend|recommended|raise|raised|share|shared|contribute|contributed|submit|submitted)';
// "UNHCR's official position", "IOM's formal view": a word or two may qualify the stance.
const STANCE_EN = "(?:'s|s')\\s+(?:(?:official|formal|overall|own|general|public|stated|current|latest|exact|actual|institutional)\\s+){0,2}(?:position|line|stance|view|views|statement|presentation|remarks|speech|contribution)";
const ACTED_AR = '(?:قدم|قدمت|قال|قالت|عرض|عرضت|اقترح|اقترحت|طرح|طرحت|اعلن|اعلنت|دعا|دعت|اكد|اكدت|تعهد|تعهدت|موقف|كلمه|مداخله|مساهمه)';

/** Each body's patterns as the one who acted, compiled once. */
const ACTING = ORGANISATIONS.map(([key, en, ar]) => {
  const name = `(?:the\\s+)?(?:${en.join('|')})`;
  return {
    key,
    patterns: [
      // (Within its clause: "the 6th meeting, organised with IOM and UNHCR, call for?" asks what the meeting called for.)
      new RegExp(`\\b${name}(?:\\s+[^\\s,;،]+){0,2}?\\s+${ACTED_EN}\\b|\\b${name}${STANCE_EN}\\b|\\b${ACTED_EN}\\s+by\\s+${name}\\b`),
      new RegExp(`(?<![\\u0621-\\u064A])${ACTED_AR}\\s+${arabicName(ar).source}`, 'u'),
    ],
  };
});

function actingBodies(question: string): Set<string> {
  const norm = normalizeForMatch(question);
  return new Set(ACTING.filter((o) => o.patterns.some((re) => re.test(norm))).map((o) => o.key));
}

/**
 * "What did the EU Delegation present at the 9th meeting?" when no quote names the EU: what others said there
 * is no answer (the 9th meeting's date and participants were given).
 */
export function actingBodyMissing(analysis: QuestionAnalysis, plan: AnswerPlan): boolean {
  const asked = actingBodies(analysis.text);
  if (asked.size === 0 || plan.quotes.length === 0) return false;
  // "What was IOM's view on the GCM?": a view is a body's own saying; a quote that names IOM as the one who
  // coordinated a review, or whose Director General opened it, holds none.
  // (Not "who delivered IOM's statement?", which asks for the one who spoke.)
  const stance = !analysis.types.includes('who') && STANCE_ASKED.test(normalizeForMatch(analysis.text));
  // (What it said at the meeting asked: the 5th meeting's sentence naming ESCWA among the ARCP's partners is not
  // what ESCWA said at the 10th.)
  return !plan.quotes.filter((q) => ofTheEventAsked(q, analysis)).some((q) => {
    const text = withAntecedent(q);
    if (!stance) return namesEvery(text, asked);
    const acting = actingBodies(text);
    return [...asked].every((b) => acting.has(b));
  });
}
const STANCE_ASKED = new RegExp(`${STANCE_EN}\\b`);
