import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { questionText } from '../../adapters/email/inbound.js';
import type { ParsedMail } from '../../adapters/email/mime.js';
import { letterQuestions } from '../../src/question/letter.js';

/**
 * The 42 letters of the answer benchmark (tests/eval/answers/letters-*.jsonl), each sent as the body of a
 * mail: what the email adapter hands the core must keep every question the core reads in the letter as
 * written — same count, same labels, same order — forwards (Gmail, Outlook, Arabic clients) included.
 */
const letters = ['letters-dev.jsonl', 'letters-heldout.jsonl'].flatMap((f) =>
  readFileSync(join(import.meta.dirname, '..', 'eval', 'answers', f), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { id: string; subject: string; body: string }),
);

const asMail = (l: { subject: string; body: string }) => ({ subject: l.subject, text: l.body }) as ParsedMail;

describe('email: the letter the core reads is the letter the sender wrote', () => {
  it('reads the benchmark letters', () => {
    expect(letters.length).toBeGreaterThanOrEqual(42);
  });

  it.each(letters.map((l) => [l.id, l] as const))('%s: the same questions, labels and order by mail as written', (_id, letter) => {
    const written = letterQuestions(letter.body);
    const mailed = letterQuestions(questionText(asMail(letter)));
    expect(mailed.map((q) => q.label)).toEqual(written.map((q) => q.label));
    // By mail a signature may be cut before the core sees it; the question itself is kept whole.
    mailed.forEach((q, i) => expect(written[i].text.startsWith(q.text) && q.text.length > 0).toBe(true));
  });
});
