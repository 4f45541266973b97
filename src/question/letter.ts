import { eachAsked, eachAskedAfter } from './each-of-them.js';
import { normalizeForMatch } from '../text/normalize.js';
import { tokenize } from '../text/tokenize.js';
import { greetsOrIntroduces, subjectReferred, withoutCourtesy } from './courtesy.js';
import { withoutOwnWork } from './kind-only.js';
import { asSubjectThenAsks } from './preamble.js';
import { withoutNoteVerbale } from './note-frame.js';
import { asksOfAPronounAlone, leansOnContext, namesNothing, ONE_BY_RANK, pointsBack, PRONOUN_EN, topicIsIt } from './leaning.js';
import { listedItems, type ListedItems } from './letter-items.js';
import { askedTypes } from './question-types.js';
import { yearsIn } from './time-range.js';
import { eventWords, kindOfWord, namesExtraordinary } from './understand.js';
import { clauseAfterBut, quotedAsked, sentencesOf, withoutDates } from './letter-sentences.js';
import { bodyLines, withoutClosing } from './letter-body.js';
import { withWrappedLinesJoined } from './wrapped-lines.js';
import { chatQuestion, OPENS_WITH_QUESTION_WORD } from './chat-ask.js';
import { oneComparison } from './compared-again.js';
import { doubtAsked } from './matter-in-doubt.js';
import { inlineItems, isArabicText, itemLeansOn, joinedParts, namesEvent, wordCount } from './sentence-parts.js';
import { isQuestionSentence } from './question-sentence.js';
import { withoutOwnAside } from './own-aside.js';
import { ofTheBodyNamedBefore } from './session-body.js';
import { withLayoutJoined } from './layout-asked.js';
import { asTyped } from './as-typed.js';

/** One question found in a letter, with the label its writer gave it ("2", "(b)", «ثانياً»), if any. */
export interface LetterQuestion {
  label?: string;
  text: string;
  /**
   * The sentence a question points back to ("We understand that the ARCP lists an Arab position on the
   * revised ENP… Could you share the main points of that position?"): what "that position" is.
   */
  context?: string;
}

/** "I need the complete text.", «أحتاج النص الكامل»: the text of what the question before named. */
const THE_TEXT = /\bthe (?:complete|full|whole|entire|exact|original) (?:text|wording)\b|(?<![\p{L}])(?:ال)?نص (?:ال)?(?:كامل|حرفي|اصلي)(?![\p{L}])/u;

/** The question as searched: with the sentence it points back to, when it has one. */
export function inContext(question: LetterQuestion): string {
  return question.context ? `${question.text} (${withoutOwnWork(question.context)})` : question.text;
}

// Lines that open or close a letter, or carry no question: salutations, courtesy and closing formulas,
// signature and legal footers, forwarded-message headers. Matched on normalised text.

/** "Could you clarify?", «هل يمكنكم التوضيح؟»: a request to be told, of nothing of its own. */
const BARE_REQUEST = /^(?:(?:(?:could|can|would|will) you\s+)?(?:please\s+|kindly\s+)?(?:clarify|confirm|advise|help|explain|elaborate)(?:\s+(?:this|that|it|us|me|on this|on that))?(?:,?\s+please)?|(?:هل\s+)?(?:يمكنكم|يمكنك|ممكن|بامكانكم|تكرموا\s+ب)\s*(?:التوضيح|التاكيد|المساعده|الافاده|توضيح ذلك|توضيحه)|(?:ارجو|نرجو|يرجي)\s+(?:التوضيح|التاكيد|الافاده))\s*[?؟.!]*$/u;

