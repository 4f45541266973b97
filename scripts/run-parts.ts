/** Runs the named parts of a report script (`npm run eval -- retrieval`), or all of them, in order. */
export async function runParts(parts: Record<string, () => Promise<void>>, argv: string[], log: (line: string) => void): Promise<number> {
  const asked = argv.filter((a) => !a.startsWith('-'));
  const unknown = asked.filter((p) => !(p in parts));
  if (unknown.length) {
    process.stderr.write(`unknown part(s): ${unknown.join(', ')}; choose from ${Object.keys(parts).join(', ')}\n`);
    return 2;
  }
  for (const part of asked.length ? asked : Object.keys(parts)) {
    log(`\n# ${part}\n`);
    const started = Date.now();
    await parts[part]();
    log(`(${part}: ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
  return 0;
}
