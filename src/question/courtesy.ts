import { withoutNoteFrame, withoutOccasion } from './note-frame.js';
import { bodyLines } from './letter-body.js';
import { POLITENESS } from './politeness.js';
import { AR_WISH_TO_KNOW, EN_OPENINGS } from './openings.js';
import { ANSWER_USE_AR, CHAT_PURPOSES, LEADING_PURPOSE, purposeSubject } from './purposes.js';
import { asPointsAsked } from './points-asked.js';
import { withThingSaid, withTimeSaid } from './time-said.js';
import { withoutPreamble } from './preamble.js';
import { OWN_WORK_SENTENCE, PASSED_ON, PLEASANTRY, QUESTION_LABEL, QUOTED, SELF_INTRODUCTION, withoutOwnFrame } from './asker-frame.js';

/**
 * A question without the courtesy around it, as formal mail and notes ask: «أرجو التكرم بإفادتنا بعدد
 * الدول الأعضاء…، وذلك لتحديث صفحة العملية» asks for «عدد الدول الأعضاء…»; "I would be grateful if you
 * could let us know which decision…" asks "which decision…". The words of the courtesy and of the
 * purpose are not in any document, and searching with them made retrieval refuse. What is asked is kept
 * whole; only the frame around it goes, and a question that is all frame is left as it was.
 */