/** Opens with "and", «و…», a pronoun or "else", or is too short to stand alone. */
function leansOnPrevious(sentence: string): boolean {
  const norm = normalizeForMatch(sentence).trim();
  if (THE_TEXT.test(norm) && !namesEvent(sentence)) return true;
  if (/^(?:and|also|plus|or|what about|how about|if so|if not|who else|it|its|they|their|this|that)\b/.test(norm)) return true;
  // "I also want to know…", «…كمان», the Gulf «…بعد»: an addition to the question before.
  if (/\b(?:also|too|as well)\b/.test(norm) || /(?:^|\s)(?:ايضا|كمان|كذلك|برضو|بعد)[.!؟?]*$/u.test(norm)) return true;
  const first = norm.split(/\s+/)[0] ?? '';
  // «وما الذي ناقشه؟» leans on the question before; «وين…» and «وش…» are question words of their own.
  if (/^[وف]\S{2,}/u.test(first) && !/^(?:وين|وينه|وش|وشو|وقتاش|ويش)$/u.test(first)) return true;
  return wordCount(norm) < 5;
}

/**
 * "We also notice that the Process appears under different English names in different documents; how has its name
 * changed over the years?": what the asker states before the semicolon is what the ask after it is of ("its" is the
 * Process), not the sentence before, which its "also" would otherwise lean on (the July 2017 meeting's timeline came).
 */
const STATED_THEN_ASKED = [
  /^([^;?]{20,}?)\s*;\s*((?:how|what|which|who|when|where|why|is|are|was|were|did|does|do|has|have|can|could)\b[^;]*\?)\s*$/i,
  /^([^؛؟?]{20,}?)\s*؛\s*((?:و|ف)?(?:كيف|ما|ماذا|هل|من|متى|أين|اين|لماذا|كم|أي|اي)(?![\u0621-\u064A])[^؛]*[؟?])\s*$/u,
];

function statedThenAsked(sentence: string): LetterQuestion | undefined {
  for (const re of STATED_THEN_ASKED) {
    const m = re.exec(sentence.trim());
    if (m) return { text: m[2]!.trim(), context: m[1]!.trim() };
  }
  return undefined;
}

/**
 * Each item of a list with what it is asked of. Bullets list the parts of the paragraph that introduces
 * them ("…the following details on the Beirut consultation:" — "the number of participants"), which is
 * their context unless it names no meeting or year where the subject does. A numbered item is most often
 * a question of its own and keeps the subject's context alone: measured, the introduction as every numbered
 * item's context lost one held-out English answer of 23, and as a short item's context one Arabic answer
 * in development and one held out.
 */
function itemsAsked(listed: ListedItems, subject: string | undefined): LetterQuestion[] {
  const { items, intro, lead, bulleted } = listed;
  if (bulleted && intro && itemsFramed(intro, subject)) return items.map((q) => ({ ...q, context: intro }));
  // «نحتاج… إلى عدد اللاجئين الفلسطينيين كما ورد في ثلاث مناسبات: ١) بيان الجامعة… ٢) كلمة…»: numbered items that
  // ask nothing of their own name what the introduction's ask is of; each is that ask (a context adds no kind).
  // (The introduction's last sentence, without the asker's own work: «نعمل في الإسكوا على رصد…، ونحتاج…».)
  const ask = intro && lastClause(withoutOwnWork(sentencesOf(intro).at(-1)!.trim())).replace(/\s*[:：]\s*$/u, '');
  if (ask && asksSomething(ask) && !items.some((q) => asksSomething(q.text))) return items.map((q) => ({ ...q, text: `${ask}: ${withoutClosing(q.text)}` }));
  // «أولاً: من افتتح الاجتماع السابع. ثانياً: هل عُقد حضورياً أم عن بعد؟»: an item that says "it" of the meeting an
  // item before it names is asked of that meeting.
  // "1) on what dates the ARCP was officially launched; 2) at which event; 3) how many … took part in that event?":
  // an item too short to name its subject, or that points back, is asked of the items before it, whatever they name.
  let anchor: string | undefined;
  return items.flatMap((q, i) => {
    const said = withContext({ ...q, text: withoutClosing(q.text) }, undefined, subject);
    // "…a note on the 9th meeting. 1) When was it held? 2) Who opened it?": an item that names nothing but by a
    // pronoun is of the meeting named just before the list.
    // So is one that names no meeting or year of its own ("1. Who opened the meeting? 2. How many participants
    // attended?" under "…the record of the 5th regular ARCP meeting (2019)"): the event's words alone, not the lead.
    // (Not one that points back to an item before it: "2. On what date was that meeting held?")
    const before = items.slice(0, i).reverse().find((p) => namesEvent(p.text));
    const leadEvent = !said.context && !before && !pointsBack(q.text) && lead && namesEvent(lead) && !namesEvent(said.text) ? eventOf(lead) : undefined;
    const asked = !said.context && lead && namesEvent(lead) && namesNothing(said.text) ? { ...said, context: eventOf(lead) ?? lead } : leadEvent ? { ...said, context: leadEvent } : said;
    // («٢) بمضمون الموقف الذي أُعدّ لتلك الدورة في الاجتماع الخامس»: "that session" is the one named before, beside the meeting it names.)
    const pointing = pointsBack(q.text);
    const leaning = asked.context || !before || (namesEvent(q.text) && !pointing) || !(pointing || itemLeansOn(before.text, said.text)) ? asked : { ...asked, context: before.text };
    const own = leaning.context || !anchor || namesNothing(anchor) || namesEvent(q.text) || !leansOnContext(asked.text) ? leaning : { ...leaning, context: anchor };
    anchor = own.context ? `${own.context} ${own.text}` : own.text;
    return askedInTurn(own, q.label);
  });
}

