import { normalizeForMatch } from '../text/normalize.js';
import { ABOUT_IN_THE_NAME } from '../text/process-name.js';
import { aspectWordsOf } from './compared-aspects.js';
import { askedTypes } from './question-types.js';
import type { QuestionType } from './types.js';

/**
 * What a question is about, when it says so: "What did the 2024 statement say about Gaza?" → gaza,
 * «ايش قال الأمين العام عن عدد المهاجرين في المنطقة العربية؟» → المهاجرين. A quote that does not speak of
 * it answers another question about the same document, however many of the question's other words it holds.
 *
 * The phrase starts after a word that introduces a subject ("about", "regarding", «بشأن», «بخصوص», «حول»,
 * «فيما يخص»; «عن» and «من» only after a verb of saying or "position", since «صدر عن» or «عن بعد» name no
 * subject) and ends at the first preposition, conjunction or punctuation.
 */
// ("…and about how many people attended?": "about" a number asks it roughly; it names no subject.)
const EN_CUE = /\b(?:about(?!\s+how\b)|regarding|concerning|re|on the (?:subject|question|issue) of|with regard to|in relation to|with respect to|as regards|vis-a-vis|towards?|in terms of)\s+(.+)/;
// ("The ARCP's recommendations on statelessness": what a record put forward on a subject names it, as "position
// on" does; the five headings of the 2017 recommendations, none on statelessness, answered it.)
const EN_SAYING_ON = /\b(?:say|said|says|state|stated|mention|mentioned|position|stance|stand|stands|view|views|statements?|message|messages|remarks?|speak|spoke|stress|stressed|line|recommendations?|declarations?|resolutions?|decisions?|proposals?|commitments?|guidance)\s+on\s+(.+)/;
const AR_CUE = /(?<![\u0621-\u064A])(?:بشان|بخصوص|فيما يخص|فيما يتعلق ب|في ما يخص|تجاه|ازاء|حول|من حيث|من ناحيه)\s*(.+)/u;
const AR_SAYING = /(?<![\u0621-\u064A])[وبل]?(?:(?:قال|قالت|ذكر|ذكرت|كتب)(?:ه|ها|وه|ته|تها)?|يقول|تقول|يقوله|تقوله|تحدث|تحدثت|يتحدث|تكلم|تكلمت|اعلن|اعلنت|ورد|جاء|عبر|عبرت|موقف|موقفها|موقفه|موقفهم)(?:\s+[\u0621-\u064A\d]+){0,6}?(?<!(?:^|\s)(?:ال)?(?:صادر|صادره|صدر|صدرت))\s+(?:عن|من)\s+(.+)/u;
/**
 * «شنو قال بيان 2023 على السودان؟»: in the Gulf and Iraq what was said "on" a subject is said of it with «على», after
 * a verb of saying alone («أكد على», "stressed", names what was stressed, not a subject).
 */
const AR_SAID_ON = /(?<![\u0621-\u064A])[وبل]?(?:قال|قالت|قالوا|ذكر|ذكرت|حكي|حكت)(?:\s+[\u0621-\u064A\d]+){0,6}?\s+علي\s+(.+)/u;
/**
 * «ما موقف بيان ممثلي الدول الأعضاء بمناسبة اليوم العالمي للاجئين 2019 من حق العودة؟»: a position named by a long
 * description of the statement that holds it, its subject after it (beyond AR_SAYING's six words).
 */
const AR_POSITION_OF = /(?<![\u0621-\u064A])[وبل]?(?:موقف|موقفها|موقفه|موقفهم)(?:\s+[\u0621-\u064A\d]+){7,12}?(?<!(?:^|\s)(?:ال)?(?:صادر|صادره|صدر|صدرت))\s+(?:عن|من)\s+(.+)/u;
/**
 * "What position did the 7th meeting take on the IMRF?", "the stance the 9th meeting took on…": the verb of
 * holding a position stands between it and its subject.
 */
const EN_TAKEN_ON = /\b(?:position|stance|view|line)s?\s+(?:\S+\s+){0,8}?(?:take|took|taken|takes|adopt|adopted|adopts|hold|held|holds|express|expressed|expresses)\s+(?:on|towards?|regarding)\s+(.+)/;
/**
 * "The ARCP's treatment of COVID-19", "its approach to UNRWA", «كيف تعاملت البيانات مع الجائحة», «نظرة الجامعة
 * إلى الأونروا»: how a body dealt with a thing names that thing as the subject, as "position on" does.
 */
