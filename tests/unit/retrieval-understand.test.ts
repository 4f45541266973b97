import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import type { DocumentMeta, Passage } from '../../src/ingest/types.js';
import { silentLogger } from '../../src/logger.js';
import { createSearchEngine, type EngineSettings } from '../../src/retrieval/index.js';
import { existsSync } from 'node:fs';
import { requireTool } from '../support/system-tools.js';

const GLOSSARY = [
  'en\tar\tvariants_en\tvariants_ar\tabbr\tnote',
  'Arab Regional Consultative Process\tعملية التشاور العربية الإقليمية\t\tعملية التشاور\tARCP\t',
  'Filippo Grandi\tفيليبو غراندي\tGrandi\tغراندي\t\t',
  'Ahmed Aboul Gheit\tأحمد أبو الغيط\tAboul Gheit\tأبو الغيط\t\t',
].join('\n');

function passage(id: string, lang: Passage['lang'], text: string): Passage {
  const documentId = id.split('#')[0]!;
  const meta: DocumentMeta = {
    id: documentId, title: { ar: 'وثيقة', en: 'Document' }, type: 'reference', forum: [], date: '2014',
    language: ['ar', 'en'], sources: [], status: 'official',
  };
  return { id, documentId, n: Number(id.split('#')[1]), lang, text, meta, contentHash: documentId };
}

const PASSAGES = [
  passage('founding#1', 'ar', 'صدر قرار إنشاء عملية التشاور العربية الإقليمية عن مجلس الجامعة في سبتمبر 2014 بالقرار رقم 7833.'),
  passage('founding#2', 'en', 'The ARCP objectives are dialogue among Arab States and common positions on migration.'),
  passage('meeting#1', 'ar', 'انعقد الاجتماع العاشر لعملية التشاور في القاهرة في مايو 2024.'),
  passage('meeting#2', 'ar', 'عُقد الاجتماع الحادي عشر لعملية التشاور في القاهرة في مايو 2025.'),
  passage('meeting#3', 'ar', 'ناقش الاجتماع الحادي عشر عودة اللاجئين.'),
  passage('meeting#4', 'en', 'The 10th meeting was held in Cairo.'),
  passage('unhcr#1', 'ar', 'أشاد المفوض السامي فيليبو غراندي بالتعاون مع جامعة الدول العربية في مجال حماية اللاجئين.'),
  passage('return#1', 'en', 'In 2019 the statement affirmed the right of return of refugees; in 2024 it repeated the call for voluntary return.'),
  // Words every document of the collection uses weigh little, as they do in the corpus.
  passage('other#1', 'ar', 'تعقد عملية التشاور العربية الإقليمية اجتماعاً عادياً كل عام.'),
  passage('other#2', 'ar', 'تضم عملية التشاور العربية الإقليمية الدول الأعضاء في جامعة الدول العربية.'),
  passage('other#3', 'en', 'The call for the return of refugees was repeated at the meeting.'),
  passage('other#4', 'en', 'Member States call for a safe and dignified return.'),
  passage('recs#1', 'en', 'The July 2017 recommendations covered resettlement and durable solutions.'),
  passage('meeting#5', 'en', 'IOM and ESCWA made interventions at the 8th meeting.'),
  passage('meeting#6', 'en', 'The 8th meeting was held by videoconference.'),
  passage('meeting#7', 'en', 'The 11th meeting discussed labour migration.'),
  passage('gfmd#1', 'en', 'The 12th GFMD summit was postponed to January 2020 and held in Quito, Ecuador.'),
  passage('gfmd#2', 'en', 'The final statement of the 5th meeting was adopted in Cairo.'),
];

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function engine(settings: Partial<EngineSettings> = {}, dictionary: 'auto' | 'off' = 'off') {
  const dir = await mkdtemp(join(tmpdir(), 'arcp-understand-'));
  dirs.push(dir);
  await writeFile(join(dir, 'glossary.tsv'), GLOSSARY);
  const config = loadConfig({});
  const e = await createSearchEngine({
    dataDir: null,
    retrieval: { ...config.retrieval, embedder: 'none', dictionary },
    llm: config.llm,
    glossaryPath: join(dir, 'glossary.tsv'),
    logger: silentLogger(),
    settings,
  });
  await e.upsert(PASSAGES);
  return e;
}

const BEFORE = { understand: false, rootWeight: 0 };

