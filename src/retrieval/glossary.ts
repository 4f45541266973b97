import { readFile } from 'node:fs/promises';
import { AppError } from '../errors.js';

/** One reviewed term of `corpus/glossary.tsv`: every way of writing it in each language. */
export interface GlossaryEntry {
  /** Preferred form first, then variants. */
  en: string[];
  ar: string[];
  abbr: string[];
  /** What the term names, when the glossary says: a person ("Amy Pope", «هيفاء أبو غزالة»). */
  kind?: 'person';
  /**
   * Every form of the persons its note names as its holders: an office's ("Badreddine Allali (2015-17), Haifa Abu
   * Ghazaleh (2019-25)" of the Assistant Secretary-General), by whom the record often says what the office did.
   */
  holders?: string[];
}

// Column names accepted for each field; variants are separated by | (or ; and ، ؛ in drafts).
const COLUMNS = {
  en: ['en', 'english'],
  ar: ['ar', 'arabic'],
  variantsEn: ['variants_en'],
  variantsAr: ['variants_ar'],
  abbr: ['abbr', 'abbreviation'],
  kind: ['kind'],
  note: ['note'],
};

function splitVariants(cell: string | undefined): string[] {
  return (cell ?? '')
    .split(/[|;؛]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function parseGlossary(tsv: string, source = 'glossary.tsv'): GlossaryEntry[] {
  const lines = tsv.split(/\r?\n/).filter((l) => l.trim() !== '' && !l.startsWith('#'));
  if (lines.length === 0) return [];
  const header = lines[0]!.split('\t').map((h) => h.trim().toLowerCase());
  const col = (names: string[]) => header.findIndex((h) => names.includes(h));
  const idx = Object.fromEntries(Object.entries(COLUMNS).map(([k, names]) => [k, col(names)])) as Record<
    keyof typeof COLUMNS,
    number
  >;
  if (idx.en < 0 || idx.ar < 0) {
    throw new AppError('CORPUS_INVALID', `${source}: header must name the en and ar columns`);
  }
  const entries: GlossaryEntry[] = [];
  for (const line of lines.slice(1)) {
    const cells = line.split('\t');
    const cell = (i: number) => (i >= 0 ? cells[i] : undefined);
    const entry: GlossaryEntry = {
      en: unique([...splitVariants(cell(idx.en)), ...splitVariants(cell(idx.variantsEn))]),
      ar: unique([...splitVariants(cell(idx.ar)), ...splitVariants(cell(idx.variantsAr))]),
      abbr: unique(splitVariants(cell(idx.abbr))),
      ...(cell(idx.kind)?.trim().toLowerCase() === 'person' ? { kind: 'person' as const } : {}),
    };
    if (entry.en.length + entry.abbr.length > 0 && entry.ar.length > 0) entries.push({ ...entry, ...notes(cell(idx.note)) });
  }
  return withHolders(entries);
}

/** The note is read for the persons it names (withHolders), then not kept. */
const notes = (note: string | undefined): { note?: string } => (note?.trim() ? { note: note.trim() } : {});

/** Each entry other than a person's with the forms of the persons its note names by their full name. */
function withHolders(entries: Array<GlossaryEntry & { note?: string }>): GlossaryEntry[] {
  const persons = entries.filter((e) => e.kind === 'person' && e.en[0]);
  return entries.map(({ note, ...entry }) => {
    const named = entry.kind === 'person' || !note ? [] : persons.filter((p) => note.includes(p.en[0]!));
    return named.length > 0 ? { ...entry, holders: unique(named.flatMap((p) => [...p.en, ...p.ar])) } : entry;
  });
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}

/** Reads the glossary; a missing file means no glossary (cross-lingual search then relies on the dictionary). */
export async function loadGlossary(path: string | undefined): Promise<GlossaryEntry[]> {
  if (!path) return [];
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new AppError('CORPUS_INVALID', `cannot read glossary ${path}`, { cause: err });
  }
  return parseGlossary(text, path);
}
