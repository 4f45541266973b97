import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { AppError } from '../../src/errors.js';
import type { DocumentMeta, Passage } from '../../src/ingest/types.js';
import { silentLogger } from '../../src/logger.js';
import { createSearchEngine } from '../../src/retrieval/index.js';
import { requireTool } from '../support/system-tools.js';

const GLOSSARY = [
  'en\tar\tvariants_en\tvariants_ar\tabbr\tnote',
  'Global Compact on Refugees\tالاتفاق العالمي بشأن اللاجئين\t\tالميثاق العالمي بشأن اللاجئين\tGCR\t',
  'host countries\tالدول المضيفة\thost states\tالبلدان المضيفة\t\t',
  'World Refugee Day\tاليوم العالمي للاجئين\t\t\tWRD\t',
].join('\n');

function passage(id: string, lang: Passage['lang'], text: string, over: Partial<DocumentMeta> = {}): Passage {
  const documentId = id.split('#')[0]!;
  const meta: DocumentMeta = {
    id: documentId, title: { ar: 'وثيقة', en: 'Document' }, type: 'reference', forum: [], date: '2018',
    language: ['ar', 'en'], sources: [], status: 'summary-of-public-reporting', ...over,
  };
  return { id, documentId, n: Number(id.split('#')[1]), lang, text, meta, contentHash: documentId };
}

const PASSAGES = [
  passage('gcr#1', 'ar', 'يدعو الاتفاق العالمي بشأن اللاجئين إلى تخفيف الضغوط على البلدان المضيفة وتعزيز اعتماد اللاجئين على أنفسهم.', { forum: ['GCR'] }),
  passage('gcr#2', 'en', 'The compact was affirmed by the General Assembly in December 2018.', { forum: ['GCR'] }),
  passage('wrd#1', 'ar', 'صدر بيان اليوم العالمي للاجئين يوم 19 يونيو 2019 وأكد حق العودة.', { forum: ['WRD'], date: '2019-06-19' }),
  passage('report#1', 'en', 'In 2020 the Arab region hosted about 9.3 million refugees, according to the situation report.', { date: '2022' }),
  passage('gfmd#1', 'en', 'The Global Forum on Migration and Development met in Berlin in June 2017.', { date: '2017' }),
];

let dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  dirs = [];
});

async function tempDir(): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), 'arcp-retrieval-'));
  dirs.push(d);
  return d;
}

async function engineIn(dataDir: string | null, embedder: 'hashed-ngrams' | 'none' | 'ollama' = 'hashed-ngrams') {
  const config = loadConfig({});
  const glossaryDir = await tempDir();
  await writeFile(join(glossaryDir, 'glossary.tsv'), GLOSSARY);
  return createSearchEngine({
    dataDir,
    retrieval: { ...config.retrieval, embedder, dictionary: 'off' },
    llm: config.llm,
    glossaryPath: join(glossaryDir, 'glossary.tsv'),
    logger: silentLogger(),
  });
}