const EN_DEALING = /\b(?:treatment|handling|approach|attitude|engagement|dealings|language|tone|rhetoric|wording|emphasis|framing)\s+(?:of|to|towards?|with|on|regarding)\s+(.+)/;
const AR_DEALING = /(?<![\u0621-\u064A])(?:(?:تعامل|تعاملت|يتعامل|تتعامل|التعامل|تعاملها|تعامله)(?:\s+[\u0621-\u064A\d-]+){0,4}?\s+مع|(?:نظره|نظرتها|نظرته|النظره)(?:\s+[\u0621-\u064A]+){0,3}?\s+(?:الي|ل))\s+(.+)/u;
/** Where the subject ends: a preposition, conjunction or relative word starts what is not part of it. */
const EN_END = new Set(['in', 'at', 'during', 'from', 'by', 'for', 'and', 'or', 'when', 'while', 'that', 'which', 'who', 'as', 'since', 'before', 'after', 'to', 'with', 'of', 'on', 'is', 'was', 'were', 'are', 'did', 'does', 'please', 'across', 'over', 'evolve', 'evolved', 'changed', 'shifted', 'developed', 'progressed', 'differ', 'differed', 'compare', 'compared',
  // the figure as the record gave it: "the number of Palestine refugees cited by the League"
  'cited', 'quoted', 'given', 'reported', 'mentioned', 'used']);
const AR_END = new Set(['في', 'خلال', 'من', 'الى', 'على', 'او', 'التي', 'الذي', 'اللي', 'عندما', 'لما', 'منذ', 'قبل', 'بعد', 'هل', 'مع', 'لدي', 'عند', 'وما', 'وكيف', 'ومتى', 'واين', 'ومن', 'عبر']);
/** Words after which "for" or "on" goes on with a name rather than ending the subject. */
const NAME_GOES_ON = new Set(['compact', 'forum']);
/** Words of the phrase that name no subject. */
// ("…in terms of focus", «من حيث المحور»: the aspect compared, what each took up, is no subject either; nor "UNRWA's
// role", «دور الأونروا»: what was said of UNRWA ("indispensable") is of its role.)
const SKIP = new Set(['the', 'a', 'an', 'its', 'their', 'this', 'that', 'these', 'those', 'issue', 'question', 'subject', 'topic', 'topics', 'matter', 'number', 'numbers', 'figures', 'focus', 'emphasis', 'themes', 'role', 'roles', 'دور', 'عدد', 'اعداد', 'ارقام', 'موضوع', 'مسالة', 'قضية', 'قضيه', 'ملف', 'محور', 'المحور', 'محاور', 'المحاور', 'تركيز', 'التركيز']);

/**
 * "The situation in the Gaza Strip", «الوضع في غزة»: a head that names no subject of its own, which the place after
 * it does. Read as the subject, "situation" held "worsening refugee situations" and that sentence led.
 */
const HEAD_OF_A_PLACE = new Set(['situation', 'situations', 'conditions', 'وضع', 'الوضع', 'اوضاع', 'الاوضاع']);
const IN_A_PLACE = new Set(['in', 'of', 'في']);

