import { classifyIntent } from '../intents/classify.js';
import { letterQuestions } from '../question/letter.js';

/** The parts of a request that are questions of record, as the classifier reads each alone; undefined if none. */
export function questionsOfRecord(text: string): string | undefined {
  const parts = letterQuestions(text);
  if (parts.length < 2) return undefined;
  const asked = parts.filter((q) => {
    const read = classifyIntent(q.text, { hasAttachments: false });
    return read.intent === 'position-question' || read.factQuestion === true;
  });
  return asked.length > 0 ? asked.map((q) => q.text).join('\n') : undefined;
}
