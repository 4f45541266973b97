import { parse as parseYaml } from 'yaml';
import { AppError } from '../errors.js';

export interface FrontMatterFile {
  data: unknown;
  body: string;
}

const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Splits a Markdown file into its YAML front matter and body. */
export function splitFrontMatter(source: string, file: string): FrontMatterFile {
  const match = FRONT_MATTER.exec(source);
  if (!match) return { data: undefined, body: source };
  try {
    return { data: parseYaml(match[1]), body: source.slice(match[0].length) };
  } catch (cause) {
    throw new AppError('METADATA_INVALID', `${file}: front matter is not valid YAML`, { cause, details: { file } });
  }
}
