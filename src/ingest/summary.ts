import type { IngestFileResult, IngestReport } from './ingest.js';

const STATUS_ORDER = ['failed', 'added', 'updated', 'deleted', 'unchanged'] as const;

function repairCell(r: IngestFileResult): string {
  if (!r.repair) return '';
  return `${r.repair.tokensChanged}/${r.repair.tokensOut} changed, confidence ${r.repair.confidence.toFixed(2)}`;
}

function notesCell(r: IngestFileResult): string {
  const notes: string[] = [];
  if (r.status === 'failed' && r.code) notes.push(r.code);
  if (r.inferred?.length) notes.push(`inferred: ${r.inferred.join(', ')}`);
  if (r.warnings?.length) notes.push(...r.warnings);
  return notes.join('; ');
}

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => [...r[c]!].length)));
  return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell + ' '.repeat(widths[c]! - [...cell].length))).join('  ').trimEnd());
}

/**
 * The table `arcp ingest` ends with: one row per file that did something (unchanged files are counted,
 * not listed, unless asked), then the totals. Failures come first.
 */
export function formatSummary(report: IngestReport, options: { all?: boolean } = {}): string[] {
  const listed = report.files
    .filter((f) => options.all || f.status !== 'unchanged')
    .sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || a.file.localeCompare(b.file));
  const lines: string[] = [];
  if (listed.length > 0) {
    const rows = [['status', 'file', 'document', 'passages', 'Arabic repair', 'notes']];
    for (const f of listed) rows.push([f.status, f.file, f.documentId ?? '', String(f.passages), repairCell(f), notesCell(f)]);
    lines.push(...table(rows));
  }
  const count = (s: IngestFileResult['status']) => report.files.filter((f) => f.status === s).length;
  const totals = STATUS_ORDER.map((s) => `${count(s)} ${s}`).join(', ');
  lines.push(`${totals} (${(report.elapsedMs / 1000).toFixed(1)} s)${report.indexRebuilt ? '; search index brought in line with the store' : ''}`);
  if (report.failed > 0) lines.push(`${report.failed} file(s) failed: ${report.files.filter((f) => f.status === 'failed').map((f) => f.file).join(', ')}`);
  return lines;
}
