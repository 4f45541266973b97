import type { Intent } from '../../src/intents/types.js';

/**
 * Training-time variants of the written examples: the same request opened with a salutation or closed
 * with thanks and a signature, as e-mails are. They teach the model that "Dear colleagues, …" and
 * "…Best regards" say nothing about the intent, which a few hundred chat-style examples cannot.
 * Greetings and feedback are left alone: there the salutation or the thanks is the message.
 */
export interface LabelledText {
  text: string;
  intent: Intent;
  lang: 'ar' | 'en';
  split?: string;
}

const OPENERS = {
  en: ['Hello,', 'Hi,', 'Good morning,', 'Good afternoon.', 'Dear colleagues,', 'Dear Secretariat,', 'Hi team,', 'Dear Sir/Madam,', 'Greetings,', 'Hello again.'],
  ar: ['مرحباً،', 'السلام عليكم،', 'صباح الخير،', 'مساء الخير.', 'الزملاء الأعزاء،', 'السادة الأمانة الفنية المحترمين، تحية طيبة وبعد،', 'أهلاً،', 'تحية طيبة،', 'حضرات السادة،', 'السلام عليكم ورحمة الله وبركاته،'],
};
const CLOSERS = {
  en: ['Thanks.', 'Many thanks.', 'Best regards, Ahmed', 'Kind regards, Layla Haddad', 'Thank you in advance.', 'Regards', 'Thanks a lot!', 'Sincerely, the Permanent Mission'],
  ar: ['شكراً.', 'وتفضلوا بقبول فائق الاحترام.', 'مع خالص التحية', 'ولكم جزيل الشكر', 'شكراً مقدماً', 'مع التقدير، أحمد', 'وتقبلوا تحياتي', 'والسلام عليكم'],
};
const LEAVE_ALONE: ReadonlySet<Intent> = new Set(['greeting', 'feedback']);

/** Up to two variants per example, chosen by its position so that training stays deterministic. */
export function augmentExamples<T extends LabelledText>(rows: readonly T[]): T[] {
  const out: T[] = [];
  rows.forEach((row, i) => {
    if (LEAVE_ALONE.has(row.intent)) return;
    const openers = OPENERS[row.lang];
    const closers = CLOSERS[row.lang];
    const text = row.text;
    if (i % 2 === 0) out.push({ ...row, text: `${openers[(i / 2) % openers.length]} ${text}`, split: 'augmented' });
    if (i % 3 === 0) out.push({ ...row, text: `${text} ${closers[(i / 3) % closers.length]}`, split: 'augmented' });
  });
  return out;
}
