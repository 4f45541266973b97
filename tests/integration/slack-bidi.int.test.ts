import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bidiText, isolateLtrRuns } from '../../adapters/slack/bidi.js';
import { requireTool } from '../support/system-tools.js';

/**
 * Does the right-to-left treatment of Slack answers measurably help? Each Arabic line of real answers
 * (tests/fixtures/slack/arabic-answer-lines.txt, from the sample corpus) is laid out by Chromium, one line,
 * no wrapping, in three kinds of container: left-to-right (what Slack's clients give message text),
 * `dir=auto` (first strong letter decides) and right-to-left (an RTL-aware client). A line counts as right
 * when its words appear, right to left, in the order an Arabic reader expects: the logical order, except
 * that a run of Latin words (with the numbers continuing it) reads left to right as one unit.
 */
const CHROMIUM = requireTool('chromium');
const LINES = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'slack', 'arabic-answer-lines.txt'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => l.replace(/\*\*/g, ''));

const ARABIC_PUNCT_END = /[،؛؟]$/;

function intendedOrder(line: string): number[] {
  const units: number[][] = [];
  let run: number[] | null = null;
  line.split(' ').forEach((tok, i) => {
    const latin = /[A-Za-z]/.test(tok) && !/[\u0621-\u064A]/.test(tok);
    const number = /^[\p{P}\d]*\d[\p{P}\d]*$/u.test(tok);
    if (latin || (number && run)) (run ??= []).push(i);
    else {
      if (run) units.push(run);
      run = null;
      units.push([i]);
    }
    if (run && ARABIC_PUNCT_END.test(tok)) {
      units.push(run);
      run = null;
    }
  });
  if (run) units.push(run);
  return units.flatMap((u) => [...u].reverse());
}

const VARIANTS: Record<string, (line: string) => string> = {
  'as typed': (l) => l,
  'Latin/digit runs isolated (FSI…PDI) only': isolateLtrRuns,
  'as sent (RLM + RLI…PDI line, runs isolated)': bidiText,
};
const CONTAINERS = ['ltr', 'auto', 'rtl'] as const;

describe.skipIf(!CHROMIUM)('Slack: Arabic lines read in the right order (Chromium layout)', () => {
  let browser: Browser;
  let page: Page;
  const score: Record<string, Record<string, number>> = {};

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    page = await browser.newPage();
    await page.setContent('<html><body style="font-family: \'Noto Sans Arabic\', \'Noto Sans\', sans-serif; font-size: 15px"><div id="c"></div></body></html>');
    for (const [name, treat] of Object.entries(VARIANTS)) {
      score[name] = {};
      for (const dir of CONTAINERS) {
        let right = 0;
        for (const line of LINES) if (JSON.stringify(await visualOrder(page, treat(line), dir)) === JSON.stringify(intendedOrder(line))) right += 1;
        score[name][dir] = right;
      }
    }
    console.log(`Arabic answer lines in the intended order, of ${LINES.length}:`);
    console.table(score);
  }, 120_000);
  afterAll(async () => browser?.close());

  it('as sent, every line reads right in every kind of container', () => {
    for (const dir of CONTAINERS) expect(score['as sent (RLM + RLI…PDI line, runs isolated)'][dir]).toBe(LINES.length);
  });

  it('the treatment measurably helps: without it many lines are wrong in a left-to-right container and some in an RTL one', () => {
    expect(score['as typed'].ltr).toBeLessThan(LINES.length * 0.75);
    expect(score['as typed'].auto).toBeLessThan(LINES.length);
    expect(score['as typed'].rtl).toBeLessThan(LINES.length);
  });

  it('isolating runs alone is not enough where the client lays text out left to right', () => {
    expect(score['Latin/digit runs isolated (FSI…PDI) only'].ltr).toBeLessThan(score['as typed'].ltr);
    expect(score['Latin/digit runs isolated (FSI…PDI) only'].rtl).toBe(LINES.length);
  });
});

/** Word indices sorted by their on-screen position, right to left. */
async function visualOrder(page: Page, text: string, dir: string): Promise<number[]> {
  return page.evaluate(
    ({ text, dir }) => {
      const c = document.getElementById('c')!;
      c.innerHTML = '';
      const p = document.createElement('div');
      p.setAttribute('dir', dir);
      p.style.whiteSpace = 'nowrap';
      p.style.width = '9000px';
      text.split(' ').forEach((word, i) => {
        if (i) p.appendChild(document.createTextNode(' '));
        const span = document.createElement('span');
        span.textContent = word;
        span.dataset.i = String(i);
        p.appendChild(span);
      });
      c.appendChild(p);
      // A word's place is where its first letter or digit is drawn: punctuation glued to a word can be
      // drawn elsewhere (an Arabic comma after an isolated Latin run goes to the run's far side).
      const firstLetterX = (span: HTMLElement) => {
        const node = span.firstChild as Text;
        const at = [...node.data].findIndex((ch) => /[\p{L}\p{N}]/u.test(ch));
        const offset = [...node.data].slice(0, Math.max(at, 0)).join('').length;
        const range = document.createRange();
        range.setStart(node, offset);
        range.setEnd(node, offset + ([...node.data][Math.max(at, 0)]?.length ?? 1));
        const r = range.getBoundingClientRect();
        return r.left + r.width / 2;
      };
      return [...p.querySelectorAll('span')]
        .map((s) => ({ i: Number((s as HTMLElement).dataset.i), x: firstLetterX(s as HTMLElement) }))
        .sort((a, b) => b.x - a.x)
        .map((w) => w.i);
    },
    { text, dir },
  );
}
