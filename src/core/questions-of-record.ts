import { classifyIntent } from '../intents/classify.js';
import { letterQuestions, type LetterQuestion } from '../question/letter.js';

/**
 * The parts of a request that are questions of record, as the classifier reads each alone, with the labels
 * their writer gave them ("B. Does the ARCP have a rotating chair?" is answered as B); undefined if none.
 */
export function questionsOfRecord(text: string): LetterQuestion[] | undefined {
  const parts = letterQuestions(text);
  if (parts.length < 2) return undefined;
  const asked = parts.filter((q) => {
    const read = classifyIntent(q.text, { hasAttachments: false });
    return read.intent === 'position-question' || read.factQuestion === true;
  });
  return asked.length > 0 ? asked : undefined;
}