describe('search engine', () => {
  it('answers an English question from an Arabic passage through the glossary', async () => {
    const engine = await engineIn(null);
    await engine.upsert(PASSAGES);
    const r = await engine.search({ text: 'What does the Global Compact on Refugees ask for host countries?', lang: 'en', filters: { lang: 'ar' } });
    expect(r.results[0]?.passage.id).toBe('gcr#1');
    expect(r.abstain).toBe(false);
  });

  it('abstains when the question’s topic is nowhere in the collection', async () => {
    const engine = await engineIn(null);
    await engine.upsert(PASSAGES);
    const r = await engine.search({ text: 'Who won the football world cup?', lang: 'en' });
    expect(r.abstain).toBe(true);
    expect(await engine.retrieve({ text: 'Who won the football world cup?', lang: 'en' })).toEqual([]);
  });

  it('does not let a verb the collection never uses veto the answer, unless a thing asked is missing too', async () => {
    const engine = await engineIn(null);
    await engine.upsert([
      ...PASSAGES,
      passage('gcr#3', 'ar', 'أكدت الجمعية العامة للأمم المتحدة الاتفاق العالمي بشأن اللاجئين في ديسمبر 2018.', { forum: ['GCR'] }),
    ]);
    const endorsed = await engine.search({ text: 'When was the Global Compact on Refugees endorsed by the General Assembly?', lang: 'en' });
    expect(endorsed.abstain).toBe(false);
    expect(endorsed.results[0]?.passage.id).toBe('gcr#2');
    // «صوّتت» is no word of the collection; nouns it lacks («العملات المشفرة») still says the record does not hold it.
    expect((await engine.search({ text: 'متى صوّتت الجمعية العامة على الاتفاق العالمي بشأن اللاجئين؟', lang: 'ar' })).abstain).toBe(!requireTool('hunspell-ar'));
    expect((await engine.search({ text: 'متى صوّتت الجمعية العامة على تنظيم العملات المشفرة؟', lang: 'ar' })).abstain).toBe(true);
    expect((await engine.search({ text: 'When was the cryptocurrency compact endorsed by the General Assembly?', lang: 'en' })).abstain).toBe(true);
  });

  it('ranks an Arabic verb asked with its object in another person by the word the collection writes («تصدره»: «يصدر»)', async () => {
    const engine = await engineIn(null);
    await engine.upsert([
      ...PASSAGES,
      passage('wrd#2', 'ar', 'يُتفق على مضمون بيان اليوم العالمي للاجئين في الاجتماع السنوي، ثم يصدر باسم ممثلي الدول الأعضاء.', { forum: ['WRD'] }),
      passage('wrd#3', 'ar', 'تابعت وسائل الإعلام صدور بيان اليوم العالمي للاجئين كل عام منذ 2017.', { forum: ['WRD'] }),
    ]);
    for (const text of ['بيان اليوم العالمي للاجئين: ما الجهة التي تصدره؟', 'بيان اليوم العالمي للاجئين، مين اللي بيصدره؟']) {
      expect((await engine.search({ text, lang: 'ar', filters: { lang: 'ar' } })).results[0]?.passage.id).toBe('wrd#2');
    }
  });

  it('reads a number after what it counts as the ordinal the collection writes ("GFMD 12": the 12th)', async () => {
    const engine = await engineIn(null);
    await engine.upsert([
      ...PASSAGES,
      passage('gfmd#2', 'en', 'The 14th summit of the Global Forum on Migration and Development was held in Geneva in January 2024.', { date: '2024' }),
      passage('gfmd#3', 'en', 'The 12th summit of the Global Forum on Migration and Development was held in Quito in January 2020.', { date: '2020' }),
    ]);
    const r = await engine.search({ text: 'Where was the GFMD 12 summit held?', lang: 'en' });
    expect(r.results[0]?.passage.id).toBe('gfmd#3');
    expect(r.results[0]!.confidence).toBeGreaterThan(r.results.find((x) => x.passage.id === 'gfmd#2')!.confidence!);
  });

  it('reads the year and forum of a question, and accepts passages that mention the year', async () => {
    const engine = await engineIn(null);
    await engine.upsert(PASSAGES);
    const wrd = await engine.search({ text: 'ماذا أكد بيان اليوم العالمي للاجئين في عام 2019؟', lang: 'ar' });
    expect(wrd.filters).toMatchObject({ yearFrom: 2019, yearTo: 2019, forums: ['WRD'] });
    expect(wrd.results[0]?.passage.id).toBe('wrd#1');
    // Dated 2022, but it speaks of 2020: a year in the question is not a strict document-date filter.
    const refugees = await engine.search({ text: 'How many refugees did the Arab region host in 2020?', lang: 'en' });
    expect(refugees.results[0]?.passage.id).toBe('report#1');
    // An explicit filter is strict.
    const strict = await engine.search({ text: 'How many refugees did the Arab region host?', lang: 'en', filters: { yearTo: 2020 } });
    expect(strict.results.map((x) => x.passage.id)).not.toContain('report#1');
  });

  it('saves to the data folder and loads the same index, updated incrementally', async () => {
    const dataDir = await tempDir();
    const first = await engineIn(dataDir);
    await first.upsert(PASSAGES);
    await first.save();
    const second = await engineIn(dataDir);
    expect(second.size()).toBe(PASSAGES.length);
    const q = { text: 'Global Forum Berlin', lang: 'en' as const };
    expect((await second.search(q)).results.map((x) => x.passage.id)).toEqual((await first.search(q)).results.map((x) => x.passage.id));
    await second.upsert([passage('gfmd#1', 'en', 'The Global Forum summit moved to Quito in January 2020.', { date: '2020' })]);
    await second.remove(['report']);
    await second.save();
    const third = await engineIn(dataDir);
    expect(third.size()).toBe(PASSAGES.length - 1);
    expect((await third.search({ text: 'summit Quito', lang: 'en' })).results[0]?.passage.text).toContain('Quito');
    expect((await third.search({ text: 'Berlin June 2017', lang: 'en' })).results.map((x) => x.passage.text).join(' ')).not.toContain('Berlin');
  });

  it('refuses to mix vectors from another embedder (INDEX_MISMATCH)', async () => {
    const dataDir = await tempDir();
    const first = await engineIn(dataDir);
    await first.upsert(PASSAGES);
    await first.save();
    const error = await engineIn(dataDir, 'ollama').catch((e: unknown) => e);
    expect(AppError.is(error, 'INDEX_MISMATCH')).toBe(true);
    expect((error as Error).message).toMatch(/hashed-ngrams/);
  });
});