describe('search reads the question before it refuses', () => {
  it('finds «صدر قرار إنشاء…» for «متى أنشئت…ومن أنشأها؟»: one root, not one Light10 stem', async () => {
    const q = { text: 'متى أنشئت عملية التشاور العربية الإقليمية ومن أنشأها؟', lang: 'ar' as const };
    const now = await (await engine()).search(q);
    expect(now.abstain).toBe(false);
    const founding = now.results.find((r) => r.passage.id === 'founding#1');
    expect(founding?.confidence).toBe(1);
    expect((await (await engine(BEFORE)).search(q)).abstain).toBe(true);
  });

  it('reads a meeting\'s number, in Arabic-Indic or Latin digits, as the ordinal the collection writes', async () => {
    const e = await engine();
    const ar = await e.search({ text: 'وين انعقد الاجتماع ١٠؟', lang: 'ar' });
    expect(ar.understood?.corrections).toContainEqual({ from: '١٠', to: 'العاشر', kind: 'spelling' });
    expect(ar.results[0]!.passage.id).toBe('meeting#1');
    const en = await e.search({ text: 'where was meeting 10 held', lang: 'en' });
    expect(en.understood?.text).toBe('where was meeting 10th held');
    expect(en.results[0]!.passage.id).toBe('meeting#4');
    // The article written apart before the digits («الاجتماع الـ10», «ال١٠») is rewritten with them.
    for (const text of ['وين انعقد الاجتماع الـ10؟', 'وين انعقد الاجتماع ال١٠؟']) {
      const glued = await e.search({ text, lang: 'ar' });
      expect(glued.understood?.text).toBe('أين انعقد الاجتماع العاشر؟');
      expect(glued.results[0]!.passage.id).toBe('meeting#1');
    }
  });

  it('reads a forum numbered after its acronym as the ordinal before it: "GRF 2" is "2nd GRF", "IMRF-1" "1st IMRF"', async () => {
    const e = await engine();
    expect((await e.search({ text: 'When was GRF 2?', lang: 'en' })).understood?.text).toBe('When was 2nd GRF?');
    expect((await e.search({ text: 'where was the IMRF-1 held?', lang: 'en' })).understood?.corrections).toEqual([{ from: 'IMRF-1', to: '1st IMRF', kind: 'spelling' }]);
    // A year after an acronym is no ordinal.
    expect((await e.search({ text: 'What did the GCM 2018 say?', lang: 'en' })).understood?.corrections).toEqual([]);
  });

  it('reads a Gulf «وين» as «أين» and says so', async () => {
    const r = await (await engine()).search({ text: 'وين انعقد الاجتماع العاشر؟', lang: 'ar' });
    expect(r.understood).toEqual({ text: 'أين انعقد الاجتماع العاشر؟', corrections: [{ from: 'وين', to: 'أين', kind: 'dialect' }] });
    expect(r.abstain).toBe(false);
    expect(r.results[0]!.passage.id).toBe('meeting#1');
  });

  it('is surer of «عُقد الاجتماع» than of «ناقش الاجتماع» for «أين انعقد الاجتماع»: a known word\'s root family counts in part', async () => {
    const r = await (await engine()).search({ text: 'أين انعقد الاجتماع الحادي عشر؟', lang: 'ar' });
    expect(r.abstain).toBe(false);
    const confidence = (id: string) => r.results.find((x) => x.passage.id === id)?.confidence ?? 0;
    // The same words but for the verb's family: less sure.
    expect(confidence('meeting#2')).toBeGreaterThan(confidence('meeting#3'));
  });

  it('reads a Levantine or Egyptian present tense the collection writes only in the past: «بتناقش» → «ناقش»', async () => {
    const r = await (await engine()).search({ text: 'الاجتماع الحادي عشر بيناقش عودة اللاجئين؟', lang: 'ar' });
    expect(r.understood?.corrections).toContainEqual({ from: 'بيناقش', to: 'ناقش', kind: 'dialect' });
    expect(r.abstain).toBe(false);
    expect(r.results[0]!.passage.id).toBe('meeting#3');
  });

  it('reads a question word typed onto the word after it («وينانعقد») apart, when the rest is a word it knows', async () => {
    const r = await (await engine()).search({ text: 'وينانعقد الاجتماع العاشر؟', lang: 'ar' });
    expect(r.understood?.text).toBe('أين انعقد الاجتماع العاشر؟');
    expect(r.abstain).toBe(false);
    expect(r.results[0]!.passage.id).toBe('meeting#1');
  });

  it('reads dialect fillers (ديال، بتاعة) and an article written on a Latin name (الـARCP) as no topic', async () => {
    const r = await (await engine()).search({ text: 'فين انعقد الاجتماع العاشر ديال الـARCP بتاعة الجامعة؟', lang: 'ar' });
    expect(r.abstain).toBe(false);
    expect(r.results[0]!.passage.id).toBe('meeting#1');
  });

  it('corrects a misspelt English word to the collection\'s word, keeping the asker\'s capital', async () => {
    const e = await engine();
    const r = await e.search({ text: 'What are the ARCP Objectivs?', lang: 'en' });
    expect(r.understood?.corrections).toEqual([{ from: 'Objectivs', to: 'Objectives', kind: 'spelling' }]);
    expect(r.abstain).toBe(false);
    expect(r.results[0]!.passage.id).toBe('founding#2');
    expect((await (await engine(BEFORE)).search({ text: 'What are the ARCP Objectivs?', lang: 'en' })).abstain).toBe(true);
  });

  it('takes two letters swapped for a word the collection writes only in another form ("reocmmended": recommendations)', async () => {
    const r = await (await engine()).search({ text: 'what was reocmmended on resettlement in July 2017', lang: 'en' });
    expect(r.understood?.corrections).toEqual([{ from: 'reocmmended', to: 'recommended', kind: 'spelling' }]);
    expect(r.results[0]!.passage.id).toBe('recs#1');
  });

  // A slip of a word that frames the question is that word, which no record needs to hold; read as a subject the
  // collection lacks, it vetoed the answer.
  it('corrects a slip of a framing word ("evovled", "Copare") to it, not to words of the collection ("Cop are")', async () => {
    const e = await engine();
    const evolved = await e.search({ text: 'How has the position on voluntary return evovled?', lang: 'en' });
    expect(evolved.understood?.corrections).toEqual([{ from: 'evovled', to: 'evolved', kind: 'spelling' }]);
    expect(evolved.abstain).toBe(false);
    const compared = await e.search({ text: 'Copare the 10th and 11th meetings', lang: 'en' });
    expect(compared.understood?.text).toBe('Compare the 10th and 11th meetings');
  });

  // "finaly" is "final" with a y, and "finally" typed with one l: the commonest slip. Read as "final", a word of the
  // collection, it found the final statement's record and not where the summit was held.
  it('takes a doubled letter typed once for that slip, before a word one letter shorter ("finaly" → "finally", not "final")', async () => {
    const r = await (await engine()).search({ text: 'Where was the 12th GFMD sumit finaly held?', lang: 'en' });
    expect(r.understood?.corrections).toEqual([
      { from: 'sumit', to: 'summit', kind: 'spelling' },
      { from: 'finaly', to: 'finally', kind: 'spelling' },
    ]);
    expect(r.abstain).toBe(false);
    expect(r.results[0]!.passage.id).toBe('gfmd#1');
  });

  // Light10 strips ل only with the article: «لعملية التشاور» read as two unknown words, and the formal ask was refused.
  it('finds a glossary term behind a lone preposition («لعملية التشاور», «بعملية التشاور»)', async () => {
    const e = await engine();
    for (const text of ['الأهداف المعلنة لعملية التشاور', 'ما علاقة المفوضية بعملية التشاور؟']) {
      expect(e.questionConcepts(text).find((c) => c.origin === 'glossary')?.targets).toContain('ARCP');
    }
  });

  it('spells out an abbreviation of a quick English question', async () => {
    const r = await (await engine()).search({ text: 'where was the 10th mtg held', lang: 'en' });
    expect(r.understood?.corrections).toEqual([{ from: 'mtg', to: 'meeting', kind: 'abbreviation' }]);
  });

  it('takes a name spelt another way for the glossary\'s spelling (جراندي → غراندي)', async () => {
    const r = await (await engine()).search({ text: 'ماذا قال جراندي عن التعاون مع الجامعة؟', lang: 'ar' });
    expect(r.understood?.text).toBe('ماذا قال غراندي عن التعاون مع الجامعة؟');
    expect(r.results[0]!.passage.id).toBe('unhcr#1');
  });

  it('does not let a framing word ("evolved", «موقف») veto the answer', async () => {
    const e = await engine();
    const q = { text: 'What was the evolution of the position on voluntary return?', lang: 'en' as const };
    expect((await e.search(q)).abstain).toBe(false);
    expect((await (await engine(BEFORE)).search(q)).abstain).toBe(true);
  });

  it('finds an English verb the collection only writes as a noun ("intervened": interventions)', async () => {
    const r = await (await engine()).search({ text: 'who intervened for IOM at the 8th meeting', lang: 'en' });
    expect(r.abstain).toBe(false);
    expect(r.results[0]!.passage.id).toBe('meeting#5');
    expect(r.results[0]!.confidence).toBe(1);
    // A verb of no derivation the collection writes keeps its weight.
    const other = await (await engine()).search({ text: 'who objected for IOM at the 8th meeting', lang: 'en' });
    expect(other.results[0]!.confidence).toBeLessThan(0.8);
  });

  it('reads a count written with a digit as the collection writes it ("the 6 objectives" → "six"), not a number to find in "5.6 million"', async () => {
    const r = await (await engine()).search({ text: 'what are the 6 objectives of the ARCP', lang: 'en' });
    expect(r.understood?.text).toBe('what are the six objectives of the ARCP');
    const members = await (await engine()).search({ text: 'are there 22 member states', lang: 'en' });
    expect(members.understood?.corrections).toEqual([]);
  });

  it('reads the Egyptian passive «اتناقش» as the verb the collection writes («ناقش»)', async () => {
    const r = await (await engine()).search({ text: 'الاجتماع الحادي عشر اتناقش فيه عودة اللاجئين؟', lang: 'ar' });
    expect(r.understood?.corrections).toContainEqual({ from: 'اتناقش', to: 'ناقش', kind: 'dialect' });
    expect(r.results[0]!.passage.id).toBe('meeting#3');
  });

  it('keeps a word it cannot place, so that an out-of-scope question still abstains', async () => {
    const r = await (await engine()).search({ text: 'What is the ARCP position on cryptocurrency remittances?', lang: 'en' });
    expect(r.understood?.corrections).toEqual([]);
    expect(r.abstain).toBe(true);
  });

  it('leaves a question it reads as it is unchanged for callers', async () => {
    const r = await (await engine()).search({ text: 'انعقد الاجتماع العاشر في القاهرة', lang: 'ar' });
    expect(r.understood).toEqual({ text: 'انعقد الاجتماع العاشر في القاهرة', corrections: [] });
  });
});