const AR_OPENINGS = [
  // «نأمل أن تبيّن لنا الأمانة الفنية الرسائل التي…», «نرجو أن توضحوا لنا…»: the one asked set to tell what follows.
  /^(?:[وف]?(?:[أا]رجو|نرجو|يرجى|نأمل|[آا]مل|[أا]تمنى|نتمنى)\s+)?[أا]ن\s+(?:ت|ي)(?:بي\u0651?ن|وض\u0651?ح|حد\u0651?د|ذكر|عرض|شرح|سرد|عد\u0651?د)(?:وا)?\s+(?:(?:لنا|لي)\s+)?(?:(?:ال)?(?:[أا]مان[ةه](?:\s+الفني[ةه])?|[إا]دار[ةه])\s+|(?:سيادتكم|حضرتكم)\s+)?/u,
  // «نرجو أن توافونا بتذكير موجز بتاريخ…», «هل يمكن أن تذكّرونا بعدد…», «وأخيراً هل يمكن أن ترسلوا لي…»: the
  // request as a verb of the one asked, which the noun forms above do not catch (each part so asked was refused).
  /^(?:[وف]?[أا]خيرا[ًا]?[،,]?\s+)?(?:[وف]?(?:[أا]رجو|نرجو|يرجى|نأمل|[آا]مل|[أا]تمنى|نتمنى|هل\s+يمكن(?:كم)?|هل\s+بالإمكان|هل\s+بإمكانكم)\s+)?[أا]ن\s+(?:توافو|تزودو|تفيدو|تعلمو|تذك\u0651?رو|تخبرو|تطلعو)(?:نا|ني)\s*(?:ب(?:تذكير(?:نا)?\s+(?:موجز\s+)?(?:ب)?)?|عن\s+)?/u,
  /^(?:[وف]?[أا]خيرا[ًا]?[،,]?\s+)?(?:هل\s+يمكن(?:كم)?|هل\s+بالإمكان|هل\s+بإمكانكم)\s+[أا]ن\s+(?:ترسلوا|ترسل|تبعثوا)\s+(?:لي|لنا|إلي|إلينا)\s+/u,
  // «هل يمكن توضيح كيف تغيّر اسم الإدارة ومتى؟», «ممكن تحديد متى…»: a request to be told, before the question word.
  /^[وف]?(?:هل\s+)?(?:يمكن(?:كم)?|ممكن|بالإمكان|ب[إا]مكانكم)\s+(?:توضيح|تحديد|بيان|ذكر|معرف[ةه]|شرح)\s+(?=(?:كيف|متى|[أا]ين|من|ما|ماذا|كم|لماذا|هل|[أا]ي)\s)/u,
  // أرجو (من سيادتكم) التكرم/التفضل ب(إفادتنا|تزويدنا|موافاتنا|إعلامنا) ب…، «يرجى التكرم ببيان…» (by stating…)
  /^(?:[وف]?(?:[أا]رجو|نرجو|يرجى|[أا]تمنى|نتمنى|ن[أا]مل|[آا]مل)\s+(?:من\s+\S+\s+)?(?:التكرم|التكرّم|التفضل|التفضّل|التلطف)?\s*(?:ب?(?:[إا]فادت(?:نا|ي)|تزويد(?:نا|ي)|مواف[اآ]ت(?:نا|ي)|[إا]علام(?:نا|ي)|[إا]طلاع(?:نا|ي)|الإفادة|الافادة|توضيح|تحديد|ت[أا]كيد(?=\s+(?:[أا]ين|متى|من|كم|[أا]ي|كيف|ما(?!\s+[إا]ذا)))|بيان(?!ات|\s+(?:ال)?(?:يوم|ختامي|عملي|جامع|صادر|مشترك))))?\s*(?:ب)?)/u,
  // يشرفني/يسعدني أن أطلب منكم، (لأغراض …،) الإفادة ب…
  /^(?:[وف]?(?:يشرفني|يشرفنا|يسعدني|يسعدنا)\s+[أا]ن\s+(?:[أان]طلب|نستفسر|[أا]ستفسر)\s+(?:منكم|من\s+\S+)?[،,]?\s*(?:ل[أا]غراض\s+\S+[،,]?\s*)?(?:الإفادة|الافادة|[إا]فادتنا|تزويدنا|عن)?\s*(?:ب)?)/u,
  /^(?:[وف]?(?:[أان]ود|نود|[أان]رغب\s+في)\s+(?:الاستفسار|الاستعلام|الاستيضاح|معرفة|[أا]ن\s+[أن](?:ستفسر|ستعلم|ستوضح|عرف))\s*(?:منكم\s+)?(?:عن\s+)?)/u,
  // يسعدني/يشرفني أن أستوضح منكم عن…، أن أسألكم عن…
  // «نبي منكم لو تكرمتم قائمة…», «نطلب منكم…»: what is wanted of the one asked follows.
  // «أودّ الاطلاع على أدوار الأمانة…»: to be shown what follows.
  /^[وف]?(?:[أان]ود\u0651?|نود\u0651?|[أان]رغب\s+في)\s+(?:ال)?[إا]طلاع\s+على\s+/u,
  /^[وف]?(?:نبي|نبغي|[أا]بي|[أا]بغى|[أا]بغي|نريد|[أا]ريد|نطلب|[أا]طلب|نحتاج|[أا]حتاج)\s+منكم\s+/u,
  // «حدا بيعرف متى…؟», «في حد يعرف وين…؟»: whether anyone knows is not what is asked.
  /^(?:هل\s+)?(?:(?:في|فيه|فيش)\s+)?(?:حد|حدا|[أا]حد|حدا\s+منكم|[أا]حد\s+منكم)\s+(?:بيعرف|يعرف|عارف|يدري|بيدري|داري)\s+/u,
  /^(?:[وف]?(?:يشرفني|يشرفنا|يسعدني|يسعدنا)\s+[أا]ن\s+(?:[أن]ستوضح|[أن]س[أا]ل(?:كم)?|[أن]ستعلم)\s+(?:منكم\s+)?(?:عن\s+)?)/u,
  // أرجو أن تتفضلوا بإخباري/بإفادتي…
  /^(?:[وف]?(?:[أا]رجو|نرجو)\s+[أا]ن\s+(?:تتفضلوا|تتكرموا|تتلطفوا)\s+(?:ب)?(?:[إا]خبار|[إا]فادت|[إا]علام|تزويد)(?:نا|ي)\s*(?:عن\s+|ب)?)/u,
];
/**
 * Where a formal Arabic letter's ask begins, whatever the courtesy before it («يطيب لي أن أتوجه إليكم، في
 * إطار إعداد دراسة…، راجياً التكرم بإفادتنا بأبرز…»): after the first "informing us of" noun, whose ب
 * then belongs to what is asked («بأبرز» → «أبرز»; «بيان» keeps its ب, which is its own letter). A ministry
 * or mission writes of itself in the third person: «ترجو الوزارة التكرم بإفادتها ب…».
 */
