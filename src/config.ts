import type { z } from 'zod';
import { AppError } from './errors.js';
import type { ConfigSection } from './config/section.js';
import { coreSection } from './config/core.js';
import { retrievalSection } from './config/retrieval.js';
import { llmSection } from './config/llm.js';
import { teamsSection } from './config/teams.js';
import { slackSection } from './config/slack.js';
import { emailSection } from './config/email.js';
import { consoleSection } from './config/console.js';

/**
 * The only reader of the environment. Every section is validated at start-up and every problem is
 * reported at once, each named by its environment variable.
 */
const SECTIONS = {
  core: coreSection,
  retrieval: retrievalSection,
  llm: llmSection,
  teams: teamsSection,
  slack: slackSection,
  email: emailSection,
  console: consoleSection,
};

type Sections = typeof SECTIONS;
export type Config = { [K in keyof Sections]: z.output<Sections[K]['schema']> };

export type Env = Record<string, string | undefined>;

export function loadConfig(env: Env = process.env, overrides: Env = {}): Config {
  const merged: Env = { ...env, ...overrides };
  const problems: string[] = [];
  const out: Record<string, unknown> = {};
  for (const [name, section] of Object.entries(SECTIONS) as [string, ConfigSection<z.ZodType>][]) {
    const raw: Record<string, string> = {};
    for (const [key, variable] of Object.entries(section.env)) {
      const value = merged[variable];
      if (value !== undefined && value.trim() !== '') raw[key] = value.trim();
    }
    const parsed = section.schema.safeParse(raw);
    if (parsed.success) {
      out[name] = parsed.data;
      continue;
    }
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? '');
      const variable = section.env[key] ?? `${name} settings`;
      problems.push(`${variable}: ${issue.message}`);
    }
  }
  if (problems.length > 0) {
    throw new AppError('CONFIG_INVALID', `invalid configuration:\n  - ${problems.join('\n  - ')}`, {
      details: { problems },
    });
  }
  return out as Config;
}

/** Every environment variable the product reads, for `--help` and the .env.example check. */
export function knownVariables(): string[] {
  return Object.values(SECTIONS).flatMap((s) => Object.values(s.env));
}
