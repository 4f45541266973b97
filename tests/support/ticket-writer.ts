/**
 * A second process writing tickets into a data folder, as a second server or `arcp tickets` would:
 * `node --import tsx tests/support/ticket-writer.ts <dataDir> <prefix> <count>`. Prints how many failed.
 */
import { openDatabase } from '../../src/store/db.js';
import { SqliteTicketQueue } from '../../src/store/ticket-store.js';

const [dataDir, prefix, count] = process.argv.slice(2) as [string, string, string];
const tickets = new SqliteTicketQueue(openDatabase(dataDir));
const errors: string[] = [];
for (let i = 0; i < Number(count); i++) {
  try {
    await tickets.open({
      sourceMessageId: `${prefix}-${i}`, ref: { channel: 'web', conversationId: `${prefix}-conv`, replyHandle: {} },
      sender: { id: `${prefix}-asker` }, question: 'ما موقف الدول الأعضاء من الاتفاق العالمي للهجرة؟', lang: 'ar', category: 'question',
    });
  } catch (err) {
    errors.push((err as Error).message);
  }
}
process.stdout.write(JSON.stringify({ failed: errors.length, errors: [...new Set(errors)] }));
