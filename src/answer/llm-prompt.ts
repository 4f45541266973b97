import type { BaseMessage } from '@langchain/core/messages';
import { HumanMessage, SystemMessage } from '@langchain/core/messages';
import type { Lang } from '../channel/types.js';
import { titleIn } from '../ingest/types.js';
import { withoutPlanted } from './injection.js';
import { renderPrompt } from './prompt-files.js';
import type { RankedPassage } from './select-passages.js';

/** A passage as the model sees it: a short id it must cite, never the internal passage id. */
export interface LabelledPassage {
  label: string;
  passage: RankedPassage['passage'];
  rank: number;
}

export function labelPassages(passages: readonly RankedPassage[]): LabelledPassage[] {
  return passages.map((p, i) => ({ label: `P${i + 1}`, passage: p.passage, rank: p.rank }));
}

const LANGUAGE_NAME: Record<Lang, Record<Lang, string>> = {
  en: { en: 'English', ar: 'Arabic' },
  ar: { en: 'الإنجليزية', ar: 'العربية' },
};

/**
 * The system prompt in the asker's language, and the question and passages as one JSON object between
 * fixed markers: JSON escaping (plus < and > escaped) means no passage or question can close the data
 * block or pass for a rule.
 */
export function buildMessages(input: { question: string; context?: string; lang: Lang; passages: readonly LabelledPassage[] }): BaseMessage[] {
  const data = {
    question: input.question,
    // What "that position" or «هذا البيان» in the question points back to, from the letter around it.
    ...(input.context ? { question_refers_to: input.context } : {}),
    answer_language: input.lang,
    passages: input.passages.map(({ label, passage }) => ({
      id: label,
      document: titleIn(passage.meta, passage.lang),
      date: passage.meta.date,
      meeting: passage.meta.meeting,
      language: passage.lang,
      text: withoutPlanted(passage.text),
    })),
  };
  const json = JSON.stringify(data, null, 1).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
  return [
    new SystemMessage(renderPrompt(`llm/system.${input.lang}.md`, { language: LANGUAGE_NAME[input.lang][input.lang] })),
    new HumanMessage(renderPrompt(`llm/user.${input.lang}.md`, { data: json })),
  ];
}
