import type { DocumentMeta, Passage } from '../../src/ingest/types.js';
import type { ScoredPassage } from '../../src/retrieval/types.js';

/** Small bilingual corpus for composer tests: real Arabic, as the sample documents write it. */
export function meta(over: Partial<DocumentMeta> & { id: string }): DocumentMeta {
  return {
    title: { ar: 'وثيقة', en: 'Document' },
    type: 'final-statement',
    forum: ['ARCP'],
    date: '2016-08',
    language: ['ar', 'en'],
    sources: [`https://example.org/${over.id}`],
    status: 'summary-of-public-reporting',
    ...over,
  };
}

export function passage(m: DocumentMeta, n: number, lang: 'ar' | 'en', text: string): Passage {
  return { id: `${m.id}#${n}`, documentId: m.id, n, lang, text, meta: m, contentHash: 'h' };
}

export const hlm = meta({
  id: 'hlm-2016-statement',
  title: { ar: 'البيان الختامي للاجتماع الاستثنائي', en: 'Final statement of the extraordinary meeting' },
  meeting: 'الاجتماع الاستثنائي الأول',
  date: '2016-08-03',
});
export const gcm = meta({
  id: 'gcm-contribution-2017',
  title: { ar: 'مساهمة عملية التشاور في الاتفاق العالمي للهجرة' },
  type: 'contribution',
  date: '2017-07',
  language: ['ar'],
});
export const wrd = meta({
  id: 'wrd-2022',
  title: { ar: 'بيان اليوم العالمي للاجئين 2022', en: 'World Refugee Day statement 2022' },
  type: 'annual-statement',
  date: '2022-06-20',
});

export const HLM_AR = passage(
  hlm,
  3,
  'ar',
  'أكد المشاركون أن الدول العربية تستضيف أعداداً كبيرة من اللاجئين منذ عقود. ودعا البيان المجتمع الدولي إلى تقاسم الأعباء والمسؤوليات بصورة عادلة؛ كما شدد على حق اللاجئين في العودة الطوعية والآمنة إلى أوطانهم. وأشار إلى أهمية دعم المجتمعات المضيفة.',
);
export const HLM_EN = passage(
  hlm,
  9,
  'en',
  'The participants affirmed that Arab States have hosted large numbers of refugees for decades. The statement called on the international community to share burdens and responsibilities equitably; it stressed the right of refugees to a voluntary and safe return to their homelands. It noted the importance of supporting host communities.',
);
export const GCM_AR = passage(
  gcm,
  2,
  'ar',
  'تؤكد عملية التشاور أن الهجرة الآمنة والمنظمة والنظامية تخدم مصالح دول المنشأ ودول العبور ودول المقصد. وتدعو إلى مكافحة تهريب المهاجرين والاتجار بالبشر، مع احترام السيادة الوطنية للدول في إدارة حدودها.',
);
export const WRD_AR = passage(
  wrd,
  1,
  'ar',
  'تجدد الدول الأعضاء التزامها بحماية اللاجئين وإيجاد حلول دائمة لأوضاعهم. وتدعو إلى تعزيز العودة الطوعية للاجئين في ظروف تحفظ كرامتهم.',
);
export const WRD_EN = passage(
  wrd,
  4,
  'en',
  'Member States renew their commitment to protecting refugees and finding durable solutions for them. They call for the voluntary return of refugees in conditions of dignity.',
);

export function scored(p: Passage, score: number, confidence?: number): ScoredPassage {
  return { passage: p, score, confidence };
}