const AR_ASK = /^[^.؟?]*?(?:^|[\s،,])(?:ب|ل)?(?:[إا]فادت(?:نا|ي|كم|ها|ه)|الإفادة|الافادة|ال[إا]حاط[ةه](?=\s+ب)|تزويد(?:نا|ي|ها|ه)|مواف[اآ]ت(?:نا|ي|ها|ه)|[إا]علام(?:نا|ي|ها|ه)|[إا]طلاع(?:نا|ي|ها|ه)|[إا]خبار(?:نا|ي))(?:\s*:)?\s+(?:عن\s+|ب(?!ي))?/u;
/**
 * «في إطار إعداد ورقة خلفية…، نأمل توضيح المحاور التي…», «وحتى نعرض بدقة…، نرجو التكرم ببيان…», «وقد طُلب منا، ضمن تقرير
 * داخلي، تحديد الاجتماع…»: a request to have something made clear, or what the writer was asked to find, after
 * whatever comes before it; what follows is asked.
 */
const AR_CLARIFY = /^[^.؟?]*?(?:^|[\s،,])(?:[وف]?(?:ن[أا]مل|نرجو|[أا]رجو|يرجى|[آا]مل|الرجاء)\s+(?:(?:منكم|من\s+الأمان[ةه](?:\s+الفني[ةه])?)\s+)?(?:التكرم\s+|التكرّم\s+|التفضل\s+|التفضّل\s+)?ب?|[وف]?(?:قد\s+)?طُ?لب\s+من(?:ا|نا|ي)\s*(?:[،,][^،,.؟?]{0,60}[،,]\s*)?)(?:توضيح|تحديد|بيان|شرح|(?:ال)?(?:تحقق|ت[أا]كد|تثبت)\s+من(?=\s+(?:مكان|تاريخ|عدد|اسم|موعد|رقم|مد[ةه]|سن[ةه]|عام)(?![\u0621-\u064A])))\s+(?!(?:ذلك|هذا|ذلك\.)(?:[\s.؟?]|$))/u;
/** «…، فنرجو إفادتنا بذلك.»: a request at the end to be told what was just asked. */
const TOLD_OF_IT = /[،,]\s*[وف]?(?:نرجو|ن[أا]مل|يرجى|[أا]رجو)\s+(?:التكرم\s+)?(?:ب)?(?:[إا]فادتنا|تزويدنا|موافاتنا|[إا]علامنا)\s+(?:ب(?:ذلك|ه|ها|هما))\s*[.!]*$/u;
/**
 * «تهدي نقطة الاتصال الوطنية تحياتها، وتود الاستفسار عن…», «…ويود الاستعلام عن…»: the inquiry a letter makes of itself
 * in the third person, after its greeting; what follows «عن» is asked.
 */
const AR_INQUIRY = /^[^.؟?]*?(?:^|[\s،,])[وف]?(?:[تين]ود\u0651?|[تين]رغب\s+في|ترجو|يرجو)\s+(?:الاستفسار|الاستعلام|الاستيضاح|معرف[ةه]|الت[أا]كد|التحقق)\s+(?:منكم\s+|من\s+الأمانة\s+)?(?:عن\s+)?/u;
/**
 * A purpose said before the ask, then "we need to know": «السلام عليكم، نعد ورقة للوزير ونحتاج نعرف ما
 * هي…», "Hi, we're preparing a brief for the minister and need to know which…". What follows is asked.
 */
