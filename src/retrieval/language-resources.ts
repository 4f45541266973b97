import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SYSTEM_ARABIC_DIC } from '../ingest/arabic-repair/hunspell.js';

/**
 * The system's language data the default pipeline reads at run time (never copied into the product): without
 * them everything still runs, but Arabic–English questions and Arabic verbs are read less well, and answers
 * differ from those measured. So the server warns, `arcp doctor` says how to install them, and the eval
 * refuses to print figures that would not be the product's.
 */
export interface LanguageResource {
  /** The Debian package that installs it. */
  pkg: string;
  path: string;
  /** What is lost without it, for the one who reads the warning. */
  lost: string;
}

export function missingLanguageResources(options: { freedictDir: string; dictionary?: 'auto' | 'off'; hunspellDic?: string }): LanguageResource[] {
  const wanted: LanguageResource[] = [
    { pkg: 'hunspell-ar', path: options.hunspellDic ?? SYSTEM_ARABIC_DIC, lost: 'Arabic verbs in questions are read less well, and PDF repair has no Arabic word list' },
  ];
  if (options.dictionary !== 'off') {
    wanted.push({ pkg: 'dict-freedict-eng-ara', path: join(options.freedictDir, 'freedict-eng-ara.index'), lost: 'a question in one language finds documents in the other through the glossary alone' });
  }
  return wanted.filter((r) => !existsSync(r.path));
}

/** How to install what is missing, in one line. */
export function installHint(missing: readonly LanguageResource[]): string {
  return `install the Debian package(s) ${missing.map((r) => r.pkg).join(' and ')} (scripts/install-system-deps.sh installs them)`;
}
