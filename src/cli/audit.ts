import { AppError } from '../errors.js';
import type { CliCommand } from './context.js';

export const auditCommand: CliCommand = {
  name: 'audit',
  summary: 'show the audit record of one reply: question, passages and document versions used, composer, ticket',
  usage: `arcp audit <reply-id> [--json]`,
  async run(argv, ctx) {
    const id = argv.find((a) => !a.startsWith('--'));
    if (!id) throw new AppError('BAD_REQUEST', 'give a reply id: arcp audit <reply-id>');
    const app = await ctx.openApp();
    const record = await app.audit.get(id);
    if (!record) throw new AppError('NOT_FOUND', `no audit record ${id}`);
    if (argv.includes('--json')) {
      ctx.out(JSON.stringify(record, null, 2));
      return 0;
    }
    ctx.out(
      [
        `Reply        ${record.id}  (${record.kind}, ${record.createdAt})`,
        `Channel      ${record.channel}  conversation ${record.conversationId}`,
        `Sender       ${record.sender.name ?? ''} <${record.sender.email ?? record.sender.id}>`,
        `Question     ${record.question}`,
        record.resolvedQuestion && record.resolvedQuestion !== record.question ? `Resolved as  ${record.resolvedQuestion}` : '',
        `Language     ${record.lang}   intent ${record.intent ?? '-'}   composer ${record.composer ?? '-'}`,
        record.fallbackReason ? `Fallback     ${record.fallbackReason}` : '',
        record.ticketId ? `Ticket       ${record.ticketId}` : '',
        'Passages used:',
        ...record.passages.map((p) => `  ${p.passageId.padEnd(36)} score ${p.score.toFixed(4)}  version ${p.contentHash.slice(0, 12)}`),
        'Reply:',
        record.replyText,
      ].filter(Boolean).join('\n'),
    );
    return 0;
  },
};
