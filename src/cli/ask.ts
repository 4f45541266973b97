import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { InboundMessage, Lang } from '../channel/types.js';
import { AppError } from '../errors.js';
import type { CliCommand, CliContext } from './context.js';
import { formatReadable, toAskJson } from './ask-format.js';

function cliMessage(text: string, lang?: Lang): InboundMessage {
  const id = randomUUID();
  return {
    id: `cli:${id}`,
    ref: { channel: 'cli', conversationId: `cli-${id}`, replyHandle: {} },
    origin: 'user',
    sender: { id: 'cli:local', name: 'command line' },
    text,
    lang,
    receivedAt: new Date(),
  };
}

export const askCommand: CliCommand = {
  name: 'ask',
  summary: 'ask the assistant a question, in Arabic or English',
  usage: `arcp ask [--json] [--lang ar|en] "<question>"
arcp ask --jsonl < questions.txt      one question per line in, one JSON result per line out, in order

Options:
  --json        print the reply as JSON: {kind, lang, text, citations[{n, documentId, title, date, url, quote, note, pages?}], ticketId}
  --jsonl       read questions from standard input, one per line
  --lang ar|en  the asker's language (default: detected from the question)`,
  async run(argv: string[], ctx: CliContext): Promise<number> {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { json: { type: 'boolean' }, jsonl: { type: 'boolean' }, lang: { type: 'string' } },
      allowPositionals: true,
    });
    const lang = values.lang === undefined ? undefined : parseLang(values.lang);
    const app = await ctx.openApp({ ingest: true, create: true });
    if (values.jsonl) {
      const lines = createInterface({ input: ctx.stdin, crlfDelay: Infinity });
      for await (const line of lines) {
        if (!line.trim()) continue;
        ctx.out(JSON.stringify(toAskJson((await app.turns.handle(cliMessage(line.trim(), lang))).reply)));
      }
      return 0;
    }
    const question = positionals.join(' ').trim();
    if (!question) throw new AppError('BAD_REQUEST', 'no question given: arcp ask "<question>"');
    const { reply } = await app.turns.handle(cliMessage(question, lang));
    ctx.out(values.json ? JSON.stringify(toAskJson(reply)) : formatReadable(reply));
    return 0;
  },
};

function parseLang(value: string): Lang {
  if (value === 'ar' || value === 'en') return value;
  throw new AppError('BAD_REQUEST', `--lang must be ar or en, not ${value}`);
}
