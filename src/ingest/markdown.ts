import { parse as parseYaml } from 'yaml';
import { AppError } from '../errors.js';

export interface FrontMatterFile {
  data: unknown;
  body: string;
}

const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n?/;
const OPENING = /^\uFEFF?---\r?\n/;

/** Splits a Markdown file into its YAML front matter and body. */
export function splitFrontMatter(source: string, file: string): FrontMatterFile {
  const match = FRONT_MATTER.exec(source);
  if (!match && OPENING.test(source)) {
    // Without this, the metadata of a file whose closing line was lost was indexed as its text.
    throw new AppError('METADATA_INVALID', `${file}: front matter is not closed: add a line "---" after the metadata`, { details: { file } });
  }
  if (!match) return { data: undefined, body: source };
  try {
    return { data: parseYaml(match[1]), body: source.slice(match[0].length) };
  } catch (cause) {
    throw new AppError('METADATA_INVALID', `${file}: front matter is not valid YAML`, { cause, details: { file } });
  }
}