/**
 * "2. Who opened the 11th regular meeting, and who delivered remarks on behalf of UNHCR at its opening session?": each
 * ask of an item is answered in turn under the item's own label (asked as one, the opener was lost and a note said
 * the point was not on record). A part that leans on the first is asked of it, and of what the item is asked of.
 */
function askedInTurn(item: LetterQuestion, label: string | undefined): LetterQuestion[] {
  const parts = joinedParts(item.text);
  if (parts.length < 2) return [item];
  const within = (context: string | undefined) => (item.context && context ? `${item.context} ${context}` : (context ?? item.context));
  return parts.map((part) => ({ ...(label === undefined ? {} : { label }), text: part.text, ...(within(part.context) === undefined ? {} : { context: within(part.context) }) }));
}

/**
 * The meeting and the year a question's context names, as words («الاجتماع التاسع 2023»), or undefined when
 * it names none: what a part asks of "the 9th meeting" when the rest of the first part («the Moroccan bodies
 * that represented the Kingdom») is in no record of what the part asks.
 */
export function eventOf(context: string): string | undefined {
  const words = [...eventWords(tokenize(context)), ...yearsIn(context, new Date()).map(String)];
  return words.length > 0 ? words.join(' ') : undefined;
}

/**
 * The questions of a letter as members write to the secretariat: numbered items when it numbers them,
 * otherwise the sentences that ask something (with a question mark, or "I would be grateful if you could
 * indicate which…"). Greetings, courtesy, closings, signatures and disclaimers are left out. A message
 * with no recognisable question is returned whole, as one question.
 */
export function letterQuestions(text: string, options: { subject?: string; followsUp?: boolean } = {}): LetterQuestion[] {
  const asked = questionsOf(asTyped(text), options).map((q) => ({ ...q, text: withoutOwnAside(q.text) }));
  const questions = asked.map((q, i) => ofTheBodyNamedBefore(q, asked.slice(0, i), options.subject));
  return options.followsUp && options.subject ? questions.map((q) => ofTheQuestionBefore(q, options.subject!)) : questions;
}

/**
 * "Tell me about the Beirut consultation >> how many people took part, and who organised it?": a chat turn that
 * follows up is asked of the question before, whether or not that names a meeting or a year; a part that leans on
 * another part leans on it too (the count was searched of every event, and the 2nd GRF's 4,200 answered).
 */
function ofTheQuestionBefore(q: LetterQuestion, before: string): LetterQuestion {
  // (A part it leans on that names a thing of its own, "…which GFMD session was it for", is what "that" is.)
  if (q.context) return namesEvent(q.context) || namesAThing(q.context) || q.context.includes(before) ? q : { ...q, context: `${before} ${q.context}` };
  // (One naming its own record asks it of the question before when its topic is "it": "what did the 2025 statement
  // say about it?" after "what is UNRWA?".)
  return namesEvent(q.text) && !topicIsIt(q.text) ? q : { ...q, context: before };
}
/** Names an event of its own, by number, year or kind ("the extraordinary meeting"). */
const namesAKind = (text: string) => namesEvent(text) || tokenize(normalizeForMatch(text)).some((t) => kindOfWord(t) !== undefined);
const namesAThing = (text: string) => /\b[A-Z][A-Za-z]+/.test(text.slice(1)) || (isArabicText(text) && !namesNothing(text));

