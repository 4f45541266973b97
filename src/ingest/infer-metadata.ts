import { createHash } from 'node:crypto';
import { basename, extname } from 'node:path';
import type { Lang } from '../channel/types.js';
import { countArabicLetters, countLatinLetters } from './arabic-repair/chars.js';
import type { MetaHints } from './extract/types.js';
import { dateInFileName, dateInText } from './infer-date.js';
import type { InferredMeta } from './metadata.js';

const MAX_TITLE = 160;

/** A stable kebab-case id from the file name; names without Latin letters get one from the path's hash. */
export function idFromPath(relPath: string): string {
  const stem = basename(relPath, extname(relPath));
  const slug = stem
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (/[a-z]/.test(slug) && slug.length >= 3) return slug.slice(0, 80).replace(/-+$/, '');
  return `doc-${createHash('sha256').update(relPath).digest('hex').slice(0, 10)}`;
}

/** The first heading, else the first line that reads like a title. */
export function titleFromText(text: string): string | undefined {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const heading = lines.find((l) => /^#{1,3}\s/.test(l));
  const pick = heading ?? lines.find((l) => /[\p{L}]{2,}/u.test(l) && !/^https?:|^www\./.test(l));
  if (!pick) return undefined;
  const clean = pick.replace(/^#+\s*/, '').replace(/[*_`]/g, '').trim();
  return clean.length > MAX_TITLE ? `${clean.slice(0, MAX_TITLE).replace(/\s+\S*$/, '')}…` : clean;
}

/** Arabic, English or both, by share of letters. */
export function languagesOf(text: string): Lang[] {
  const ar = countArabicLetters(text);
  const en = countLatinLetters(text);
  if (ar === 0 && en === 0) return ['en'];
  const langs: Lang[] = [];
  if (ar >= 0.15 * (ar + en)) langs.push('ar');
  if (en >= 0.15 * (ar + en)) langs.push('en');
  return langs;
}

export interface InferenceInput {
  relPath: string;
  text: string;
  hints: MetaHints;
  mtime: Date;
}

/** Values for whatever metadata a document leaves out, each from the best evidence available. */
export function inferMetadata(input: InferenceInput): InferredMeta {
  const date =
    dateInText(input.text) ?? dateInFileName(basename(input.relPath)) ?? normalizeHintDate(input.hints.date) ?? String(input.mtime.getFullYear());
  return {
    id: idFromPath(input.relPath),
    title: input.hints.title ?? titleFromText(input.text) ?? basename(input.relPath, extname(input.relPath)),
    date,
    language: languagesOf(input.text),
  };
}

function normalizeHintDate(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const m = /((?:19|20)\d{2})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(raw);
  return m ? [m[1], m[2], m[3]].filter(Boolean).join('-') : undefined;
}
