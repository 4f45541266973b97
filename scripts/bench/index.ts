/**
 * `npm run bench`: speed figures, each printed as a table with ratios against a baseline measured in the
 * same process. `npm run bench -- retrieval slack` runs some parts; every loop is bounded and loopback only.
 */
import { runParts } from '../run-parts.js';
import { runEmailBench } from './email.js';
import { runIngestBench } from './ingest.js';
import { runReplicasBench } from './replicas.js';
import { runRetrievalBench } from './retrieval.js';
import { runSlackBench } from './slack.js';
import { runTeamsBench } from './teams.js';

const log = (line: string) => process.stdout.write(`${line}\n`);

process.exitCode = await runParts(
  {
    retrieval: () => runRetrievalBench(log),
    ingest: () => runIngestBench(log),
    teams: () => runTeamsBench(log),
    slack: () => runSlackBench(log),
    email: () => runEmailBench(log),
    replicas: () => runReplicasBench(log),
  },
  process.argv.slice(2),
  log,
);
