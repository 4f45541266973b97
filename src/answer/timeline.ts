import { askedTypes } from '../question/question-types.js';

/** "How has the position on X evolved?" / «كيف تطور موقف…»: answered as a dated timeline, oldest first. */
export function isTimelineQuestion(question: string): boolean {
  return askedTypes(question)?.[0] === 'evolution';
}

/** Orders dated items oldest first; undated items go last, in their given order. */
export function byDateAscending<T>(items: readonly T[], dateOf: (item: T) => string | undefined): T[] {
  return items
    .map((item, i) => ({ item, i, date: dateOf(item) }))
    .sort((a, b) => {
      if (a.date && b.date && a.date !== b.date) return a.date < b.date ? -1 : 1;
      if (a.date && !b.date) return -1;
      if (!a.date && b.date) return 1;
      return a.i - b.i;
    })
    .map((x) => x.item);
}
