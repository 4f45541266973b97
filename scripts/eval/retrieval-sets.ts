import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Lang } from '../../src/channel/types.js';
import type { DocumentMeta, Passage } from '../../src/ingest/types.js';
import { loadCorpusPassages } from '../../src/ingest/load-corpus.js';

export interface EvalQuestion {
  id: string;
  q: string;
  lang: Lang;
  expect: string[];
  crossLingual: boolean;
  outOfScope: boolean;
}

export interface EvalSet {
  name: string;
  passages: Passage[];
  questions: EvalQuestion[];
}

export async function loadQuestions(file: string): Promise<EvalQuestion[]> {
  const lines = (await readFile(file, 'utf8')).split('\n').filter((l) => l.trim() !== '');
  return lines.map((l) => JSON.parse(l) as EvalQuestion);
}

export async function loadOurSet(corpusDir: string, questionsFile: string): Promise<EvalSet> {
  return { name: 'our corpus', passages: await loadCorpusPassages(corpusDir), questions: await loadQuestions(questionsFile) };
}

interface Squad {
  data: Array<{ paragraphs: Array<{ context: string; qas: Array<{ id: string; question: string }> }> }>;
}

function benchMeta(id: string): DocumentMeta {
  return { id, title: { ar: id }, type: 'reference', forum: [], date: '2019', language: ['ar'], sources: [], status: 'benchmark' };
}

/**
 * XQuAD: 240 Arabic paragraphs; the Arabic questions and their English originals, each expecting its own
 * paragraph. Read from the shared benchmarks folder next to the repository; undefined when absent.
 */
export async function loadXquad(dir: string): Promise<{ ar: EvalSet; en: EvalSet } | undefined> {
  const arFile = join(dir, 'xquad.ar.json');
  const enFile = join(dir, 'xquad.en.json');
  if (!existsSync(arFile) || !existsSync(enFile)) return undefined;
  const ar = JSON.parse(await readFile(arFile, 'utf8')) as Squad;
  const en = JSON.parse(await readFile(enFile, 'utf8')) as Squad;
  const english = new Map<string, string>();
  for (const a of en.data) for (const p of a.paragraphs) for (const q of p.qas) english.set(q.id, q.question);
  const passages: Passage[] = [];
  const qAr: EvalQuestion[] = [];
  const qEn: EvalQuestion[] = [];
  for (const article of ar.data) {
    for (const para of article.paragraphs) {
      const docId = `xquad-${passages.length + 1}`;
      const meta = benchMeta(docId);
      passages.push({ id: `${docId}#1`, documentId: docId, n: 1, lang: 'ar', text: para.context.trim(), meta, contentHash: docId });
      for (const q of para.qas) {
        const base = { expect: [`${docId}#1`], outOfScope: false };
        qAr.push({ id: q.id, q: q.question, lang: 'ar', crossLingual: false, ...base });
        const e = english.get(q.id);
        if (e) qEn.push({ id: q.id, q: e, lang: 'en', crossLingual: true, ...base });
      }
    }
  }
  return {
    ar: { name: 'XQuAD Arabic questions → Arabic paragraphs', passages, questions: qAr },
    en: { name: 'XQuAD English questions → Arabic paragraphs', passages, questions: qEn },
  };
}
