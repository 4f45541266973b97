import type { Lang } from '../../src/channel/types.js';

/**
 * Labels of buttons and card parts. Reply wording itself comes from the core's templates; these are the
 * few words a card needs around it, in both languages.
 */
const LABELS = {
  en: {
    assistant: 'ARCP Assistant',
    helpful: '👍 Helpful',
    notHelpful: '👎 Not helpful',
    askSecretariat: 'Ask the secretariat',
    sources: 'Sources',
    request: 'Request',
    staffAnswer: 'Reply from the Technical Secretariat',
    part: 'Part',
    open: 'Open',
  },
  ar: {
    assistant: 'مساعد عملية التشاور العربية الإقليمية',
    helpful: '👍 مفيد',
    notHelpful: '👎 غير مفيد',
    askSecretariat: 'اسأل الأمانة الفنية',
    sources: 'المصادر',
    request: 'الطلب',
    staffAnswer: 'ردّ الأمانة الفنية',
    part: 'الجزء',
    open: 'فتح',
  },
} as const satisfies Record<Lang, Record<string, string>>;

export type LabelKey = keyof (typeof LABELS)['en'];

export function label(lang: Lang, key: LabelKey): string {
  return LABELS[lang][key];
}

/**
 * Staff cards and staff notices are read by a bilingual secretariat in a shared channel, so each label
 * carries both languages.
 */
const STAFF = {
  ticket: 'Ticket · طلب',
  status: 'Status · الحالة',
  category: 'Category · الفئة',
  asker: 'Asked by · مقدّم الطلب',
  received: 'Received · ورد في',
  question: 'Question · السؤال',
  answer: 'Answer · الرد',
  claimedBy: 'Claimed by · استلمه',
  answeredBy: 'Answered by · ردّ عليه',
  delivered: 'Delivered to the asker · سُلّم إلى مقدّم الطلب',
  notDelivered: 'Not yet delivered; retried automatically · لم يُسلَّم بعد، وستُعاد المحاولة تلقائياً',
  claim: 'Claim · استلام',
  reply: 'Send reply · إرسال الرد',
  close: 'Close · إغلاق',
  reopen: 'Reopen · إعادة فتح',
  answerPlaceholder: 'Your answer to the asker · ردّكم على مقدّم الطلب',
  registered: 'This channel now receives the ARCP tickets. · تتلقى هذه القناة الآن طلبات عملية التشاور.',
  notStaff: 'Only secretariat staff listed in TEAMS_STAFF_AAD_IDS can do this. · هذا الإجراء متاح لموظفي الأمانة المدرجين فقط.',
  notStaffChannel: 'Ticket actions work only in the registered staff channel. · تعمل إجراءات الطلبات في قناة الموظفين المسجّلة فقط.',
  notInPersonalChat: 'Register the staff channel from a Teams channel, not a personal chat. · سجّلوا قناة الموظفين من قناة في Teams لا من محادثة خاصة.',
  reminder: 'Reminder: this ticket is waiting · تذكير: هذا الطلب بانتظار الرد',
  hours: 'hours · ساعة',
  actionFailed: 'The action could not be done · تعذّر تنفيذ الإجراء',
} as const;

export type StaffLabelKey = keyof typeof STAFF;

export function staffLabel(key: StaffLabelKey): string {
  return STAFF[key];
}
