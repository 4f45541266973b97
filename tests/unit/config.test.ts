import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knownVariables, loadConfig } from '../../src/config.js';
import { AppError } from '../../src/errors.js';

describe('configuration', () => {
  it('runs on defaults with an empty environment', () => {
    const config = loadConfig({});
    expect(config.core.port).toBe(3978);
    expect(config.core.dataDir).toBe('./data');
    expect(config.llm.provider).toBe('none');
  });

  it('reports every problem at once, each named by its variable', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', LOG_LEVEL: 'loud', ARCP_NO_POSITION_POLICY: 'maybe' });
    } catch (err) {
      error = err;
    }
    expect(AppError.is(error, 'CONFIG_INVALID')).toBe(true);
    const problems = (error as AppError).details?.problems as string[];
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual(['ARCP_NO_POSITION_POLICY', 'LOG_LEVEL', 'PORT']);
  });

  it('documents every variable it reads in .env.example', () => {
    const example = readFileSync(join(import.meta.dirname, '..', '..', '.env.example'), 'utf8');
    const missing = knownVariables().filter((v) => !new RegExp(`^#?\\s*${v}=`, 'm').test(example));
    expect(missing).toEqual([]);
  });
});
