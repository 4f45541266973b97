/**
 * Trains the unit ranker (src/answer/unit-ranker.ts): which sentence or list of the documents read holds a
 * fact the question asks for. Labels come from the development part of the answer set only
 * (tests/eval/answers/dev.jsonl: a unit is positive when it holds a required fact); the held-out part is
 * never read. Prints five-fold cross-validated figures, then writes the model fitted on all of it.
 *
 *   npx tsx scripts/train-unit-ranker.ts [--dry-run]
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RankedSupport } from '../src/answer/answer-plan.js';
import { ExtractiveComposer } from '../src/answer/extractive-composer.js';
import { UNIT_FEATURES } from '../src/answer/unit-features.js';
import type { UnitRankerModel } from '../src/answer/unit-ranker.js';
import type { ScoredUnit } from '../src/answer/unit-scoring.js';
import { unitText } from '../src/answer/units.js';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { understandQuestion } from '../src/question/understand.js';
import { silentLogger } from '../src/logger.js';
import { ANSWER_SET_DIR, loadQuestions, type AnswerItem } from './eval/answer-set.js';
import { factForm } from './eval/answer-score.js';
import { seededRandom } from './seeded-random.js';

interface Example {
  x: number[];
  y: number;
  /** Indices of the question's facts the unit holds. */
  facts: number[];
  overlapKey: string;
}
interface Group {
  id: string;
  factCount: number;
  multi: boolean;
  examples: Example[];
}

const repoRoot = join(import.meta.dirname, '..');
const log = (line: string) => process.stdout.write(`${line}\n`);

async function collect(items: AnswerItem[]): Promise<Group[]> {
  const config = loadConfig({ ARCP_CORPUS_DIR: join(repoRoot, 'corpus'), LOG_LEVEL: 'silent' });
  const app = await createApp(config, silentLogger(), { inMemory: true });
  await app.ingestCorpus();
  const groups: Group[] = [];
  for (const item of items) {
    const { results, understood } = await app.engine.search({ text: item.q, lang: item.lang }, { limit: 8 });
    let scored: readonly ScoredUnit[] = [];
    const composer = new ExtractiveComposer({
      ranker: null,
      concepts: (q) => app.engine.questionConcepts(q),
      explain: (s) => {
        scored = s;
      },
    });
    await composer.compose({ question: item.q, understood: understood?.text, lang: item.lang, passages: results, documentPassages: (d) => app.engine.passagesOf(d) });
    const forms = item.facts.map((f) => f.map((a) => factForm(a).trim()).filter(Boolean));
    const examples = scored
      .filter((s) => !s.unit.note && s.features)
      .map((s) => {
        const text = factForm(unitText(s.unit));
        const facts = forms.flatMap((alts, i) => (alts.some((a) => text.includes(a)) ? [i] : []));
        return { x: s.features!, y: facts.length > 0 ? 1 : 0, facts, overlapKey: `${s.unit.parts[0]!.passage.id}@${s.unit.parts[0]!.start}` };
      });
    const multi = understandQuestion(understood?.text ?? item.q, { lang: item.lang }).types.length > 1;
    groups.push({ id: item.id, factCount: item.facts.length, multi, examples });
  }
  await app.close();
  return groups;
}

/** Logistic regression by gradient descent on standardised features, positives weighted to balance classes. */
function fit(examples: Example[], l2 = 1e-3, epochs = 400, rate = 0.5): { weights: number[]; bias: number } {
  const d = UNIT_FEATURES.length;
  const mean = new Array(d).fill(0);
  const sd = new Array(d).fill(0);
  for (const e of examples) e.x.forEach((v, i) => (mean[i] += v / examples.length));
  for (const e of examples) e.x.forEach((v, i) => (sd[i] += (v - mean[i]) ** 2 / examples.length));
  const std = sd.map((v) => Math.sqrt(v) || 1);
  const pos = examples.filter((e) => e.y === 1).length;
  const wPos = (examples.length - pos) / Math.max(1, pos);
  const w = new Array(d).fill(0);
  let b = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const gw = new Array(d).fill(0);
    let gb = 0;
    let total = 0;
    for (const e of examples) {
      const z = e.x.reduce((s, v, i) => s + w[i] * ((v - mean[i]) / std[i]), b);
      const p = 1 / (1 + Math.exp(-z));
      const weight = e.y === 1 ? wPos : 1;
      const g = (p - e.y) * weight;
      e.x.forEach((v, i) => (gw[i] += g * ((v - mean[i]) / std[i])));
      gb += g;
      total += weight;
    }
    for (let i = 0; i < d; i++) w[i] -= rate * (gw[i] / total + l2 * w[i]);
    b -= rate * (gb / total);
  }
  // Fold the standardisation into the weights, so that the shipped model reads raw features.
  const weights = w.map((wi, i) => wi / std[i]);
  const bias = b - w.reduce((s, wi, i) => s + (wi * mean[i]) / std[i], 0);
  return { weights, bias };
}

const prob = (m: { weights: number[]; bias: number }, x: number[]) => 1 / (1 + Math.exp(-(x.reduce((s, v, i) => s + m.weights[i]! * v, m.bias))));

