import { z } from 'zod';

/** What the model is asked to return. Extra fields are ignored; missing ones make the output invalid. */
const OutputSchema = z.object({
  answer: z.string(),
  quotes: z.array(z.object({ passage: z.string(), quote: z.string() })),
});
export type LlmOutput = z.infer<typeof OutputSchema>;

/**
 * Reads the model's reply: one JSON object, possibly wrapped in a Markdown code fence or preceded by a
 * sentence (small local models do both). Returns undefined when no valid object can be read.
 */
export function parseLlmOutput(content: string): LlmOutput | undefined {
  const unfenced = content.replace(/^\s*```(?:json)?\s*/i, '').replace(/\s*```\s*$/, '');
  const start = unfenced.indexOf('{');
  const end = unfenced.lastIndexOf('}');
  if (start < 0 || end <= start) return undefined;
  try {
    const parsed = OutputSchema.safeParse(JSON.parse(unfenced.slice(start, end + 1)));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

// Markers as the prompt asks ([P2]) and as models also write them ([P1, P3], [P1][P3]).
const MARKER_GROUP = /\[\s*(P\d+(?:\s*[,،;]\s*P\d+)*)\s*\]/g;

/** Every passage label the answer text cites, in order of first appearance. */
export function citedLabels(answer: string): string[] {
  const out: string[] = [];
  for (const m of answer.matchAll(MARKER_GROUP)) {
    for (const label of m[1].split(/\s*[,،;]\s*/)) if (!out.includes(label)) out.push(label);
  }
  return out;
}

/** Replaces passage markers with citation numbers; a marker with no number is dropped. */
export function renumberMarkers(answer: string, numberOf: (label: string) => number | undefined): string {
  return answer
    .replace(MARKER_GROUP, (_, group: string) =>
      group
        .split(/\s*[,،;]\s*/)
        .map((label) => numberOf(label))
        .filter((n): n is number => n !== undefined)
        .map((n) => `[${n}]`)
        .join(''),
    )
    .replace(/[ \t]+([.،,؛;])/g, '$1')
    .trim();
}
