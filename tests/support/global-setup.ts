import { ciFailure, missingTools, summaryLine } from './system-tools.js';

/**
 * Runs once around `npm test`: under CI=true a missing test tool fails the run before any test; otherwise
 * the run ends with one line saying what was skipped and how to install it.
 */
export default function setup(): () => void {
  const missing = missingTools();
  if (missing.length > 0 && process.env.CI === 'true') throw new Error(ciFailure(missing));
  return () => {
    const line = summaryLine(missing);
    if (line) console.log(`\n${line}`);
  };
}
