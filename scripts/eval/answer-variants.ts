import { createApp, type AppServices } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import { loadQuestions, type AnswerItem } from './answer-set.js';
import { ask } from './answer-quality.js';
import { judge, type ScoredReply } from './answer-score.js';

/**
 * `npm run eval -- variants`: each development question the assistant answers correctly, asked again as members
 * also write it — with a greeting or a thanks, inside a formal letter, after a framing sentence, with the purpose
 * after it, with a typo, in other letter forms, passed on from a colleague, marked urgent, after a sentence saying who writes, wrapped onto a second line, with a signature block, inside a note verbale, after a frame of the asker's own or a subject line, with a wish about the reply — must still be answered correctly. Wrappers and slips are
 * mechanical, so the figure measures how the reading of a question holds up, not how it was tuned. Only the
 * development split is used: the held-out questions stay unread.
 */
type Variant = { name: string; make: (q: string) => string };

const lower = (q: string) => `${q[0]!.toLowerCase()}${q.slice(1)}`;
const bare = (q: string) => q.replace(/[؟?]+$/u, '');

/** Deterministic slips: two adjacent letters swapped, or one left out, in the first long word that is not a name. */
export function slip(q: string, kind: 'swap' | 'drop'): string {
  const words = q.split(' ');
  const at = words.findIndex((w) => /^\p{L}{6,}$/u.test(w) && !/^[A-Z]/.test(w));
  if (at < 0) return q;
  const w = words[at]!;
  words[at] = kind === 'swap' ? `${w.slice(0, 2)}${w[3]}${w[2]}${w.slice(4)}` : `${w.slice(0, 2)}${w.slice(3)}`;
  return words.join(' ');
}

/** The question wrapped as plain-text mail and long chat lines wrap it: at the last space before the 40th character. */
export function wrapped(q: string, width = 40): string {
  const at = q.length > width ? q.lastIndexOf(' ', width) : -1;
  return at > 0 ? `${q.slice(0, at)}\n${q.slice(at + 1)}` : q;
}

const VARIANTS: Record<'en' | 'ar', Variant[]> = {
  en: [
    { name: 'quick q: …', make: (q) => `quick q: ${q}` },
    { name: 'purpose first', make: (q) => `For a briefing note we're drafting, ${lower(q)}` },
    { name: 'greeting and thanks', make: (q) => `Hi team, ${lower(q)} Thanks!` },
    { name: 'lower case, no mark', make: (q) => q.toLowerCase().replace(/[?.!]+$/, '') },
    { name: 'formal letter in one line', make: (q) => `Dear colleagues, I would be grateful if you could let me know: ${q} Best regards` },
    { name: 'framing sentence first', make: (q) => `I have a question regarding the ARCP. ${q}` },
    { name: 'purpose after', make: (q) => `${q} We need this for a note to the Ambassador.` },
    { name: 'confirm: …', make: (q) => `Could you please confirm: ${lower(q)}` },
    { name: 'passed on by a colleague', make: (q) => `My colleague asked: "${q}" Could you help?` },
    { name: 'URGENT: …??', make: (q) => `URGENT: ${bare(q)}??` },
    { name: 'who writes, first', make: (q) => `Good morning. I am the focal point of Jordan. ${q}` },
    { name: 'purpose in brackets', make: (q) => `${bare(q)} (for our briefing note)?` },
    { name: 'Do you know …', make: (q) => `Do you know ${lower(q)}` },
    { name: 'thanks for something else', make: (q) => `${q} Also, thanks for the help last week.` },
    { name: 'wrapped at 40 characters', make: (q) => wrapped(q) },
    { name: 'signature block after', make: (q) => `${q}\n\nBest,\nAhmed Saleh\nPermanent Mission of Jordan, Geneva` },
    { name: 'Q: …', make: (q) => `Q: ${q}` },
    { name: '… 🙏', make: (q) => `${q} 🙏` },
    {
      name: 'note verbale around it',
      make: (q) =>
        `The Permanent Mission of Jordan to the League of Arab States presents its compliments to the Technical Secretariat of the ARCP and has the honour to request the following information: ${q} The Permanent Mission avails itself of this opportunity to renew the assurances of its highest consideration.`,
    },
    { name: 'hope you are well', make: (q) => `Hello, hope you're well! ${q} Thanks so much, really appreciate it.` },
    { name: 'following up: …', make: (q) => `Following up on my earlier message - ${lower(q)}` },
    { name: 'if not on record, who?', make: (q) => `${q} If this is not on record, please let me know who I could ask.` },
    { name: 'own work first, thanks after', make: (q) => `We are updating our records on the ARCP. ${q} Many thanks for your help with this.` },
    { name: 'reply by email; no rush', make: (q) => `${q} Please reply by email. No rush.` },
    { name: 'on behalf of, in brackets', make: (q) => `${bare(q)} (asking on behalf of our Ambassador)?` },
    { name: 'Re: subject - …', make: (q) => `Re: ARCP question - ${q}` },
    { name: 'letters swapped', make: (q) => slip(q, 'swap') },
    { name: 'letter left out', make: (q) => slip(q, 'drop') },
  ],
  ar: [
    { name: 'لو سمحت، …', make: (q) => `لو سمحت، ${q}` },
    { name: 'purpose first', make: (q) => `للمذكرة التي نعدها: ${q}` },
    { name: 'thanks after', make: (q) => `${q.replace(/[؟?]+$/, '')} وشكراً` },
    { name: 'ة/ى/أ written ه/ي/ا', make: (q) => q.replace(/ة(?=\s|$|[؟?،])/g, 'ه').replace(/ى(?=\s|$|[؟?،])/g, 'ي').replace(/[أإ]/g, 'ا') },
    { name: 'formal letter in one line', make: (q) => `السادة الأفاضل، تحية طيبة وبعد، نرجو إفادتنا: ${q} وتفضلوا بقبول فائق الاحترام` },
    { name: 'framing sentence first', make: (q) => `لدي سؤال بخصوص عملية التشاور. ${q}` },
    { name: 'purpose after', make: (q) => `${q} نحتاج ذلك لمذكرة إلى السفير.` },
    { name: 'يرجى التأكيد: …', make: (q) => `يرجى التأكيد: ${q}` },
    { name: 'passed on by a colleague', make: (q) => `زميلي يسأل: «${bare(q)}» هل يمكنكم المساعدة؟` },
    { name: 'عاجل: …؟؟', make: (q) => `عاجل: ${bare(q)}؟؟` },
    { name: 'who writes, first', make: (q) => `صباح الخير. أنا نقطة الاتصال من الأردن. ${q}` },
    { name: 'بدي اعرف / عايز اعرف …', make: (q) => `${q.length % 2 ? 'بدي' : 'عايز'} اعرف ${bare(q)}` },
    { name: '… باختصار؟', make: (q) => `${bare(q)} باختصار؟` },
    { name: 'wrapped at 40 characters', make: (q) => wrapped(q) },
    { name: 'signature block after', make: (q) => `${q}\n\nمع التحية،\nأحمد صالح\nالبعثة الدائمة للأردن، جنيف` },
    { name: 'س: …', make: (q) => `س: ${q}` },
    { name: '… 🙏', make: (q) => `${q} 🙏` },
    {
      name: 'note verbale around it',
      make: (q) =>
        `تهدي البعثة الدائمة للمملكة الأردنية الهاشمية لدى جامعة الدول العربية أطيب تحياتها إلى الأمانة الفنية لعملية التشاور، وتتشرف بأن تطلب إفادتها بما يلي: ${q} وتغتنم البعثة هذه المناسبة لتعرب للأمانة الفنية عن فائق الاحترام والتقدير.`,
    },
    { name: 'hope you are well', make: (q) => `أهلين، إن شاء الله بخير! ${q} يعطيكم العافية` },
    { name: 'following up: …', make: (q) => `متابعة لرسالتي السابقة: ${q}` },
    { name: 'sorry to bother you again', make: (q) => `آسف على الإزعاج مرة ثانية. ${q}` },
    { name: 'own work first, thanks after', make: (q) => `نقوم بتحديث سجلاتنا حول العملية. ${q} مع جزيل الشكر على مساعدتكم.` },
    { name: 'reply by email; no rush', make: (q) => `${q} يرجى الرد بالبريد الإلكتروني. مش مستعجل.` },
    { name: 'on behalf of, in brackets', make: (q) => `${bare(q)} (أسأل نيابة عن السفير)؟` },
    { name: 'does anyone know …', make: (q) => `حدا بيعرف ${q}` },
    { name: 'Arabic-Indic digits', make: (q) => q.replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)]!) },
    { name: 'letters swapped', make: (q) => slip(q, 'swap') },
    { name: 'letter left out', make: (q) => slip(q, 'drop') },
  ],
};

