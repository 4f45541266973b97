/** One evaluated question: what came back, what was expected, and whether the engine abstained. */
export interface Judged {
  /** Passage ids, best first. */
  ranked: string[];
  /** Expected items: `docId#n` (that passage) or `docId` (any passage of the document). */
  expect: string[];
  outOfScope: boolean;
  abstain: boolean;
  latencyMs: number;
}

export interface Metrics {
  n: number;
  recall1: number;
  recall5: number;
  mrr: number;
  ndcg10: number;
  abstention: number;
  p50: number;
  p95: number;
}

function matches(passageId: string, expected: string): boolean {
  return expected.includes('#') ? passageId === expected : passageId.split('#')[0] === expected;
}

function firstHit(j: Judged): number {
  const i = j.ranked.findIndex((id) => j.expect.some((e) => matches(id, e)));
  return i < 0 ? Infinity : i + 1;
}

/** nDCG@10 with binary gains; each expected item counts once (the ideal ranks them all first). */
function ndcg10(j: Judged): number {
  const used = new Set<string>();
  let dcg = 0;
  j.ranked.slice(0, 10).forEach((id, i) => {
    const e = j.expect.find((x) => !used.has(x) && matches(id, x));
    if (e === undefined) return;
    used.add(e);
    dcg += 1 / Math.log2(i + 2);
  });
  let ideal = 0;
  for (let i = 0; i < Math.min(10, j.expect.length); i++) ideal += 1 / Math.log2(i + 2);
  return ideal > 0 ? dcg / ideal : 0;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * Ranking metrics over in-scope questions (recall@k = at least one expected passage in the top k, since
 * any one of them answers the question); abstention accuracy over all questions (abstain exactly on the
 * out-of-scope ones).
 */
export function summarise(judged: readonly Judged[]): Metrics {
  const inScope = judged.filter((j) => !j.outOfScope);
  const avg = (f: (j: Judged) => number) => (inScope.length ? inScope.reduce((s, j) => s + f(j), 0) / inScope.length : 0);
  const lat = judged.map((j) => j.latencyMs);
  return {
    n: judged.length,
    recall1: avg((j) => (firstHit(j) <= 1 ? 1 : 0)),
    recall5: avg((j) => (firstHit(j) <= 5 ? 1 : 0)),
    mrr: avg((j) => 1 / firstHit(j)),
    ndcg10: avg(ndcg10),
    abstention: judged.length ? judged.filter((j) => j.abstain === j.outOfScope).length / judged.length : 0,
    p50: percentile(lat, 50),
    p95: percentile(lat, 95),
  };
}

export function formatTable(title: string, rows: Array<{ name: string; m: Metrics }>): string[] {
  const f = (x: number) => x.toFixed(3);
  const lines = [
    `### ${title}`,
    '| configuration | n | R@1 | R@5 | MRR | nDCG@10 | abstention acc. | p50 ms | p95 ms |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const { name, m } of rows) {
    lines.push(
      `| ${name} | ${m.n} | ${f(m.recall1)} | ${f(m.recall5)} | ${f(m.mrr)} | ${f(m.ndcg10)} | ${f(m.abstention)} | ${m.p50.toFixed(2)} | ${m.p95.toFixed(2)} |`,
    );
  }
  return lines;
}
