/**
 * `npm run eval`: retrieval quality (our set and XQuAD, per configuration, with LangChain baselines) and
 * answer quality (intent accuracy, quote faithfulness). `npm run eval -- retrieval` runs one part.
 */
import { join } from 'node:path';
import { runParts } from '../run-parts.js';
import { runAnswerEval } from './answers.js';
import { runRetrievalEval } from './retrieval.js';

const corpusDir = join(import.meta.dirname, '..', '..', 'corpus');
const log = (line: string) => process.stdout.write(`${line}\n`);

process.exitCode = await runParts(
  {
    retrieval: () => runRetrievalEval({ corpusDir, log }),
    answers: () => runAnswerEval({ corpusDir, log }),
  },
  process.argv.slice(2),
  log,
);
