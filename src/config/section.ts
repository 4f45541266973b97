import type { z } from 'zod';

/**
 * One part of the configuration: which environment variables it reads (key → variable name) and the
 * schema that validates and converts them. Only `src/config.ts` hands the environment to a section.
 */
export interface ConfigSection<S extends z.ZodType> {
  env: Record<string, string>;
  schema: S;
}

export function defineSection<S extends z.ZodType>(env: Record<string, string>, schema: S): ConfigSection<S> {
  return { env, schema };
}
