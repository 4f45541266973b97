import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadGlossary } from '../../retrieval/glossary.js';
import { splitFrontMatter } from '../markdown.js';
import { loadHunspell, SYSTEM_ARABIC_DIC, type HunspellDictionary } from './hunspell.js';
import { Lexicon } from './lexicon.js';
import type { RepairResources } from './pipeline.js';
import { tokenize } from './tokens.js';
import { WordOrderModel } from './word-order-model.js';

export interface ResourceSources {
  /** Well-formed texts (Markdown bodies or plain text) to count words and learn word order from. */
  texts: string[];
  /** Glossary terms in Arabic: known words, and short phrases in reading order. */
  terms?: string[];
  wordList?: HunspellDictionary | null;
}

/** Lexicon and word-order model from well-formed text. */
export function buildRepairResources(sources: ResourceSources): RepairResources {
  const lexicon = new Lexicon(sources.wordList ?? null);
  const lines: string[] = [];
  for (const text of sources.texts) {
    lexicon.addText(text);
    lines.push(...trainingLines(text));
  }
  for (const term of sources.terms ?? []) {
    lexicon.addText(term);
    lines.push(term);
  }
  return { lexicon, model: WordOrderModel.train(lines.map(tokenize)) };
}

const SENTENCE_END = /(?<=[.!؟?؛:])\s+/u;

/** Lines of Markdown prose as a reader sees them: markup gone, paragraphs cut at sentence ends. */
export function trainingLines(markdown: string): string[] {
  const out: string[] = [];
  for (const raw of markdown.split(/\r?\n/)) {
    const line = raw
      .replace(/^#{1,6}\s+/, '')
      .replace(/^\s*[*+]\s+/, '- ')
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/[*_`]+/g, '')
      .replace(/^\s*>\s?/, '')
      .trim();
    if (!line || /^\|?[-:| ]+\|?$/.test(line)) continue;
    out.push(...line.split(SENTENCE_END).filter((s) => s.trim().length > 0));
  }
  return out;
}

export interface CorpusResourceOptions {
  corpusDir: string;
  /** The system's hunspell-ar dictionary; null turns the word list off. */
  wordListPath?: string | null;
}

/** Resources learned from the corpus folder's Markdown documents and glossary, plus hunspell-ar if present. */
export async function loadRepairResources(options: CorpusResourceOptions): Promise<RepairResources> {
  const texts: string[] = [];
  for (const file of await markdownFiles(options.corpusDir)) {
    const source = await readFile(file, 'utf8');
    try {
      texts.push(splitFrontMatter(source, file).body);
    } catch {
      texts.push(source);
    }
  }
  const glossary = await loadGlossary(join(options.corpusDir, 'glossary.tsv')).catch(() => []);
  const terms = glossary.flatMap((g) => g.ar);
  const path = options.wordListPath === undefined ? SYSTEM_ARABIC_DIC : options.wordListPath;
  return buildRepairResources({ texts, terms, wordList: path ? loadHunspell(path) : null });
}

async function markdownFiles(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true, recursive: true });
    return entries
      .filter((e) => e.isFile() && e.name.endsWith('.md') && !/^(README|COVERAGE|CHANGELOG)\.md$/i.test(e.name))
      .map((e) => join(e.parentPath, e.name))
      .sort();
  } catch {
    return [];
  }
}
