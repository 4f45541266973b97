import { normalizeArabic } from '../text/normalize.js';
import type { Intent } from './types.js';

/**
 * The cue table of the intent classifier: weighted patterns over normalised text (lower-case Latin; Arabic
 * with one alef, ه for ة, ي for ى, no diacritics). Arabic sources are written as people type them and
 * normalised here; in them `#` marks a word start that may carry clitics (و ف ب ل ك, the article), and a
 * space matches any run of spaces.
 */
export type Cue = [RegExp, number];

const W = '(?:(?<![\\p{L}\\p{N}])(?:و|ف)?(?:(?:ب|ل|ك)?ال|لل|ب|ل|ك)?)';
/** End of an Arabic word, allowing the possessive and plural endings written after it. */
const END = '(?:ها|هم|نا|كم|ي|ه|ا)?(?![\\p{L}])';
export const ar = (source: string, weight: number): Cue => [
  new RegExp(normalizeArabic(source).replaceAll('#', W).replaceAll('$', END).replaceAll(' ', '\\s+'), 'u'),
  weight,
];
export const en = (re: RegExp, weight: number): Cue => [re, weight];

/**
 * Words naming the asker or the one addressed, as their own words: "I", "our", «انا», «معنا». The rules
 * that tell a question about the conversation, or a request, from a question of fact start from them.
 */
export const ASKER_OR_ADDRESSEE = {
  en: ['i', "i'?m", 'me', 'my', 'we', 'us', 'our', 'you', 'your'],
  ar: ['انا', 'احنا', 'نحن', 'لي', 'لنا', 'معي', 'معنا'],
};

/** What "I need to …" asks when it asks for a fact, not an act: "I need to know / find out / confirm…". */
export const TO_KNOW = 'know|find out|learn|confirm|check';

// Documents people ask for, in each language.
const DOCS_EN = String.raw`(?:document|statement|report|paper|minutes|declaration|recommendations|text|version|presentation|slides|communiqu[eé]|agenda|concept note|file|work ?plan|copy|pdf|outcome|translation|agreement)s?`;
const DOCS_AR = '(?:نسخ|محضر|محاضر|تقرير|بيان(?!ات)|نص|ورق|ملف|جدول|مذكر|خط|عرض|وثيق|وثائق|توصيات|اعلان|دليل|شرائح|ترجم)';
const NEED_EN = String.raw`(?:please|kindly|could you|can you|would you|grateful if|appreciate|would like|wish|want|need|needs|missing|requesting|request|looking for|can'?t find|cannot find|could not find|couldn'?t find)`;