function questionsOf(text: string, options: { subject?: string }): LetterQuestion[] {
  const lines = withWrappedLinesJoined(bodyLines(text));
  const listed = listedItems(lines);
  if (listed.items.length >= 2) return itemsAsked(listed, options.subject);
  const sentences = withLayoutJoined(sentencesOf(lines.join('\n'))).map(asSubjectThenAsks);
  const asking = sentences.map((s) => s.trim()).filter((s) => s.length > 0 && (isQuestionSentence(s) || chatQuestion(s)));
  // "Our mission would like to know what… Could you clarify?": a bare request beside the ask asks nothing more.
  const found = asking.length > 1 ? asking.filter((s) => !BARE_REQUEST.test(normalizeForMatch(s))) : asking;
  // "what did the 6th mtg discuss and what did its closing statement call for": a chat line typed without a
  // question mark is asked as it is, and may hold two questions.
  // So is one that names its subject first and then asks twice («بيان 2024 متى صدر وشو ذكر عن البحرين»).
  const line = sentences.length === 1 ? sentences[0]!.trim() : '';
  // "I have a question regarding the ARCP. define RCP pls, short version": of chat lines with no question mark, the
  // one that asks for something is the question, not the framing sentence before it.
  const said = sentences.map((s) => s.trim()).filter((s) => s && !greetsOrIntroduces(s));
  const typed = found.length === 0 && !line ? said.filter((s) => askedTypes(normalizeForMatch(s)) !== undefined) : [];
  const chatAsk = typed.length === 1 && said.length > 1 ? typed : [];
  const eachOne = line ? eachAsked(line, undefined) : [];
  if (eachOne.length >= 2) return eachOne;
  const doubt = doubtAsked(said, found);
  if (doubt) return [doubt];
  // (A note verbale's frame goes before its asks are told apart: «…وتودّ، في سياق…، الاستفسار عمّا…، وعن…».)
  const asked = (found.length === 0 && line && (OPENS_WITH_QUESTION_WORD.test(line) || joinedParts(line).length >= 2) ? [line] : chatAsk.length > 0 ? chatAsk : found).map(withoutNoteVerbale);
  const inline = asked.length === 1 ? inlineItems(asked[0]!) : [];
  if (inline.length >= 2) return inline;
  const context = (question: LetterQuestion, first: string) => withContext(question, said[said.indexOf(first) - 1], options.subject);
  // "Could you confirm whether this is the case, and would you be able to share the main points of that
  // position?": each part that points back is about the sentence before, as a whole question would be.
  const joined = asked.length === 1 ? joinedParts(asked[0]!) : [];
  if (joined.length >= 2) return partsInContext(joined, said[said.indexOf(asked[0]!) - 1], context, asked[0]!);
  // A chat line typed without a question mark («and where was it held») is asked of what it points back to.
  // (Its closing and signature dropped: "…whats the IMRF Best regards".)
  if (asked.length === 0) return [withContext({ text: said.join(' ') || text.trim() }, undefined, options.subject)];
  // (The line was asked of "each" above.)
  const each = asked.length === 1 && asked[0] !== line ? eachAskedAfter(asked[0]!, said[said.indexOf(asked[0]!) - 1], eventOf) : [];
  if (each.length >= 2) return each;
  if (asked.length === 1) return [context({ text: asked[0]! }, asked[0]!)];
  // "Was the 6th meeting held in person? And what did it discuss? And what did its statement call for?":
  // each is answered in turn, one that leans on the question before with that question as its context
  // (asked as one question of several parts, the answer gave the first part and lost the others).
  // A sentence of two asks ("when were they held, and what did she call for there?") is two questions here too.
  // The question leant on may lean on the sentence before it ("…a note on the 9th meeting. When was it
  // held? We would also like to know who opened it."): the meeting is its context, and then theirs too.
  const compared = oneComparison(asked);
  if (compared) return [{ text: compared }];
  let anchor = asked[0]!;
  const questions = asked.flatMap((s, i): LetterQuestion[] => {
    const parts = joinedParts(s);
    if (parts.length >= 2) {
      anchor = s;
      return partsInContext(parts, said[said.indexOf(s) - 1], context, s);
    }
    const stated = statedThenAsked(s);
    if (stated) {
      anchor = s;
      return [stated];
    }
    if (i > 0 && leansOnPrevious(s)) return [{ text: s, context: anchor }];
    // "when was the 8th meeting? which person spoke from IOM": a chat ask that names no meeting or year is of
    // the one the question before names.
    const event = i > 0 && chatQuestion(s) && !eventOf(s) ? eventOf(anchor) : undefined;
    if (event) return [{ text: s, context: event }];
    const own = context({ text: s }, s);
    anchor = own.context ? `${own.context} ${s}` : s;
    return [own];
  });
  return questions.map((q, i) => ({ ...q, label: String(i + 1) }));
}

