import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/test-app.js';

const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
  engines: { node: string }; dependencies: Record<string, string>; devDependencies: Record<string, string>;
};
/** Declare Node ≥ 22 but run on Node 20 here (the LLM composer's tests use them): the README says so. */
const KNOWN_EXCEPTIONS = new Set(['@langchain/openai', 'openai']);

const enginesOf = (name: string): string | undefined =>
  (JSON.parse(readFileSync(join(REPO_ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { engines?: { node?: string } }).engines?.node;

/** The lowest Node version of each branch of the stated range ("A || B"). */
const lowestOfEachBranch = (range: string) => new semver.Range(range).set.map((comparators) => semver.minVersion(new semver.Range(comparators.map((c) => c.value).join(' ')))!.version);

describe('the Node versions the product says it supports', () => {
  it('include the Node running these tests (CI runs the one the machine has)', () => {
    expect(semver.satisfies(process.versions.node, pkg.engines.node), `${process.versions.node} vs ${pkg.engines.node}`).toBe(true);
  });

  it('are supported by every dependency from the lowest version of each range, but the two the README names', () => {
    const refused: string[] = [];
    for (const name of [...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)]) {
      const needs = enginesOf(name);
      if (!needs || KNOWN_EXCEPTIONS.has(name)) continue;
      for (const version of lowestOfEachBranch(pkg.engines.node)) if (!semver.satisfies(version, needs)) refused.push(`${name} needs ${needs}, not ${version}`);
    }
    expect(refused).toEqual([]);
  });

  it('are the ones the README states', () => {
    const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('Node.js 20.19 or later in the 20 line, or 22.13 or later');
    for (const name of KNOWN_EXCEPTIONS) expect(readme).toContain(`\`${name}\``);
  });
});
