import { asksWhichEvent } from '../question/events-asked.js';
import { namesOnlyTheKind } from '../question/kind-only.js';
import { namesNothing, pointsBack, topicIsIt } from '../question/leaning.js';
import { eventOf } from '../question/letter.js';
import type { QuestionAnalysis } from '../question/types.js';

/**
 * The question's analysis as the composer reads it: with what its context names when it points back, and with the
 * kinds of answer the question as typed names when its corrected reading names fewer.
 */

/**
 * A question that points back («ما أبرز المحاور التي تناولها ذلك الاجتماع؟») asks about the meeting and
 * the years its context names, when it names none of its own.
 */
export function inheritNamed(analysis: QuestionAnalysis, context: QuestionAnalysis): void {
  // (What the context names only describes the event it asks for: "which meeting prepared the first IMRF?".)
  if (analysis.entities.mentions.length === 0 && !asksWhichEvent(context.text)) {
    const { mentions, ordinals, extraordinary } = context.entities;
    analysis.entities = { ...analysis.entities, mentions, ordinals, extraordinary: analysis.entities.extraordinary || extraordinary };
  }
  const { from, to } = analysis.time;
  // (Not the span of the asker's report when the one meeting it names is asked: «نعدّ تقريراً عن… خلال الفترة
  // 2017–2019… جدول أعمال الاجتماع الخامس… بنود جدول أعمال ذلك الاجتماع» asks that meeting's agenda, not a timeline.)
  const oneEventOfASpan = context.entities.ordinals.length === 1 && context.time.from !== context.time.to;
  if (from === undefined && to === undefined && !oneEventOfASpan) analysis.time = { ...analysis.time, ...(context.time.from !== undefined ? { from: context.time.from } : {}), ...(context.time.to !== undefined ? { to: context.time.to } : {}) };
}

/** The kinds of answer the question as asked names, when the corrected one names none or fewer. */
export function typedAsAsked(analysis: QuestionAnalysis, asked: QuestionAnalysis): void {
  if (!asked.typed || (analysis.typed && asked.types.length <= analysis.types.length)) return;
  analysis.types = [...asked.types];
  analysis.typed = true;
}

/**
 * What of its context a question's quotes are chosen with: all of it when the question points back («ذلك الموقف»)
 * or asks only for a kind of answer; when it asks for the list of what it says "it" of ("what was on its agenda?"
 * after "when was the 11th meeting?"), the meeting and year that names alone. (Its words chose the quote that answered
 * the question before again; with none, no word of the 11th meeting's topics was asked, and the 2030 Agenda led.)
 */
export function contextOfQuotes(question: string, context: string | undefined, analysis: QuestionAnalysis, factOfContext: boolean): string[] {
  if (!context) return [];
  if (pointsBack(question) || factOfContext || namesOnlyTheKind(question) || topicIsIt(question)) return [context];
  // (Only a list: "who opened it?" of the extraordinary meeting the 3rd recommended found the 3rd's opener.)
  const event = analysis.types[0] === 'list' && namesNothing(question) ? eventOf(context) : undefined;
  return event ? [event] : [];
}
