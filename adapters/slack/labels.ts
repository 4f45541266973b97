import type { Lang } from '../../src/channel/types.js';

/**
 * Button, card and modal labels, in Arabic and English. Replies themselves come from the core's templates;
 * only the words of Slack's own controls live here.
 */
const LABELS = {
  en: {
    helpful: 'Helpful',
    notHelpful: 'Not helpful',
    askSecretariat: 'Ask the secretariat',
    sources: 'Sources',
    chosen: 'Your choice',
    ticket: 'Ticket',
    from: 'From',
    via: 'via',
    question: 'Question',
    answer: 'Answer',
    status: 'Status',
    open: 'Open',
    claimedBy: 'Claimed by',
    answeredBy: 'Answered by',
    delivered: 'delivered',
    notDelivered: 'not delivered yet (retrying)',
    closed: 'Closed',
    claim: 'Claim',
    reply: 'Reply',
    close: 'Close',
    send: 'Send',
    cancel: 'Cancel',
    replyTitle: 'Reply',
    replyLabel: 'Your answer to the asker',
    replyHint: 'Sent in the asker\u2019s original thread or direct message.',
    emptyAnswer: 'Write an answer before sending.',
    overdue: 'No answer yet after {hours} h.',
    notAllowed: 'Ticket actions are only taken in the staff channel.',
    failed: 'That did not work: {reason}',
    ticketClosed: 'This ticket is closed.',
  },
  ar: {
    helpful: 'مفيدة',
    notHelpful: 'غير مفيدة',
    askSecretariat: 'اسأل الأمانة الفنية',
    sources: 'المصادر',
    chosen: 'اخترتم',
    ticket: 'طلب',
    from: 'من',
    via: 'عبر',
    question: 'السؤال',
    answer: 'الرد',
    status: 'الحالة',
    open: 'مفتوح',
    claimedBy: 'يتولاه',
    answeredBy: 'ردّ عليه',
    delivered: 'تم التسليم',
    notDelivered: 'لم يُسلَّم بعد (ستُعاد المحاولة)',
    closed: 'مغلق',
    claim: 'تولّي',
    reply: 'ردّ',
    close: 'إغلاق',
    send: 'إرسال',
    cancel: 'إلغاء',
    replyTitle: 'الرد على',
    replyLabel: 'ردكم على صاحب الطلب',
    replyHint: 'يُرسل في المحادثة الأصلية لصاحب الطلب.',
    emptyAnswer: 'يُرجى كتابة الرد قبل الإرسال.',
    overdue: 'لم يُرد على هذا الطلب بعد مرور {hours} ساعة.',
    notAllowed: 'لا تُتخذ إجراءات الطلبات إلا في قناة الأمانة.',
    failed: 'تعذّر ذلك: {reason}',
    ticketClosed: 'هذا الطلب مغلق.',
  },
} as const satisfies Record<Lang, Record<string, string>>;

export type LabelKey = keyof (typeof LABELS)['en'];

export function label(lang: Lang, key: LabelKey, vars: Record<string, string | number> = {}): string {
  return LABELS[lang][key].replace(/\{(\w+)\}/g, (_m, name: string) => String(vars[name] ?? ''));
}
