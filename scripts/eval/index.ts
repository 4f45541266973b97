/**
 * `npm run eval`: retrieval quality (our set and XQuAD, per configuration, with LangChain baselines) and
 * answer quality (intent accuracy, quote faithfulness), and how answers hold up when the same questions are
 * written otherwise (variants). `npm run eval -- retrieval` runs one part.
 */
import { join } from 'node:path';
import { loadConfig } from '../../src/config.js';
import { installHint, missingLanguageResources } from '../../src/retrieval/language-resources.js';
import { runParts } from '../run-parts.js';
import { runAnswerQualityEval } from './answer-quality.js';
import { runAnswerEval } from './answers.js';
import { runVariantEval } from './answer-variants.js';
import { runRetrievalEval } from './retrieval.js';

const corpusDir = join(import.meta.dirname, '..', '..', 'corpus');
const log = (line: string) => process.stdout.write(`${line}\n`);
const argv = process.argv.slice(2);
const showMisses = argv.includes('--show-misses');
const filter = argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
/** `--set=ARCP_ABSTAIN_THRESHOLD=0.3`: a configuration variable for this run, to try a setting. */
/** `--benchmarks=DIR`: where XQuAD is, when ../shared/benchmarks is not next to this checkout (a worktree). */
/** `--answer-set=DIR`: score the answer set in DIR (same file names) instead of tests/eval/answers. */
const answerSetDir = argv.find((a) => a.startsWith('--answer-set='))?.slice('--answer-set='.length);
const benchmarksDir = argv.find((a) => a.startsWith('--benchmarks='))?.slice('--benchmarks='.length);
const settings = Object.fromEntries(argv.filter((a) => a.startsWith('--set=')).map((a) => a.slice('--set='.length).split(/=(.*)/s).slice(0, 2)));

/**
 * Without the system's Arabic word list and English–Arabic dictionary the pipeline runs, but its figures are
 * not the product's (a fresh machine once gave dev Arabic 0.908 for 0.897, and a false answer): refuse, unless
 * `--without-system-data` asks for those figures knowingly.
 */
const config = loadConfig(settings);
const missing = missingLanguageResources({ freedictDir: config.retrieval.freedictPath, dictionary: config.retrieval.dictionary });
if (missing.length > 0 && !argv.includes('--without-system-data')) {
  process.stderr.write(
    [
      'The eval measures the product as it runs with its system language data, and some is missing:',
      ...missing.map((r) => `  - ${r.pkg}: no ${r.path} (${r.lost})`),
      `Fix: ${installHint(missing)}; or pass --without-system-data to measure without it.`,
      '',
    ].join('\n'),
  );
  process.exitCode = 2;
} else {
  for (const r of missing) log(`WITHOUT ${r.pkg}: these figures are not the product's (${r.lost})`);
  process.exitCode = await runParts(
    {
      retrieval: () => runRetrievalEval({ corpusDir, log, benchmarksDir }),
      answers: async () => {
        await runAnswerQualityEval({ corpusDir, log, showMisses, filter, settings, answerSetDir });
        log('');
        await runAnswerEval({ corpusDir, log });
      },
      variants: () => runVariantEval({ corpusDir, log, showMisses }),
    },
    argv,
    log,
  );
}