export async function runVariantEval(opts: { corpusDir: string; log: (line: string) => void; showMisses?: boolean }): Promise<void> {
  const app = await createApp(loadConfig({ ARCP_CORPUS_DIR: opts.corpusDir, LOG_LEVEL: 'silent' }), silentLogger(), { inMemory: true });
  await app.ingestCorpus();
  const tally = new Map<string, { right: number; asked: number }>();
  const misses: string[] = [];
  const answerable = (await loadQuestions()).filter((q) => q.split === 'dev' && q.expect === 'answer');
  for (const item of answerable) {
    if (!judge(item, (await ask(app, item.q, item.lang, 'web')) as ScoredReply).correct) continue;
    for (const v of VARIANTS[item.lang]) await tallyVariant({ app, item, v, tally, misses });
  }
  await app.close();
  opts.log(`Variants of the development questions answered correctly (${answerable.length} answerable): correct / asked`);
  for (const lang of ['en', 'ar'] as const) {
    for (const v of VARIANTS[lang]) {
      const t = tally.get(`${lang} ${v.name}`);
      if (t) opts.log(`  ${lang}  ${v.name.padEnd(28)} ${String(t.right).padStart(3)} / ${t.asked}`);
    }
  }
  const all = [...tally.values()].reduce((s, t) => ({ right: s.right + t.right, asked: s.asked + t.asked }), { right: 0, asked: 0 });
  opts.log(`  all ${all.right} / ${all.asked} (${(all.right / Math.max(1, all.asked)).toFixed(3)})`);
  if (opts.showMisses && misses.length) opts.log(['', 'Missed variants:', ...misses].join('\n'));
}

async function tallyVariant(a: { app: AppServices; item: AnswerItem; v: Variant; tally: Map<string, { right: number; asked: number }>; misses: string[] }): Promise<void> {
  const { app, item, v, tally, misses } = a;
  const text = v.make(item.q);
  if (text === item.q) return;
  const reply = await ask(app, text, item.lang, 'web');
  const key = `${item.lang} ${v.name}`;
  const t = tally.get(key) ?? { right: 0, asked: 0 };
  const correct = judge(item, reply as ScoredReply).correct;
  tally.set(key, { right: t.right + (correct ? 1 : 0), asked: t.asked + 1 });
  if (!correct) misses.push(`  [${v.name}] ${item.id}: ${text}\n    → ${reply.kind}: ${reply.text.replace(/\n+/g, ' ⏎ ').slice(0, 200)}`);
}