/**
 * A question that points back gets the statement just before it (not another question) as its context,
 * or else the mail's subject.
 */
/**
 * The parts of one sentence of two asks, each with what it leans on. A sentence that names its subject only
 * by a pronoun ("We are preparing a file on the 2019 WRD statement. Could you confirm the date it was
 * distributed and which UNGA resolution it referred to?") is asked, in each part, of the sentence before
 * (the first part was asked of no statement, and answered with the 2018 one's date).
 */
function partsInContext(parts: LetterQuestion[], before: string | undefined, context: (q: LetterQuestion, first: string) => LetterQuestion, sentence: string): LetterQuestion[] {
  const leans = before !== undefined && !isQuestionSentence(before) && PRONOUN_EN.test(sentence) && !namesEvent(sentence) && namesEvent(before);
  if (!leans) {
    // "where was the 2nd one held, and was it online again?": the part that leans on the first leans on what the
    // first is asked of too.
    const first = context(parts[0]!, sentence);
    const onFirst = (q: LetterQuestion) => Boolean(first.context) && q.context === parts[0]!.text;
    const referred = subjectReferred(parts[0]!.text);
    return parts.map((q, i) => {
      if (i === 0) return first;
      // «نرجو قائمة أهداف عملية التشاور، وكم عددها؟»: a part that names its subject by a pronoun alone asks of the
      // first part's subject, not of the sentence before the two (the asker's own work).
      if (!q.context && namesNothing(q.text)) return { ...q, context: first.context ? `${first.context} ${parts[0]!.text}` : parts[0]!.text };
      if (!q.context) return context(q, sentence);
      // ("Regarding the 10th meeting, we would be grateful to know which IOM official took part, and which UN agency
      // was given a dedicated session": what the first part refers to is what the second is asked of too.)
      // (Not when the first part names an event of its own: "…when the extraordinary meeting was held and who opened it?")
      if (referred && !namesAKind(referred.asked) && q.context === parts[0]!.text && !namesEvent(q.text)) return { ...q, context: referred.subject };
      return onFirst(q) ? { ...q, context: `${first.context} ${q.context}` } : q;
    });
  }
  return parts.map((q) => ({ ...q, context: q.context ? `${before} ${q.context}` : before }));
}

const EVENT_BY_KIND = /\bthe (?:summit|meeting|session|forum|conference|consultations?|review|celebration)\b|(?<![\u0621-\u064A])(?:[وفبل]|وب|ول)?(?:ال|لل)(?:قمه|اجتماع|دوره|منتدي|مؤتمر|مشاورات|استعراض|احتفاليه)(?![\u0621-\u064A])/u;