function phraseWords(rest: string, ends: ReadonlySet<string>): string[] {
  const out: string[] = [];
  let head = false;
  for (const raw of rest.split(/\s+/)) {
    const word = raw.replace(/^[^\p{L}\p{N}]+/u, '');
    const stop = /[^\p{L}\p{N}'-]/u.test(word);
    const clean = word.replace(/[^\p{L}\p{N}'-].*$/u, '').replace(/'s$/u, '');
    if (clean === '') break;
    if (out.length === 0 && HEAD_OF_A_PLACE.has(clean) && !stop) {
      head = true;
      continue;
    }
    if (head && IN_A_PLACE.has(clean)) {
      head = false;
      continue;
    }
    head = false;
    // "the Global Compact for Migration", "the Global Forum on Migration and Development": one name.
    if (ends.has(clean) && !(NAME_GOES_ON.has(out.at(-1) ?? '') && (clean === 'for' || clean === 'on'))) break;
    if (ends.has(clean)) continue;
    if (!SKIP.has(clean)) out.push(clean);
    if (stop || out.length === 3) break;
  }
  return out;
}

/**
 * Particulars a record states in these words when it holds them ("its budget", "the vote", «شعار
 * الاحتفالية»; not a share, which it gives as "70%"): asked for, they are what the question is about, and a
 * quote that does not name one gives another fact of the same event ("the 2024 statement stressed…" for its
 * budget).
 */
const PARTICULAR = new RegExp(
  `(?<![\\p{L}])(budgets?|votes?|voting|slogans?|mottos?|costs?|${['ميزانيه', 'الميزانيه', 'ميزانيتها', 'ميزانيته', 'شعار', 'الشعار', 'شعارها', 'شعاره', 'تكلفه', 'التكلفه', 'كلفه', 'الاصوات', 'اصوات', 'التصويت'].join('|')})(?![\\p{L}])`,
  'u',
);

/**
 * The normalised words naming what the question is about, or none when it does not say. `types` are the kinds of
 * answer `askedTypes` reads in the question, for a caller that has read them already.
 */
export function focusWords(question: string, types: readonly QuestionType[] | undefined = askedTypes(question)): string[] {
  const text = normalizeForMatch(question).replace(ABOUT_IN_THE_NAME, '$1 الهجره').replace(CUE_IN_A_NAME, '$1');
  // Each clause may say what it asks about: «…من تقاسم الأعباء، وبما ورد فيه عن مبادرات مملكة البحرين».
  // («قارن بين الاجتماعين… من حيث الهدف»: the aspect a comparison names is the kind of fact asked, not its subject.)
  const aspects = types?.includes('compare') ? new Set(aspectWordsOf(text)) : new Set<string>();
  const said = text.split(CLAUSE).flatMap(clauseFocus).filter((w) => !aspects.has(w));
  const particular = PARTICULAR.exec(text)?.[1];
  return [...new Set(said.length === 0 && particular ? [particular] : said)];
}

/**
 * Names that hold a cue word (the glossary's «الاتفاق العالمي بشأن اللاجئين», «العمليات التشاورية الإقليمية بشأن الهجرة»,
 * «الحوار الرفيع المستوى بشأن…», «الإعلان العربي حول…»), normalised: the cue is the name's, not the question's. «…في
 * المشاورات الإقليمية… عن الاتفاق العالمي بشأن اللاجئين» was read as asking about refugees, and a call for joint action,
 * which names none, could not follow the lead.
 */
const CUE_IN_A_NAME = /((?:الاتفاق|الميثاق) العالمي|التشاوريه الاقليميه|الرفيع المستوي|رفيع المستوي|قمه القاده|المبادئ التوجيهيه|الاعلان العربي)\s+(?:بشان|حول)(?![\u0621-\u064A])/gu;

/** Where a question's clauses part: a comma or semicolon. */
const CLAUSE = /[،,;؛]/u;

/**
 * "the LAS messages on International Migrants Day", «بيانات الجامعة بمناسبة اليوم الدولي للمهاجرين»: the day a statement is
 * issued on is its occasion, not what it says; each year's line had to name the day, and the timeline held 2025 alone.
 */
const OCCASION = /^(?:the\s+)?(?:international\s+migrants?\s+day|world\s+refugee\s+day|arab\s+expatriate\s+day|imd|wrd)\b|^(?:ال)?يوم\s+(?:ال)?(?:دولي\s+للمهاجرين|عالمي\s+للاجئين|مغترب\s+العربي)/u;

function clauseFocus(text: string): string[] {
  const en = EN_CUE.exec(text) ?? EN_SAYING_ON.exec(text) ?? EN_TAKEN_ON.exec(text) ?? EN_DEALING.exec(text);
  if (en) return OCCASION.test(en[1]!) ? [] : phraseWords(en[1]!, EN_END);
  const ar = AR_SAYING.exec(text) ?? AR_SAID_ON.exec(text) ?? AR_CUE.exec(text) ?? AR_DEALING.exec(text) ?? AR_POSITION_OF.exec(text);
  if (ar) return OCCASION.test(ar[1]!) ? [] : phraseWords(ar[1]!, AR_END);
  if (!CHANGE.test(text)) return [];
  const figureEn = EN_FIGURE_OF.exec(text);
  if (figureEn) return phraseWords(figureEn[1]!, EN_END);
  const figureAr = AR_FIGURE_OF.exec(text);
  return figureAr ? phraseWords(figureAr[1]!, AR_END) : [];
}

/**
 * "How has the LAS figure for Palestine refugees changed…?", «كيف تغيّر عدد اللاجئين الفلسطينيين…؟»: the change of a
 * figure is the change of what it counts; each year's line must speak of it (the 2020 line was the statement's
 * COVID-19 funds, the 2021 line who attended). Only of a change: "how many member states?" says no more than its words.
 */
const CHANGE = /\b(?:chang|evolv|develop|shift|mov|differ|compar|trac)\w*|(?<![\u0621-\u064A])(?:تغير|تغيرت|يتغير|تطور|تطورت|يتطور|تبدل|تبدلت|اختلف|اختلفت|تفاوت|قارن)(?![\u0621-\u064A])/u;
const EN_FIGURE_OF = /\b(?:figures?|numbers?|counts?|totals?)\s+(?:for|of|on)\s+(.+)/;
const AR_FIGURE_OF = /(?<![\u0621-\u064A])(?:عدد|اعداد|ارقام|رقم)\s+(.+)/u;