const hasDictionary = requireTool('freedict') !== undefined && existsSync(join(loadConfig({}).retrieval.freedictPath, 'freedict-eng-ara.index'));

describe.skipIf(!hasDictionary)('understanding a question, with the system dictionary', () => {
  it('corrects a misspelt base form to the word the collection only writes inflected ("recomend" → "recommend")', async () => {
    const r = await (await engine({}, 'auto')).search({ text: 'what did they recomend on resettlement', lang: 'en' });
    expect(r.understood?.corrections).toEqual([{ from: 'recomend', to: 'recommend', kind: 'spelling' }]);
    expect(r.results[0]!.passage.id).toBe('recs#1');
  });

  it('corrects a letter left single when the dictionary knows the misspelling\'s stem ("meting" is Porter\'s "mete")', async () => {
    const r = await (await engine({}, 'auto')).search({ text: 'where was the 10th meting held', lang: 'en' });
    expect(r.understood?.corrections).toEqual([{ from: 'meting', to: 'meeting', kind: 'spelling' }]);
  });

  it('corrects a last letter left single though the slip is a word of its own ("discus" for "discuss")', async () => {
    const r = await (await engine({}, 'auto')).search({ text: 'what did the 11th meeting discus', lang: 'en' });
    expect(r.understood?.corrections).toEqual([{ from: 'discus', to: 'discuss', kind: 'spelling' }]);
    expect(r.abstain).toBe(false);
    expect(r.results[0]!.passage.id).toBe('meeting#7');
  });

  it('reads a word the collection writes only in the indefinite accusative («عادي» → «عادياً»), whose alef Light10 keeps, though the dictionary knows the word', async () => {
    const r = await (await engine({}, 'auto')).search({ text: 'هل لعملية التشاور اجتماع عادي كل عام؟', lang: 'ar' });
    expect(r.understood?.corrections).toContainEqual({ from: 'عادي', to: 'عاديا', kind: 'spelling' });
    expect(r.abstain).toBe(false);
    expect(r.results[0]!.passage.id).toBe('other#1');
  });
});
