/**
 * `npm run eval`: retrieval quality (our set and XQuAD, per configuration, with LangChain baselines) and
 * answer quality (intent accuracy, quote faithfulness), and how answers hold up when the same questions are
 * written otherwise (variants). `npm run eval -- retrieval` runs one part.
 */
import { join } from 'node:path';
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
const benchmarksDir = argv.find((a) => a.startsWith('--benchmarks='))?.slice('--benchmarks='.length);
const settings = Object.fromEntries(argv.filter((a) => a.startsWith('--set=')).map((a) => a.slice('--set='.length).split(/=(.*)/s).slice(0, 2)));

process.exitCode = await runParts(
  {
    retrieval: () => runRetrievalEval({ corpusDir, log, benchmarksDir }),
    answers: async () => {
      await runAnswerQualityEval({ corpusDir, log, showMisses, filter, settings });
      log('');
      await runAnswerEval({ corpusDir, log });
    },
    variants: () => runVariantEval({ corpusDir, log, showMisses }),
  },
  argv,
  log,
);