export const CUES: Record<Exclude<Intent, 'position-question'>, Cue[]> = {
  registration: [
    en(/\bregist(?:er|ers|ering|ered|ration|rations)\b|\bsign\b.{0,25}\bup\b|\benrol(?:l|ls|led|ling|ment)?\b|\baccredit\w*/, 3),
    en(/\bconfirm\w*\b.{0,60}\b(?:participation|attendance|presence|represent\w*|attend\w*)\b|\bwill be represented\b/, 3),
    en(/\b(?:would like|wish(?:es)?|plan(?:s|ning)?|intends?|want|wants|hope) (?:for \w+ )?to (?:attend|participate|take part|join)\b|\b(?:two|three|\d) (?:officials|delegates|participants) to attend\b/, 3),
    en(/\b(?:put|add|include)\b.{0,20}\b(?:on|to|in) the (?:list|delegation)\b|\b(?:replace|substitute)\b.{0,30}\bdelegat\w*|\bnames? of (?:our|the) delegation\b/, 3),
    en(/\b(?:our|my|his|her) delegation\b|\bdelegates?\b|\bhead of delegation\b|\bparticipants?\b|\bparticipation\b/, 1.5),
    en(/\b(?:attend|participate|take part|join)\b.*\b(?:meeting|session|conference|workshop|consultation|forum|training)\b/, 1),
    en(/\bvisa\b|\binvitation letters?\b|\bletters? of invitation\b|\bbadge\b|\btravel arrangements?\b|\bnominat\w*/, 2),
    en(/\bhotel (?:booking|reservation)|\blogistic\w*/, 1),
    en(/\bcancel\w*\b.{0,20}\b(?:participation|registration|attendance)\b|\b(?:attend|participate|come) instead\b|\binstead of (?:mr|ms|mrs|dr)\b/, 3),
    en(/\breserve\b.{0,20}\bseats?\b|\bseat for\b|\bparticipants? list\b|\blist of participants\b|\b(?:online|remote|virtual) participation\b|\bjoin (?:online|remotely|virtually)\b/, 2.5),
    ar('#تسجيل|(?<!(?:في|من|حسب|نراجع|راجعنا|نحدث|تحديث) )#(?:ا|ن|ي|ت)?سجل(?:وا|ي|نا)?(?![\\p{L}])|#(?:اعتماد|ادراج) (?:#?(?:وفد|مشارك|اسم|السيد|السيده|ممثل|مراقب))', 3),
    ar('#(?:تاكيد|نؤكد|اكد|يؤكد)\\S* #?(?:مشارك|حضور)|#(?:اجراءات|شروط|كيفيه|طريقه) #?(?:مشارك|تسجيل|حضور|انضمام)', 3),
    ar('#(?:استبدال|تغيير|تعديل)\\S* #?(?:مندوب|ممثل|عضو|اعضاء|وفد|اسم)|#(?:انضمام|التحاق)\\S* (?:\\S+ ){0,1}#?(?:دوره|ورشه|اجتماع|برنامج|تدريب)', 3),
    ar('#وفد|رئيس #?وفد|#مندوب\\S*|#ممثل(?:ه|ا|ين)?(?![\\p{L}])', 1.5),
    ar('#(?:مشارك|حضور|نشارك|نحضر|اشارك|احضر|سيشارك|ستشارك|سيحضر|يحضر|ستحضر)\\S*(?: \\S+){0,3} #(?:اجتماع|دوره|مؤتمر|ورشه|منتدي|جلسه)', 1.5),
    ar('#تاشير|(?:خطاب|رساله|كتاب) #?دعوه|#(?:ترشيح|نرشح|رشح)|#(?:اضافه|ادراج) #?(?:اسم|اسماء)|#اسماء #?(?:اعضاء )?#?وفد', 2),
    ar('#(?:حجز|اقامه)|#فندق|#(?:ننضم|انضم)', 1),
    ar('#(?:نوفد|سنوفد|ايفاد|يوفد)|#(?:الغاء|الغي|سحب)\\S* #?(?:مشارك|تسجيل|حضور)|بدلا (?:منه|منها|عنه|عنها)', 3),
    ar('#استمار', 2),
    ar('قائمه #?مشاركين|#بطاق\\S* #?(?:اعتماد|دخول)|#(?:مشارك|حضور)\\S* عن بعد|حجز مقعد|#مقعد', 2.5),
  ],
  'document-request': [
    // (Not the facts a document gives: "give me the key points of the 2024 statement", "provide us a summary of…".)
    en(/\b(?:send|forward|share|e-?mail|mail|provide|give|pass)(?: \w+)? (?:me|us)\b(?!\s+(?:with\s+)?(?:the\s+|a\s+|an\s+)?(?:(?:key|main|central|core|short|quick|brief)\s+)?(?:points|summary|overview|rundown|gist|highlights|figures?|numbers?|dates?|names?|objectives|priorities|themes|topics)\b)|\bshare with (?:me|us)\b|\bsend over\b/, 2.5),
    en(new RegExp(String.raw`\b(?:send|forward|share|e-?mailed|mailed|sent|transmit|receiv\w*|obtain|download|access|get|(?:do you|can (?:i|we)|could (?:i|we)|may (?:i|we)) have|lacks?|lacking)\b.{0,35}\b${DOCS_EN}\b|\b${DOCS_EN}\b.{0,60}\b(?:be (?:e-?mailed|sent|forwarded|shared)|available|published|posted|online|uploaded)\b`), 2.5),
    // (Not the facts a document gives: "we would appreciate the agenda items of…", "the figures given in the statement".)
    en(new RegExp(String.raw`\b${NEED_EN}\b(?!\s+(?:the\s+|its\s+)?(?:agenda\s+items|figures?|numbers?|items|main\s+points|key\s+points|points|dates?|names?|topics|themes|roles)\b).{0,60}\b${DOCS_EN}\b`), 2.5),
    en(/\bcop(?:y|ies)\b|\bpdf\b|\bsoft ?copy\b|\belectronic version\b|\bscanned\b|\bdownload\w*|\blink (?:to|for)\b|\bhyperlink\b/, 2),
    en(/\bwhere (?:can|could|do|may|would) (?:i|we|one) (?:find|get|obtain|download|access|see|read)\b|\bwhere (?:is|are)\b.{0,40}\b(?:text|version|copy|document|minutes|report|statement)\b/, 2.5),
    en(/\bis there an? (?:english|arabic|french) (?:version|translation|text)\b|\b(?:may|can|could) (?:i|we) (?:have|get|receive|obtain)\b/, 2.5),
    // (Not what is told, not sent: «نرجو تزويدنا بتعريف موجز لـ…», «إفادتنا بتاريخ…».)
    ar('#(?:ا|ت|ن)?رسل\\S* (?:لنا|لي|الينا|الي)(?![\\p{L}])|#(?:تزويد|موافات|ارسال|اطلاع|افاد)(?:نا|ي)(?![\\p{L}])(?! (?:ب|عن )?(?:ال)?(?:تعريف|معلومات|معلومه|توضيح|تاريخ|عدد|اسم|اسماء|موعد|مكان|نتيجه|نتائج|ابرز|اهم|موقف|محاور|اهداف|الفرق|مدي|ما|من|متي|اين|كيف|كم|هل|اي)(?![\\p{L}]))', 3),
    ar(`#(?:ارسال|ارسل|موافا|تزويد|استلام|حصول|نحصل|احصل|تحميل|تنزيل|اطلاع)\\S*(?: \\S+){0,4} #?${DOCS_AR}`, 2.5),
    ar(`#(?:نحتاج|احتاج|نريد|اريد|نود|نرغب|يسعدنا|بحاجه|نطلب|اطلب|نرجو|ارجو|الرجاء|يرجي)\\S*(?: \\S+){0,3} #?${DOCS_AR}`, 2),
    ar(`(?:لديكم|لديك|عندكم|ابحث عن|نبحث عن|ينقص\\S*|#احاله|#احالت|#(?:تتوفر|يتوفر|متاح|متوفر)\\S*|#مجموعه)(?: \\S+){0,3} #?${DOCS_AR}`, 2.5),
    ar('#نسخ(?:ه|تين)?(?![\\p{L}])|#رابط|#تحميل|#تنزيل|pdf|(?:اين|من اين) (?:يمكن|يمكنني|يمكننا|اجد|نجد)', 2.5),
  ],
  submission: [
    en(/\b(?:we|i) (?:hereby |are pleased to |have the honou?r to |would like to )?(?:submit|transmit|enclose|attach|send you|forward you|share with you|provide you)\w*/, 3),
    en(/\bfind (?:attached|enclosed)\b|\battached (?:is|are|please|herewith|you will find)\b|\benclosed (?:is|are|herewith)\b|\bherewith\b|\bhere (?:is|are) (?:our|my|the)\b/, 3),
    en(/\b(?:sharing|sending|forwarding|transmitting|submitting) (?:with |to )?you\b|\b(?:we are|i am) (?:sending|submitting|sharing|transmitting|forwarding)\b|\btable (?:a|our|the) (?:paper|proposal|draft|document)\b/, 3),
    en(/\b(?:our|my country'?s?|national|the government'?s|the ministry'?s|\w+'s)\b.{0,40}\b(?:contribution|input|submission|comments|inputs|written statement|observations|remarks|amendments|country paper)\b/, 2),
    en(/\bhow (?:do|can|should) (?:we|i) (?:get|send|submit|deliver|transmit|share)\b|\b(?:we|i) have (?:prepared|drafted|finali[sz]ed|completed)\b|\bsubmi(?:t|ts|ssion|tting|tted)\b/, 2.5),
    en(/\bproposed (?:text|amendments?|wording|language|paragraph)\b|\b(?:add|insert|amend|delete) (?:a |the )?(?:paragraph|sentence|text|wording)\b|\btext below\b/, 3),
    en(/\battached\b|\benclosed\b|\bcontribute\b/, 2),
    en(/\b(?:suggested|proposed) (?:wording|text|language|amendments?)\b|\bbelow is\b/, 3),
    en(/\bfor (?:inclusion|consideration|circulation|your records)\b|\bincluded in\b|\bon behalf of\b|\bupload\w*|\bcontribution\b|\bcirculate\b/, 1),
    // «المرفق الأول» of a declaration is its annex, not an attachment; nor is «وهو مرفق بأي وثيقة؟» (annexed to which).
    ar('#(?:نرفق|ارفق|مرفق|مرفقه|مرفقات|المرفقات|طيه|رفقه|طي هذا)$(?! (?:الاول|الثاني|الثالث|الرابع|الخامس))(?! ?#?(?:اي|ايه|انهي|ماذا|شو|ايش|وش)(?![\\p{L}]))|#اليكم(?![\\p{L}])', 3),
    ar('#مساهم\\S* ب|#(?:صياغ|نقترح)\\S*', 2.5),
    ar('#(?:نتقدم|نقدم|تقديم|نتشرف|يسرنا|يشرفنا)\\S*(?: \\S+){0,4} #(?:مساهم|ورق|تقرير|مداخل|ملاحظات|مقترح|تعليق)', 3),
    ar('#(?:موافاتكم|نوافيكم|نرسل لكم|نبعث)|#(?:ارسال|نرسل) (?:\\S+ ){0,3}(?:اليكم|لكم)|#(?:نرسل|ارسل|نقدم|نسلم|ارسال|تقديم|تسليم)\\S* (?:\\S+ ){0,2}(?:الي|لل) ?#?امانه', 3),
    ar('#(?:ادراج|تعميم|ضم)\\S* #?(?:ورق|مساهم|تقرير|ملاحظات|مدخلات)|#(?:تقرير|ورقت|مساهمت|ملاحظات|مدخلات|تعديلات)(?:نا)(?![\\p{L}])', 3),
    ar('#مساهم\\S* (?:#?(?:دول|بلد|وزار|حكوم|مملك|جمهوري|امار|سلطن)\\S*|#?وطني\\S*)|(?:دولتنا|بلدنا|حكومتنا|وزارتنا|بلادنا)|#ورق\\S* #?(?:قطري|وطني)', 2),
    ar('(?:النص|الصيغه) #?مقترح|#(?:اضافه|ادراج|حذف|تعديل) #?(?:فقره|جمله|نص|عباره)|ادناه', 3),
    ar('#(?:مدخلات|ملاحظات|تعديلات|تعليقات|مقترحات)|#مساهم', 1),
  ],
  'ask-person': [
    en(/\b(?:speak|talk|chat)(?:ing)?\b.{0,20}\b(?:to|with)\b|\b(?:short|quick|phone) call\b|\bring me\b|\bcall me\b|\bcall (?:me )?back\b|\bput me in touch\b|\bconnect me\b|\bget back to me\b|\bliaise\b/, 3),
    en(/\b(?:a (?:quick |short )?(?:word|call|chat|meeting)) with\b|\bwho (?:should|can|do) (?:i|we) (?:contact|talk|speak|liaise|reach|ask|call|write)\b|\bdiscuss this with\b/, 3),
    en(/\b(?:contact|reach|get in touch with|in touch with|get hold of|appointment)\b|\bmeet (?:with )?(?:the |a |your )?(?:head|director|minister|ambassador|secretary|team|staff)\b/, 2),
    en(/\b(?:phone|telephone|mobile|whatsapp|e-?mail address|contact details|contact information|contact person|by phone)\b/, 2.5),
    en(/\bwho (?:is|are) (?:the |your )?(?:person|officer|official|contact|focal point|responsible|in charge)\b|\bperson in charge\b/, 2.5),
    en(/\bwho is (?:handling|responsible|in charge|dealing with|managing|following|coordinating)\b|\btheir (?:details|contact|e-?mail|number)\b|\b(?:officer|official|person|someone|staff member|colleague)\b.{0,15}\b(?:i|we) (?:can|could|may) (?:e-?mail|write to|call|contact|reach|speak)\b|\bspare\b.{0,20}\bminutes\b|\bthe contact (?:details )?of\b|\ba call from\b/, 3),
    en(/\b(?:a human|someone|somebody|staff member|real person|an official|focal point|colleague|whoever|member of the (?:technical )?secretariat)\b/, 1),
    en(/\b(?:director|minister plenipotentiary|ambassador|mr|mrs|ms|dr|h\.e)\b|\bnumber\b/, 1),
    ar('#(?:تحدث|اتحدث|نتحدث|حديث|كلام|اكلم|نكلم|مناقشه|نقاش|التشاور)\\S* (?:\\S+ ){0,2}(?:مع|الي)(?![\\p{L}])', 3),
    ar('#(?:تواصل|اتواصل|نتواصل|اتصال|اتصل|نتصل|يتصل|تتصل|اتصلوا)\\S* (?:مع|ب\\S+)|#(?:مكالمه|هاتفيا)|مع من', 2.5),
    ar('رقم #?(?:هاتف|جوال|تليفون|تلفون)|#(?:هاتف|جوال|واتساب|تليفون)|بريد\\S* #?الكترون', 2.5),
    ar('#(?:مقابله|موعد|لقاء)|#(?:شخص|احد|موظف)\\S* (?:#?مسؤول|من #?امانه|#?موظف|#?اعضاء)', 1.5),
    ar('#نقط\\S* #?اتصال|#(?:مسؤول|المسؤوله)|من #?مسؤول|#موظف\\S*', 1),
    ar('من (?:يتولي|المسؤول|يتابع|يشرف|ينسق)|بيانات #?(?:تواصل|اتصال)|#(?:مراسل|اراسل|نراسل)\\S*|#(?:تخصيص|ترتيب)\\S* (?:\\S+ ){0,2}(?:دقائق|وقت|موعد|لقاء)|#(?:وصول|اصل|نصل) (?:الي|ل) ?#?(?:السيد|السيده|الدكتور|الدكتوره|مدير|مسؤول|الاستاذ)', 3),
    ar('#(?:السيد|السيده|الدكتور|الدكتوره|الاستاذ|الاستاذه|معالي|سعاده|الوزير المفوض|مدير|مديره|رئيس القطاع)(?![\\p{L}])', 1),
  ],
  greeting: [
    en(/^(?:help|menu|start|commands|options|\?)\W*$|\bwhat can you\b|\bwho are you\b|\bwhat (?:are|is) (?:you|this (?:bot|assistant|service|tool))\b|\bwhat do you (?:know|cover|do)\b/, 3),
    en(/\bhow (?:does|do) (?:this|the|you)\b.{0,20}\bwork\b|\bhow (?:do|can|should) (?:i|we) use\b|\bwhat (?:kinds?|sorts?|types?) of\b.{0,30}\bask\b|\bwhat can i ask\b|\bhow to use (?:you|this|it)\b|\bare you (?:a |an )?(?:bot|robot|human|person|real|ai|machine)\b/, 3),
    en(/\bwhere (?:do|should) i (?:start|begin)\b|\bnew to\b|\banyone there\b/, 2),
    ar('ماذا (?:يمكنك|تستطيع|تقدم)|ما الذي (?:يمكنك|تستطيع|تقدم)|كيف (?:استخدم|استعمل|يعمل|اتعامل)|من (?:انت|انتم)(?![\\p{L}])|ما (?:هي )?(?:خدماتك|مهامك|وظيفتك)|(?:اي|ما) (?:نوع )?(?:الاسئله|اسئله)', 3),
    ar('هل (?:انت|انتم) (?:انسان|بشر|روبوت|برنامج|اله|اداه|مساعد)|#(?:خدمات|الخدمات) (?:التي )?(?:يقدمها|تقدمها|يوفرها)|هذا (?:النظام|المساعد|البرنامج|الروبوت)', 3),
    ar('من اين ابدا|كيف ابدا|هل من احد|هل يوجد احد', 2),
    ar('ما (?:الذي )?(?:تقوم به|تفعله|عملك)|كيف (?:يمكنني|يمكن) #?(?:استفاده|استخدام) (?:من )?(?:هذا|هذه)', 3),
    // Small talk and questions about the assistant itself, in chat and in dialect.
    en(/\bhow (?:are|r) (?:you|u|things)\b|\bhow'?s (?:it going|things|everything)\b|\bhow (?:do you do|have you been)\b|\bhope (?:you'?re|you are|all is) (?:doing )?well\b|\bnice to meet you\b|\bwhat'?s (?:up|good)\b/, 3),
    en(/\b(?:are|can|do|will) you (?:speak|understand|reply|answer|respond|real|human|connected|run|available|there)\b|\b(?:yourself|this (?:tool|bot|chatbot|chat|assistant|service|thing))\b|\bwho (?:made|built|created|runs|developed|designed) (?:you|this)\b|\b(?:any(?:one|body)|some(?:one|body)) (?:there|here|home)\b|^(?:ping|test(?:ing)?)\b/, 2),
    ar('كيف (?:حالك|حالكم|الحال|الاحوال)|(?:^|\\s)(?:كيفك|كيفكم|شلونك|شلونكم|ازيك|ازيكم)(?![\\p{L}])|(?:شو|ايه|ايش|وش) (?:الاخبار|اخبارك)|تشرفت بمعرفتك|اتمني ان (?:تكون|تكونوا) بخير', 3),
    ar('هل (?:انت|انتم) |#?(?:عرفني|عرف|تعريف) #?(?:بنفسك|نفسك)|(?:هذا|هذه) (?:المساعد|الخدمه|المحادثه|البرنامج|البوت|الروبوت)|(?:شو|ايش|وش|ماذا) (?:بتقدر|بتعرف|تقدر|تستطيع|يمكنك)|(?:في|فيه|هل يوجد|هل من) (?:احد|حد)(?: هنا)?[؟?!. ]*(?![\\s\\S])|من (?:صنع|صمم|طور|برمج)', 2),
  ],
  feedback: [
    en(/\b(?:helpful|useful|unhelpful|useless|great answer|good answer|excellent|well done|wrong|incorrect|inaccurate|outdated|not accurate|mistaken|not what i asked|irrelevant|misleading|spot on|exactly what i needed|brilliant|(?<!\b(?:what|whats|which|who|whom|when|where|how|why)\b[^.!?]{0,60})exactly)\b/, 2.5),
    en(/\b(?:ignores|ignored|omits|omitted|misses|missed|left out|overlooks|overlooked)\b|\b(?:does ?n[o']?t|do ?n[o']?t) match\b/, 2.5),
    en(/\b(?:does ?n[o']?t|did ?n[o']?t|does not|did not) answer\b|\bnot (?:quite |entirely )?(?:right|correct|accurate)\b|\b(?:broken|not working|dead link|typo|mix(?:es|ed)? up|confus\w*)\b|\bgood (?:summary|answer|reply|job|work)\b|\bit would help\b/, 2.5),
    en(/\b(?:answer|reply|response|quote|quotation|citation|reference|link|source|summary)s?\b/, 1),
    en(/\bi asked (?:about|for)\b|\byou (?:gave|quoted|cited|sent)\b|\b(?:second|first|third|last) (?:citation|quote|reference|source)\b|\bperfect\b/, 2.5),
    en(/[👍👎🙏]|\b(?:thumbs (?:up|down))\b/u, 3),
    ar('#(?:مفيد|مفيده|ممتاز|ممتازه|رائع|رائعه|احسنت|احسنتم|دقيق|دقيقه|خاطئ|خاطئه|خطا|صحيح|صحيحه|قديم|قديمه|مضلل|مضلله|قيم|قيمه)(?:ا)?(?![\\p{L}])', 2.5),
    ar('لا (?:يجيب|تجيب|يجيبني)|لم (?:يجب|تجب|يجيب|تجيب)|لا (?:يعمل|يفتح|تعمل)|#معطل|#(?:خلط|خلطت|خلطتم|اخطا|اخطات|غلط)(?![\\p{L}])|(?:ليس|غير) (?:دقيق|صحيح)|#(?:اغفلت|اغفل|تجاهلت|اهملت|اهمل)|لا (?:يطابق|تطابق)|(?<!(?<![\\p{L}])(?:كم|متي|اين|من|ما|ماذا|اي|وين|فين|امتي|قديش|شو|ايش|كيف|هل)(?![\\p{L}])[^.؟?!\\n]{0,80})بالضبط(?![^.؟?!\\n]{0,40}(?<![\\p{L}])(?:كم|متي|اين|من|ما|ماذا|اي|وين|فين|امتي|قديش|شو|ايش|وش|كيف|هل)(?![\\p{L}]))', 2.5),
    ar('#(?:اجابه|اجابات|اجابت|جواب|رد|اقتباس|مرجع|مراجع)(?:ك|كم)?(?![\\p{L}])', 1.5),
    en(/\b(?:awesome|fantastic|love it|super|nice|great|good enough|noted|meh|clear now|makes sense|well explained)\b/, 1.5),
    ar('#(?:روعه|حلو|عجبني|كويس|تمام|واضح)(?![\\p{L}])', 1.5),
  ],
  'out-of-scope': [
    en(/\b(?:weather|forecast|temperature|rain|football|soccer|world cup|recipes?|cook(?:ing)?|bake|restaurants?|movies?|films?|songs?|music|jokes?|poem|horoscope|stock market|share price|bitcoin|crypto\w*|exchange rate|gold price|lottery|celebrit\w*|netflix|capital (?:city )?of|homework|javascript|python|sports?|tennis|basketball|museum|password|laptop|birthday|gift|news headlines|headlines|airport|taxi|uber)\b/, 3),
    en(/\b(?:recommend|suggest)\b.{0,20}\b(?:hotel|restaurant|place|laptop|phone|book|film|movie)\b/, 3),
    ar('#(?:طقس|حراره|امطار|مطر|كره القدم|مباراه|مباريات|وصفه|وصفات|طبخ|طهي|مطعم|مطاعم|فيلم|افلام|مسلسل|اغنيه|اغاني|نكته|قصيده|ابراج|البورصه|اسهم|بيتكوين|عملات رقميه|سعر الذهب|سعر صرف|رياضه|متحف|كلمه مرور|حاسوب|هديه|مطار|اخبار|عناوين الاخبار)(?![\\p{L}])|عيد ميلاد|#دوري(?![\\p{L}])', 3),
    ar('#(?:تنصحني|تنصحوني|تقترح|اقترح)\\S*(?: \\S+){0,2} #?(?:فندق|مطعم|مكان|كتاب)', 3),
  ],
};