function withContext(question: LetterQuestion, before: string | undefined, subject: string | undefined): LetterQuestion {
  // «بالإشارة إلى البيان الصادر…، نرجو إفادتنا بتاريخ توزيعه»: what it refers to is its subject, which the
  // courtesy would drop; its words are the question's own, said after what is asked. Unless what is asked
  // names its own meeting or year: "With reference to the 10th meeting, … who attended the second regional
  // review conference?" asks of the conference, and the 10th meeting is background.
  const referred = subjectReferred(question.text);
  if (referred) return { ...question, text: namesEvent(referred.asked) ? referred.asked : `${referred.asked} (${referred.subject})` };
  // «…وبعد الاطلاع على ما نُشر عن الاجتماع الاستثنائي… أغسطس 2016، نرجو إفادتنا بمن تحدّث… في افتتاح ذلك الاجتماع»: "that
  // meeting" is the one the courtesy before the ask names.
  const own = withoutCourtesy(question.text);
  const pointedEvent = own !== question.text && pointsBack(own) && !eventOf(own) ? eventOf(question.text) : undefined;
  if (pointedEvent) return { ...question, context: pointedEvent };
  // «ممكن تعددها؟», "Can you list them?": too short to name anything, it is about the sentence before. So is
  // "Could you kindly confirm its title and when it was launched?" once its courtesy goes: each of its asks
  // names its subject by a pronoun alone.
  // («نرجو إفادتنا بمن وقّعها عن كل طرف.» as «من وقّعها عن كل طرف؟»: its courtesy names nothing.)
  // "Our notes state that the 12th GFMD took place in Ecuador in November 2019. … confirm the city and the dates on which
  // the summit was actually held": an event named by its kind alone is the one the statement before names.
  // (Not one its own words tell apart: «…الاجتماع الاستثنائي…» after a sentence on the meeting of 19 September 2016.)
  const stated = before !== undefined && !isQuestionSentence(before) ? before : undefined;
  const norm = normalizeForMatch(question.text);
  const ofTheEventBefore = stated !== undefined && namesEvent(stated) && !namesEvent(question.text) && !namesExtraordinary(tokenize(norm)) && EVENT_BY_KIND.test(norm);
  if (ofTheEventBefore || leansOnContext(question.text) || leansOnContext(withoutCourtesy(question.text)) || asksOfAPronounAlone(question.text)) {
    // (…without the date the sentence before gave it, when the date is asked: "…took place in Ecuador in November
    // 2019. … confirm the dates on which the summit was in fact held" asks the dates, which are in 2020.)
    const datesAsked = ofTheEventBefore && (askedTypes(norm) ?? []).includes('when');
    const about = stated && clauseAfterBut(stated, namesAKind);
    const context = about ? (quotedAsked(question.text, about) ?? (datesAsked ? withoutDates(about) : about)) : subject?.trim();
    return context ? { ...question, context } : question;
  }
  // A letter on "the 9th meeting" or "the Beirut consultation, 2017" asks "how many people took part?" of
  // it: a question that names no meeting or year takes the subject's (the words stay the question's own).
  // "where was the 2nd one held?" after a question on the first GCM review conference: one of what it named.
  return subject && ((namesEvent(subject) && !namesEvent(question.text)) || ONE_BY_RANK.test(question.text)) ? { ...question, context: subject.trim() } : question;
}

/** «…بشأن اللاجئين، ونحتاج لهذا الغرض إلى عدد…»: the clause after the last «، و…» when it asks, else the sentence. */
function lastClause(sentence: string): string {
  const last = sentence.split(/[،,]\s*(?=و\S)/u).at(-1)!.replace(/^و/u, '');
  return last !== sentence && asksSomething(last) ? last : sentence;
}

/** Whether a text asks anything: a question mark, or a kind of question. */
const asksSomething = (text: string) => /[?؟]/.test(text) || askedTypes(normalizeForMatch(text)) !== undefined;

/**
 * Items listed under "…the following details on the Beirut consultation:" are asked of what that line
 * names, unless it names no meeting or year where the subject does ("We would be grateful for the
 * following details:" under the subject "World Refugee Day 2025 statement").
 */
function itemsFramed(intro: string, subject: string | undefined): boolean {
  return !subject || namesEvent(intro) || !namesEvent(subject);
}