const NEED_TO_KNOW = [
  // («نودّ لأغراض إحاطة داخلية أن نعرف…»: the verb may carry its shadda, and the asker's purpose come before «أن».)
  /^[^؟?.]{0,80}?(?:^|\s|و)(?:نحتاج|احتاج|أحتاج|نود|أود|اود|نريد|أريد|اريد|بدنا|بدي|ابغى|ابغي|ابي|نبي|عايز|عاوز|عايزين|عاوزين|حاب|حابب|بغيت)\u0651?\s+(?:ل[أا]غراض\s+[^،؟?.]{1,40}?\s+)?(?:ان\s+|أن\s+)?(?:نعرف|اعرف|أعرف|نعلم|معرفة|معرفه)\s+/u,
  /^[^?.]{0,100}?\b(?:(?:i|we) )?(?:(?:would|'d) like|need|want|wish) to (?:know|find out|confirm)\s+/i,
];
/**
 * «يطلب منا معالي الوزير تعريفاً مبسطاً بالعمليات التشاورية…», «نرجو تزويدنا بتعريف موجز بـ…»: a definition asked for,
 * which is asked as «ما هي …» (its words were searched, and «تعريفاً مبسطاً» vetoed the answer).
 */
// («…بتعريف موجز لمنتدى استعراض الهجرة الدولية»: «ل» on a word without its article.)
const AR_DEFINITION_ASKED = /^[^.؟?]{0,60}?(?:^|\s)(?:ب)?تعريف[اًا]*\s+(?:(?:مبسط|موجز|مختصر|عام)[اًا]*\s+)?(?:ب|عن\s+|ل(?!ل))(?=\S)/u;
/**
 * «أعدّ كلمة لوزيرنا وأحتاج الأرقام التي ذكرها…», «نحتاج التواريخ الدقيقة لـ…», "I need the figure for migrants that…":
 * the facts the asker needs, named; they are asked ("what are the figures that…"), and the asker's own work before
 * them is not ("need" was searched, and vetoed the answer).
 */
const AR_NEEDS_THE = /^(?:[^.؟?]{0,80}?(?:\s|^)و?)?(?:[أا]حتاج|نحتاج|بحاج[ةه]\s+[إا]لى|[أا]ريد|نريد)\s+(?=ال)|^(?:i|we)\s+(?:also\s+)?(?:need|want)\s+(?=the\s+(?:exact\s+|latest\s+|official\s+)?(?:figures?|numbers?|dates?|names?|list|details|data|statistics|wording|title|venue)\b)/iu;
/**
 * "Could you please confirm: when was…", «يرجى التأكيد: وين انعقد…؟»: a request to confirm, closed by a colon before
 * the question it asks (without the colon, "confirm whether…" is itself the question).
 */
const CONFIRM_THEN_ASK = /^(?:(?:(?:could|can|would)\s+you\s+)?(?:please\s+|kindly\s+)?(?:confirm|clarify|advise|verify)|(?:هل\s+)?(?:يرجى|نرجو|[أا]رجو|يمكنكم|ممكن)\s+(?:التأكيد|التاكيد|تأكيد|تاكيد|التوضيح|توضيح|التحقق))\s*[:：]\s*/iu;

/**
 * Formal Arabic asks with asides between commas, anywhere: «أود الاستفسار، لو تكرمتم، عن…», «…منكم، إن
 * أمكن، عن…», «أرجو إفادتي، مشكورين، ب…», «أود أن أعرف، مع خالص الشكر، ما…». Each word of them is in no
 * record and weighed against the answer.
 */
const AR_ASIDE = /(?:^|[،,]\s*)(?:لو\s+(?:تكرمتم|تكرّمتم|سمحتم|سمحت)|[إا]ن\s+[أا]مكن|[إا]ذا\s+[أا]مكن|بعد\s+[إا]ذن(?:كم|ك)|مشكور(?:ين|ا|اً)?|مع\s+(?:خالص|جزيل|وافر|فائق)\s+(?:الشكر|التقدير|الاحترام)|تكر[ّ]?م[اًا]*)\s*(?:[،,]\s*|$)/gu;

/** An aside before the question: "In a nutshell, …", "Just checking: …", "Quick one - …". */
const ASIDE = /^(?:in\s+a\s+nutshell|in\s+short|in\s+brief|briefly|just\s+checking|just\s+to\s+check|just\s+to\s+confirm|quick\s+one|one\s+quick\s+(?:one|question)|quick\s+question|out\s+of\s+curiosity|one\s+more\s+(?:thing|question)|another\s+question|q|question|س|سؤال|استفسار|(?:سؤال\s+(?:آخر|اخر|كمان|ثاني|تاني))|كمان\s+سؤال)\s*[,:–—-]\s*/iu;
/**
 * A purpose between commas inside the ask: "Kindly recall, for our talking points on Palestine refugees, the
 * main points of…" (cut as a purpose at the end of the sentence, it took the ask with it: "Kindly recall.").
 */
const PURPOSE_ASIDE = /,\s*for\s+(?:the|our|my|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:brief|briefing|note|notes|report|memo|presentation|file|records?|talking\s+points|speech|capital|minister|ambassador)\b[^,.?]{0,80},\s*/i;
/**
 * «وتودّ الإحاطة، لأغراض مذكرة داخلية عن إطار التعاون…، بمكان توقيع مذكرة التفاهم…»: the asker's purpose between the
 * ask and what it asks for, whose «ب…» or «عن…» goes on after it (cut to the end, it left «وتودّ الإحاطة» alone).
 */
const PURPOSE_ASIDE_AR = /[،,]\s*(?:وذلك\s+)?(?:ل[أا]غراض|لغرض|بغرض|ل[إا]عداد|لاستكمال)\s[^،,.؟?]{3,120}[،,]\s*(?=(?:ب|عن\s|حول\s|بشأن\s)[\u0621-\u064A])/u;
/** A reason of the asker's own after the ask: ", as we are updating our regional summary", ", since our Ambassador needs them…". */
const ASKERS_REASON = /[,;]\s*(?:since|as|because)\s+(?:we|our|my|i)\b[^.?]*/i;

/** A purpose after what is asked: «، وذلك لتحديث…», «، لإدراجها في ورقة خلفية», "…, for our records." */
const PURPOSES = [
  ...CHAT_PURPOSES,
  /[،,]\s*(?:[إا]ذ|حيث)\s+(?:[إا]نني|[إا]ننا|[أا]نني|[أا]ننا)\s[^.؟?]*/u,
  // «…منذ إنشائها، إذ ترد العملية في مراسلات قديمة…»: why the asker asks («إذ», since), after the ask.
  /[،,]\s*[إا]ذ\s+[^.؟?]*/u,
  // «…، حتى نحدّث دليل جهات الاتصال لدينا», «…، كي نُدرجه في…», "…, so we can update our directory": the asker's own next step.
  /[،,]\s*(?:حتى|كي|لكي)\s+[نأت][\u0621-\u064A\u064B-\u0652]{2,}\s[^.؟?]*/u, /,\s*so\s+(?:that\s+)?(?:we|i)\s+(?:can|could|may|might)\b[^.?]*/i, new RegExp(String.raw`[،,]\s*(?:وذلك\s+)?(?:ل[أا]غراض|لتحديث|لاستكمال|لإعداد|لاعداد|حتى\s+نتمكن|كي\s+نتمكن|${ANSWER_USE_AR}|لاستخدام\S*|ل[إا]ضاف\S*)\s[^.؟?]*`, 'u'), /,\s*(?:for\s+our\s+records|in\s+order\s+to|as\s+we\s+(?:are\s+)?prepar|for\s+inclusion\s+in|to\s+(?:include|use|cite|quote)\s+(?:it\s+|them\s+)?in\b|for\s+(?:the|our|my|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:brief|briefing|note|notes|report|memo|presentation|file|talking\s+points)\b)[^.?]*/i, ASKERS_REASON,
];

/**
 * A greeting before the question on the same line: "Dear colleagues, …", "Hi team – …", «السلام عليكم،
 * …», «الزملاء الأعزاء، …», and a reference to an earlier exchange. (A letter's salutation on a line of its
 * own is dropped with the letter's frame.)
 */
/** «إلحاقاً بـ…», «بالإشارة إلى…»: how an Arabic letter refers to what came before, an exchange or a subject. */
const AR_REFERRING = String.raw`(?:[إا]لحاق[اًا]*|بال[إا]شار[ةه]|[إا]شار[ةه])`;
const TO_EARLIER_EXCHANGE = [
  // "Further to our call, …", «إلحاقاً باتصالنا الهاتفي، …», «بالإشارة إلى الموضوع أعلاه، …».
  /^(?:further\s+to|following(?:\s+up\s+on)?|with\s+reference\s+to|as\s+discussed\s+(?:in|on|during))\s+(?:our|your|my|the)\s+(?:(?:telephone|phone|recent|earlier|previous|last|brief)\s+)?(?:call|phone\s+call|e-?mail|letter|message|conversation|meeting|discussion|exchange)\b[^,]{0,40},\s*/i,
  new RegExp(String.raw`^${AR_REFERRING}\s+(?:[إا]لى\s+|ل|ب)[^،,:]{1,60}[،,]\s*`, 'u'),
];
const SALUTATION = [
  /^(?:dear\s+[\w\s.'-]{1,40}?|hello(?:\s+\w+)?|hi(?:\s+\w+)?|good\s+(?:morning|afternoon|evening)(?:\s+\w+)?|greetings)\s*[,!:–—-]\s*/i,
  /^(?:السلام\s+عليكم(?:\s+ورحمة\s+الله(?:\s+وبركاته)?)?|مرحب[اًا]*(?:\s+\S+)?|[أا]هلا(?:\s+\S+)?|[أا]هلين|هلا|يا\s+هلا|صباح\s+الخير|مساء\s+الخير|تحية\s+طيبة(?:\s+وبعد)?|(?:الزملاء|الإخوة|الاخوة|الأخوة|السادة|الساده)\s+(?:الأعزاء|الاعزاء|الكرام|الأفاضل|الافاضل))\s*[،,!:–—-]\s*/u,
];
const GREETING = [...TO_EARLIER_EXCHANGE, ...SALUTATION, ASIDE, PLEASANTRY, SELF_INTRODUCTION, ...PASSED_ON];

/**
 * "Good morning.", «أنا نقطة الاتصال من الأردن.»: a sentence that greets or says who writes, and so is no context of
 * the question after it («…إيمتى انطلقت العملية؟» was searched with Jordan and refused).
 */
export function greetsOrIntroduces(sentence: string): boolean {
  const s = sentence.trim();
  if (`${s} `.replace(SELF_INTRODUCTION, '').trim() === '') return true;
  const asGreeting = `${s.replace(/[.!]+$/u, '')},`;
  return SALUTATION.some((re) => asGreeting.replace(re, '').trim() === '');
}

/**
 * What a letter says it writes about before it asks: «بالإشارة إلى البيان الصادر بمناسبة اليوم العالمي
 * للاجئين 2019، نرجو إفادتنا بتاريخ توزيعه…», "With reference to the 2019 statement, could you tell us when it
 * was issued?". The courtesy goes with the frame; what it refers to is the question's subject.
 */
const REFERENCE = [
  // (Its subject may close with a colon or a dash, as a mail's subject line does: "Re: ARCP question - when…".)
  new RegExp(String.raw`^(?:${AR_REFERRING}|بخصوص|بشأن|فيما\s+يتعلق|في\s+ما\s+يتعلق)\s+(?:[إا]لى\s+|ل|ب)?([^،,:؟?–—-]{3,90})(?:[،,:]|\s[–—-]\s)`, 'u'),
  /^(?:with\s+reference\s+to|further\s+to|regarding|concerning|as\s+regards|with\s+regard\s+to|in\s+connection\s+with|re\s*:)\s*([^,:?–—-]{3,90})(?:,|:|\s[–—-]\s)/i,
  // What the writer noticed, then the ask of it: «وقد لاحظنا أن بيان… ديسمبر 2022 استشهد بإعلان…، فنأمل توضيح اسم
  // هذا الإعلان…» (what they noticed is what «هذا الإعلان» is).
  /^(?:و)?(?:قد\s+)?(?:لاحظنا|لاحظت|وجدنا|وجدت|قرأنا|قرأت|علمنا|علمت|تبين\s+لنا|تبيّن\s+لنا)\s+[أا]ن(?:ه)?\s+([^،,؟?]{3,240})[،,]\s*(?=ف|و?(?:نرجو|نأمل|نامل|أرجو|ارجو|يرجى|هل|ما|من|كم|متى))/u,
];
/** A reference to the correspondence itself ("our call", «كتابكم رقم…», «الموضوع أعلاه»), which names no subject. */
const CORRESPONDENCE =
  /^(?:(?:our|your|my|the)\s+(?:(?:telephone|phone|recent|earlier|previous|last|brief)\s+)?(?:call|phone\s+call|e-?mail|letter|message|note|conversation|meeting|discussion|exchange)|(?:ال)?(?:كتاب|خطاب|رسال[ةه]|مذكر[ةه]|برقي[ةه]|مراسل[ةه]|اتصال|مكالم[ةه]|بريد|حديث|محادث[ةه]|لقاء)|[^\s]+(?:نا|كم)(?:\s|$)|(?:ال)?موضوع\s+(?:[أا]علاه|المذكور))/iu;

/**
 * A question whose opening refers to what it is about: what is asked, and what it refers to
 * («…بالإشارة إلى البيان الصادر بمناسبة اليوم العالمي للاجئين 2019، نرجو إفادتنا بتاريخ توزيعه»). Undefined
 * when it has no such reference, or one to the correspondence ("Further to our call,").
 */
export function subjectReferred(question: string): { asked: string; subject: string } | undefined {
  let text = question.trim();
  for (const re of SALUTATION) text = text.replace(re, '');
  for (const re of REFERENCE) {
    const m = re.exec(text);
    const subject = m?.[1]?.trim();
    if (m && subject && !CORRESPONDENCE.test(subject)) return { asked: text.slice(m[0].length).trim(), subject };
  }
  return purposeSubject(text);
}

/**
 * "…the following details on the Beirut consultation:", «…بالمعلومات التالية عن المشاورة…:»: the line that
 * introduces a letter's list of questions; what it is about follows. "Following" and «التالية» are in no
 * record, and vetoed every item asked of it.
 */
const FOLLOWING = [
  /[,;]?\s*(?:\b(?:we|i)\s+would\s+(?:be\s+grateful|appreciate)\s+(?:for\s+|receiving\s+)?|\b(?:please|kindly)\s+(?:provide|share|send|let\s+us\s+have)\s+)?\b(?:the\s+)?following\s+(?:details|information|points|questions|data|clarifications?|facts)\s*(?:(?:on|about|regarding|concerning|of|in\s+respect\s+of)\s+)?/i,
  /^(?:ب?ال)?(?:معلومات|بيانات|تفاصيل|نقاط|استفسارات|[أا]سئل[ةه]|[إا]يضاحات)\s+(?:ال)?(?:تالي[ةه]|[آا]تي[ةه])\s*(?:(?:عن|حول|بشأن|بشان|بخصوص|المتعلق[ةه]\s+ب)\s*)?|^بما\s+يلي\s*(?:(?:عن|حول|بشأن|بشان|بخصوص)\s+)?/u,
];

/**
 * «من نقطة الاتصال العراقية: …», "From the Jordanian focal point: …": who writes, not whom to reach (the focal point
 * named read as a wish to contact one, and the letter's questions of record were ticketed).
 */
const SENDER = /^(?:من|مرسل(?:[ةه])?\s+من)\s+(?:نقط[ةه]\s+الاتصال|نقاط\s+الاتصال|وفد|بعث[ةه]|مندوبي[ةه]|سفار[ةه]|وزار[ةه])[^:،,\n]{0,40}[:،,]\s*|^from\s+(?:the\s+)?[\w\s'-]{0,40}?(?:focal\s+point|mission|delegation|embassy|ministry)[^:,.\n]{0,30}[:,.]\s*/iu;

/** Shortest a question may become: below it, the frame was the question. */
const MIN_LEFT = 12;

/** A message without the purpose the asker gives after the ask ("…, need it for my report"), or before it in an Arabic letter («لغرض إعداد ورقة…،»): what intent reads. */
export function withoutPurpose(message: string): string {
  const unsigned = withoutEach(withoutOwnFrame(letterBody(message).replace(SENDER, '').replace(QUESTION_LABEL, '')), [SELF_INTRODUCTION, PLEASANTRY, OWN_WORK_SENTENCE]);
  return withoutEach(withoutFirst(unsigned, LEADING_PURPOSE), [...CHAT_PURPOSES, ...POLITENESS]).replace(QUOTED, '$1');
}

/**
 * A message of several lines without its address, greeting lines, closing and signature («السادة في الأمانة الفنية،»
 * / «تحية طيبة وبعد،» / … / «مع خالص الشكر»): read with them, the secretariat named in the address made a question a
 * wish to reach it. A message that is nothing else stays as it is.
 */
function letterBody(message: string): string {
  const text = message.trim();
  if (!text.includes('\n')) return text;
  const body = bodyLines(text).join('\n').trim();
  return body.length >= MIN_LEFT ? body : text;
}

/** The text without the first of `patterns` that leaves enough of it (MIN_LEFT). */
function withoutFirst(text: string, patterns: readonly RegExp[]): string {
  for (const re of patterns) {
    const cut = text.replace(re, '');
    if (cut !== text && cut.length >= MIN_LEFT) return cut;
  }
  return text;
}

/**
 * The text without each of `patterns`, each cut kept when it leaves enough of it (MIN_LEFT), until none cuts more: the
 * last of two courtesies said one after the other («…يرجى الرد بالبريد الإلكتروني. مش مستعجل.») hides the first.
 */
function withoutEach(text: string, patterns: readonly RegExp[]): string {
  let kept = text;
  for (let before = ''; before !== kept; ) {
    before = kept;
    kept = patterns.reduce((sofar, re) => {
      const cut = sofar.replace(re, '').trim();
      return cut.length >= MIN_LEFT ? cut : sofar;
    }, kept);
  }
  return kept;
}


/**
 * "Could you outline the objectives…", "Can you describe the roles…", "Would you give me the agenda…": a
 * request put as a question asks what follows, not whether it can be done, and is read as "what are the
 * objectives…" (a bare "the partners of the ARCP" read as no kind of question). "Could you confirm whether…"
 * stays a yes/no question; "send" and "share" ask for a document, which is not this.
 */
const REQUEST_AS_QUESTION = /^(?:(?:could|can|would)\s+you\s+|(?:please|kindly)\s+)(?:please\s+|kindly\s+)?(?:outline|set\s+out|describe|summari[sz]e|explain|detail|specify|identify|name|list|give(?:\s+(?:us|me))?|provide(?:\s+(?:us|me))?(?:\s+with)?|confirm)\s+(?!the\s+following\b)(?=(the|all|each|which|what|when|where|who|how|why|its|their)\b)/i;
const WH = /^(?:which|what|when|where|who|how|why)$/i;

function asQuestion(text: string): string {
  return text.replace(REQUEST_AS_QUESTION, (_m, next: string) => (WH.test(next) ? '' : 'what are '));
}

export function withoutCourtesy(question: string): string {
  // "…??", «…؟؟»: one question mark says as much.
  let text = withoutEach(question.trim().replace(/([?؟])[?؟!]+/gu, '$1'), POLITENESS);
  const unaside = text.replace(AR_ASIDE, (m) => (/^[،,]/u.test(m) ? ' ' : '')).replace(/\s{2,}/gu, ' ').trim();
  if (unaside.length >= MIN_LEFT) text = unaside;
  // «السادة الأفاضل، تحية طيبة وبعد، …»: greetings come one after another.
  for (let before = ''; before !== text; ) {
    before = text;
    for (const re of GREETING) {
      const unframed = text.replace(re, '');
      if (unframed !== text && unframed.length >= MIN_LEFT) text = unframed;
    }
  }
  const framed = withoutOwnFrame(text).replace(QUOTED, '$1');
  const unpurposed = withoutFirst(framed, LEADING_PURPOSE);
  text = unpurposed === framed ? framed : withThingSaid(framed.slice(0, framed.length - unpurposed.length), unpurposed);
  text = asQuestion(asPointsAsked(withoutNoteFrame(withoutOccasion(text)))).replace(TOLD_OF_IT, '');
  // («أحتاج الرقم بسرعة: كم مسؤولاً…؟»: a need before a colon and a whole question is a preamble, cut whole below.)
  const needIsPreamble = withoutPreamble(text) !== text;
  for (const re of [CONFIRM_THEN_ASK, AR_DEFINITION_ASKED, AR_CLARIFY, AR_ASK, AR_INQUIRY, AR_WISH_TO_KNOW, ...NEED_TO_KNOW, AR_NEEDS_THE, ...AR_OPENINGS, ...EN_OPENINGS]) {
    if (re === AR_NEEDS_THE && needIsPreamble) continue;
    const cut = text.replace(re, re === AR_NEEDS_THE ? (/^[a-z]/i.test(text) ? 'what is ' : 'ما ') : re === AR_DEFINITION_ASKED ? 'ما هي ' : '');
    if (cut !== text && cut.trim().length >= MIN_LEFT) {
      text = withTimeSaid(text.slice(0, text.length - cut.length), cut.trim());
      break;
    }
  }
  // «عمّن افتتح…», «ممّن قدّم…», «عمّا إذا…»: «عن», «من» fused with the question word, which stays.
  text = text.replace(/^[عم]م[ّ]?ن(?=\s)/u, 'من').replace(/^عم[ّ]?ا(?=\s)/u, 'ما');
  text = withoutPreamble(text);
  for (const re of FOLLOWING) {
    // ("…has the honour to request the following information: where…": the colon goes with the line it closes.)
    const cut = text.replace(re, ' ').replace(/^\s*[:：]\s*/u, '').replace(/\s*[:：]\s*$/u, '');
    if (cut !== text && cut.trim().length >= MIN_LEFT) text = cut.trim();
  }
  for (const re of [PURPOSE_ASIDE, PURPOSE_ASIDE_AR, ...PURPOSES]) {
    const cut = text.replace(re, re === PURPOSE_ASIDE || re === PURPOSE_ASIDE_AR ? ' ' : '').replace(/\s{2,}/g, ' ');
    if (cut.trim().length >= MIN_LEFT) text = cut.trim();
  }
  // ("…quickly, I have a meeting in 10 min": the please or hurry the purpose stood after.)
  return asPointsAsked(withoutEach(text, POLITENESS));
}
