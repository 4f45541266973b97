import { z } from 'zod';
import { AppError } from '../errors.js';
import { detectLang } from '../text/lang.js';
import { DOC_TYPES, type DocumentMeta } from './types.js';

const dateString = z
  .union([z.string(), z.number(), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)))
  .refine((v) => /^\d{4}(-\d{2}(-\d{2})?)?$/.test(v), 'must be YYYY, YYYY-MM or YYYY-MM-DD');

const stringList = z.union([z.string(), z.array(z.string())]).transform((v) => (Array.isArray(v) ? v : [v]));

export const documentMetaSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be kebab-case (a-z, 0-9, -)'),
  title: z
    .object({ ar: z.string().min(1).optional(), en: z.string().min(1).optional() })
    .refine((t) => t.ar || t.en, 'needs an Arabic or an English title'),
  type: z.enum(DOC_TYPES),
  forum: stringList.default([]),
  meeting: z.string().optional(),
  date: dateString,
  date_note: z.string().optional(),
  place: z.string().optional(),
  language: z.union([z.enum(['ar', 'en']), z.array(z.enum(['ar', 'en']))]).transform((v) => (Array.isArray(v) ? v : [v])),
  sources: stringList.default([]),
  status: z.string().min(1),
});

/** Validates front matter; every problem is reported with the file and the field. */
export function parseDocumentMeta(raw: unknown, file: string): DocumentMeta {
  const parsed = documentMetaSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${file}: ${i.path.join('.') || '(front matter)'}: ${i.message}`);
    throw new AppError('METADATA_INVALID', problems.join('\n'), { details: { file, problems } });
  }
  const { date_note, ...rest } = parsed.data;
  return { ...rest, dateNote: date_note };
}

export interface MetadataInput {
  /** Path shown in messages (relative to the corpus folder when inside it). */
  file: string;
  /** Front matter of the file itself, if any. */
  embedded?: unknown;
  /** The sidecar's content; its fields win over the front matter's. */
  sidecar?: unknown;
  /** The sidecar's path as shown, for messages about its fields. */
  sidecarFile?: string;
  /** What the file gives away: PDF info, HTML head, a date or title in the text. */
  inferred: InferredMeta;
}

/** Values used for fields the metadata leaves out. */
export interface InferredMeta {
  id: string;
  title: string;
  date: string;
  language: ('ar' | 'en')[];
}

export interface ResolvedMetadata {
  meta: DocumentMeta;
  /** Fields that were inferred, in front-matter spelling. */
  inferred: string[];
}

function asRecord(raw: unknown, file: string): Record<string, unknown> {
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new AppError('METADATA_INVALID', `${file}: (front matter): must be a YAML mapping of fields`, { details: { file } });
  }
  return raw as Record<string, unknown>;
}

/**
 * Metadata from the sidecar and front matter, with id, title, date and language inferred when left out,
 * type `reference` and status `unreviewed` by default. Invalid fields fail with the file and the field.
 */
export function resolveMetadata(input: MetadataInput): ResolvedMetadata {
  const given = { ...asRecord(input.embedded, input.file), ...asRecord(input.sidecar, input.sidecarFile ?? input.file) };
  const inferred: string[] = [];
  const fill = (field: string, value: unknown) => {
    if (given[field] === undefined || given[field] === null || given[field] === '') {
      given[field] = value;
      inferred.push(field);
    }
  };
  const titleLang = detectLang(input.inferred.title);
  fill('id', input.inferred.id);
  fill('title', titleLang === 'ar' ? { ar: input.inferred.title } : { en: input.inferred.title });
  fill('type', 'reference');
  fill('date', input.inferred.date);
  fill('language', input.inferred.language);
  fill('status', 'unreviewed');
  const where = input.sidecarFile ?? input.file;
  return { meta: parseDocumentMeta(given, where), inferred };
}
