import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors.js';
import { dateInFileName, dateInText } from '../../src/ingest/infer-date.js';
import { idFromPath, inferMetadata, languagesOf, titleFromText } from '../../src/ingest/infer-metadata.js';
import { resolveMetadata } from '../../src/ingest/metadata.js';
import { sidecarCandidates } from '../../src/ingest/sidecar.js';

const inferred = { id: 'deck', title: 'عرض عملية التشاور', date: '2019', language: ['ar' as const] };

function errorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err;
  }
  throw new Error('expected an AppError');
}

describe('metadata inference', () => {
  it('finds the date a document gives itself', () => {
    expect(dateInText('صدر البيان بتاريخ 2019-05-20 في القاهرة')).toBe('2019-05-20');
    expect(dateInText('القاهرة في 20 مايو 2019')).toBe('2019-05-20');
    expect(dateInText('بيروت، ٢٦ أيلول ٢٠١٧')).toBe('2017-09-26');
    expect(dateInText('Geneva, June 20, 2018')).toBe('2018-06-20');
    expect(dateInText('no date here')).toBeUndefined();
    expect(dateInFileName('statement-2019-06-20.pdf')).toBe('2019-06-20');
    expect(dateInFileName('wrd-2017.pdf')).toBe('2017');
  });

  it('makes ids, titles and languages from what is there', () => {
    expect(idFromPath('seed/ARCP Presentation (final).pdf')).toBe('arcp-presentation-final');
    expect(idFromPath('وثيقة.pdf')).toMatch(/^doc-[0-9a-f]{10}$/);
    expect(titleFromText('\n# بيان ختامي\nنص')).toBe('بيان ختامي');
    expect(languagesOf('نص عربي فقط')).toEqual(['ar']);
    expect(languagesOf('نص عربي طويل نسبيا with English words too')).toEqual(['ar', 'en']);
    const m = inferMetadata({ relPath: 'x/final-statement-2016.pdf', text: 'البيان الختامي', hints: { title: 'Final statement' }, mtime: new Date('2024-01-01') });
    expect(m).toEqual({ id: 'final-statement-2016', title: 'Final statement', date: '2016', language: ['ar'] });
  });

  it('looks for <file>.meta.yaml, then <name>.meta.yaml', () => {
    expect(sidecarCandidates('/c/seed/arcp-presentation.pdf').map((p) => p.split('/').pop())).toEqual([
      'arcp-presentation.pdf.meta.yaml', 'arcp-presentation.pdf.meta.yml', 'arcp-presentation.meta.yaml', 'arcp-presentation.meta.yml',
    ]);
  });
});

describe('resolving metadata', () => {
  it('fills what the sidecar leaves out and says which fields were inferred', () => {
    const r = resolveMetadata({ file: 'seed/deck.txt', sidecar: { type: 'presentation', forum: ['ARCP'], status: 'secretariat-presentation' }, inferred });
    expect(r.meta).toMatchObject({ id: 'deck', title: { ar: 'عرض عملية التشاور' }, type: 'presentation', date: '2019', status: 'secretariat-presentation' });
    expect(r.inferred).toEqual(['id', 'title', 'date', 'language']);
  });

  it('lets the sidecar override front matter', () => {
    const r = resolveMetadata({ file: 'a.md', embedded: { date: 2018, type: 'reference' }, sidecar: { date: '2019-06-20' }, inferred });
    expect(r.meta.date).toBe('2019-06-20');
  });

  it('reports invalid fields with the file and the field', () => {
    const e = errorOf(() => resolveMetadata({ file: 'a.pdf', sidecar: { date: 'last year', type: 'memo' }, sidecarFile: 'a.pdf.meta.yaml', inferred }));
    expect(e.code).toBe('METADATA_INVALID');
    expect(e.message).toContain('a.pdf.meta.yaml: date: must be YYYY, YYYY-MM or YYYY-MM-DD');
    expect(e.message).toContain('a.pdf.meta.yaml: type:');
    expect(errorOf(() => resolveMetadata({ file: 'b.md', embedded: ['not', 'a', 'mapping'], inferred })).message).toContain('b.md');
  });
});