/** What the composer would quote for a question: the lead and its supporting units under a rule. */
function select(group: Group, p: (e: Example) => number, rule: RankedSupport): Example[] {
  const ranked = [...group.examples].sort((a, b) => p(b) - p(a));
  const lead = ranked[0];
  if (!lead) return [];
  const max = group.multi ? rule.maxMulti : rule.maxSingle;
  const chosen = [lead];
  for (const e of ranked.slice(1)) {
    if (chosen.length > max) break;
    if (chosen.some((c) => c.overlapKey === e.overlapKey)) continue;
    if (p(e) < rule.minProbability || p(e) < rule.minRatio * p(lead)) break;
    chosen.push(e);
  }
  return chosen;
}

interface Figures {
  leadHit: number;
  allFacts: number;
  padding: number;
  quotes: number;
}

function figures(groups: Group[], p: (g: Group) => (e: Example) => number, rule: RankedSupport): Figures {
  let leadHit = 0;
  let allFacts = 0;
  let quotes = 0;
  let padded = 0;
  for (const g of groups) {
    const chosen = select(g, p(g), rule);
    if (chosen[0]?.y === 1) leadHit++;
    const covered = new Set(chosen.flatMap((c) => c.facts));
    if (covered.size === g.factCount) allFacts++;
    quotes += chosen.length;
    padded += chosen.filter((c) => c.y === 0).length;
  }
  return { leadHit: leadHit / groups.length, allFacts: allFacts / groups.length, padding: padded / Math.max(1, quotes), quotes: quotes / groups.length };
}

const HEURISTIC = (e: Example) => e.x[UNIT_FEATURES.indexOf('heuristic-score')]!;
const RULES: RankedSupport[] = [];
for (const minProbability of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8]) {
  for (const minRatio of [0.5, 0.7, 0.85]) for (const [maxSingle, maxMulti] of [[0, 1], [1, 2], [2, 2], [2, 3]]) RULES.push({ minProbability, minRatio, maxSingle: maxSingle!, maxMulti: maxMulti! });
}
/** Facts found in full count most; a quote with no asked fact costs a little (the padding target). */
const value = (f: Figures) => f.allFacts - 0.3 * f.padding;

/** Five-fold cross-validation by question: each question scored by a model that never saw it. */
function foldModels(groups: Group[], folds = 5): Map<Group, ReturnType<typeof fit>> {
  const models = new Map<Group, ReturnType<typeof fit>>();
  for (let k = 0; k < folds; k++) {
    const m = fit(groups.filter((_, i) => i % folds !== k).flatMap((g) => g.examples));
    groups.forEach((g, i) => i % folds === k && models.set(g, m));
  }
  return models;
}

const pct = (x: number) => x.toFixed(3);

const dryRun = process.argv.includes('--dry-run');
const file = join(ANSWER_SET_DIR, 'dev.jsonl');
const items = (await loadQuestions()).filter((q) => q.split === 'dev' && (q.expect === 'answer' || q.expect === 'partial') && q.facts.length > 0);
log(`collecting units for ${items.length} development questions…`);
const groups = (await collect(items)).filter((g) => g.examples.some((e) => e.y === 1));
const random = seededRandom(7);
const shuffled = groups.map((g) => ({ g, r: random() })).sort((a, b) => a.r - b.r).map((x) => x.g);
log(`${groups.length} questions with a fact-holding unit among those read; ${groups.reduce((s, g) => s + g.examples.length, 0)} units`);
const base = figures(groups, () => HEURISTIC, { minProbability: 0, minRatio: 0, maxSingle: 0, maxMulti: 0 });
log(`heuristic lead alone: lead holds a fact ${pct(base.leadHit)}, all facts ${pct(base.allFacts)}`);
const models = foldModels(shuffled);
const crossValidated = (rule: RankedSupport) => figures(shuffled, (g) => (e) => prob(models.get(g)!, e.x), rule);
let best = RULES[0]!;
let bestFigures = crossValidated(best);
for (const rule of RULES.slice(1)) {
  const f = crossValidated(rule);
  if (value(f) > value(bestFigures)) [best, bestFigures] = [rule, f];
}
log(`ranker, 5-fold cross-validated, best rule ${JSON.stringify(best)}: lead holds a fact ${pct(bestFigures.leadHit)}, all facts ${pct(bestFigures.allFacts)}, padding ${pct(bestFigures.padding)}, quotes ${bestFigures.quotes.toFixed(2)}`);
const model = fit(groups.flatMap((g) => g.examples));
const out: UnitRankerModel = {
  features: [...UNIT_FEATURES],
  weights: model.weights.map((w) => Number(w.toFixed(5))),
  bias: Number(model.bias.toFixed(5)),
  support: best,
  trainedOn: {
    file: 'tests/eval/answers/dev.jsonl',
    sha256: createHash('sha256').update(readFileSync(file)).digest('hex'),
    questions: groups.length,
    units: groups.reduce((s, g) => s + g.examples.length, 0),
    crossValidated: bestFigures,
    heuristicLead: base.leadHit,
  },
};
for (const [i, name] of UNIT_FEATURES.entries()) log(`  ${name.padEnd(24)} ${out.weights[i]!.toFixed(3)}`);
if (!dryRun) {
  writeFileSync(join(repoRoot, 'src', 'answer', 'unit-ranker.json'), `${JSON.stringify(out, null, 1)}\n`);
  log('wrote src/answer/unit-ranker.json');
}
