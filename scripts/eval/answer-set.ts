import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** One question of the answer set (tests/eval/answers/README.md). */
export interface AnswerItem {
  id: string;
  split: 'dev' | 'heldout';
  lang: 'ar' | 'en';
  q: string;
  type: string;
  expect: 'answer' | 'partial' | 'no-position' | 'out-of-scope';
  facts: string[][];
  docs?: string[];
  style?: string[];
}

/** A formal letter holding one or more questions. */
export interface LetterItem {
  id: string;
  split: 'dev' | 'heldout';
  lang: 'ar' | 'en';
  subject: string;
  body: string;
  questions: Array<Omit<AnswerItem, 'id' | 'split' | 'lang' | 'q'> & { n: string }>;
}

export const ANSWER_SET_DIR = join(import.meta.dirname, '..', '..', 'tests', 'eval', 'answers');

async function readJsonl<T>(file: string): Promise<T[]> {
  if (!existsSync(file)) return [];
  const text = await readFile(file, 'utf8');
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, i) => {
      try {
        return JSON.parse(l) as T;
      } catch (err) {
        throw new Error(`${file}:${i + 1}: ${(err as Error).message}`);
      }
    });
}

export async function loadQuestions(dir = ANSWER_SET_DIR): Promise<AnswerItem[]> {
  return [...(await readJsonl<AnswerItem>(join(dir, 'dev.jsonl'))), ...(await readJsonl<AnswerItem>(join(dir, 'heldout.jsonl')))];
}

export async function loadLetters(dir = ANSWER_SET_DIR): Promise<LetterItem[]> {
  return [...(await readJsonl<LetterItem>(join(dir, 'letters-dev.jsonl'))), ...(await readJsonl<LetterItem>(join(dir, 'letters-heldout.jsonl')))];
}
