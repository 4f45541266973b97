import type { Lang } from '../channel/types.js';
import type { Intent } from '../intents/types.js';

const LABELS: Record<Intent, Record<Lang, string>> = {
  'position-question': { en: 'question on a position', ar: 'استفسار عن موقف' },
  'document-request': { en: 'document request', ar: 'طلب وثيقة' },
  registration: { en: 'registration', ar: 'تسجيل' },
  submission: { en: 'submission of a contribution', ar: 'تقديم مساهمة' },
  'ask-person': { en: 'request to contact the secretariat', ar: 'طلب التواصل مع الأمانة' },
  greeting: { en: 'general enquiry', ar: 'استفسار عام' },
  feedback: { en: 'feedback', ar: 'ملاحظات' },
  'out-of-scope': { en: 'general enquiry', ar: 'استفسار عام' },
};

/** The ticket category as the asker reads it in the `ticket-opened` reply. */
export function categoryLabel(intent: Intent, lang: Lang): string {
  return LABELS[intent][lang];
}
