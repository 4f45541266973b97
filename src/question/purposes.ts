/**
 * «تمهيداً لـ…», «لإدراجها», «لنُدرجها», «لنضمّنها», «لتضمينها», «للتأكد من مطابقة سجلاتنا», «لضبط المراسلات»: the asker's
 * use of the answer, said after it.
 */
export const ANSWER_USE_AR = String.raw`تمهيد[اًا]*|ل[إا]دراج\S*|لن\u064F?درج\S*|لن\u064F?ضم\S*|لتضمين\S*|للت[أا]كد\s+من\s+مطابق\S*|لمطابق\S*|لضبط|لتوثيق`;

/**
 * "10th mtg exact date, need it for report", "…title? need it for the invitation letter", "…for my report":
 * what the asker will do with the answer, typed in chat (intent reads the question without it too).
 */
export const CHAT_PURPOSES = [
  // «…نحتاج ذلك لمذكرة إلى السفير.», «…بدي ياه لتقرير»: the asker's own use of the answer, after it.
  /(?:[،,؛]\s*|(?<=[.؟?!])\s*|\s+)(?:[وف]?(?:نحتاج|احتاج|أحتاج|نحتاجه|احتاجه|أحتاجه|نحتاجها|بدنا|بدي|نبي|ابي|أبي|ابغى|أبغى|نبغى))(?:\s+(?:ذلك|هذا|هذه|ياه|اياه|إياه|هاد|هذي|هاي|المعلوم[ةه]|المعلومات))?\s+(?:ل|من\s+[أا]جل\s+|لأجل\s+)[^.؟?]{1,60}[.!]?$/u,
  /(?:[,;]\s*|(?<=[.?!])\s*|\s+(?=(?:i|we)\s))(?:(?:i|we)\s+)?need(?:s|ed)?\s+(?:it|this|that|them|these)\s+for\s+[^.?]{1,60}[.!]?$/i,
  /[,;]?\s+for\s+(?:my|our|the)\s+(?:[\w'’-]+\s+){0,3}?(?:brief|briefing|note|notes|report|memo|presentation|talking\s+points|invitation\s+letter|letter|speech)\s*[.!]?$/i,
  // «…، تمهيداً لمشاركته في اجتماع قادم.», «…، لنُدرجها في تقريرنا السنوي.»: what the answer will serve, after it (the
  // meeting the asker will attend read as a registration, the report as a submission).
  new RegExp(String.raw`[،,]\s*(?:وذلك\s+)?(?:${ANSWER_USE_AR})\s[^.؟?]*[.!]?$`, 'u'),
  // «…بوجه عام، قبل التعريف بالعملية العربية»: what the asker will go on to, after the ask.
  /[،,]\s*قبل\s+(?:التعريف|الانتقال|الحديث|التطرق)\s[^.؟?]*[.!]?$/u,
  // «…، بدي حطها بسلايد», «…، أبي أحطها في العرض»: where the asker will put the answer.
  /[،,]\s*(?:بدي|بدنا|ابي|أبي|ابغى|أبغى|عايز|حاب|حابب|نبي)\s+(?:ا|أ|ن)?حط(?:ها|ه|هم|هن)?\s[^.؟?]*[.!]?$/u,
  // «…بسرعه، عندي اجتماع بعد شوي», "…, I have a meeting in 10 min": what the asker has coming, after the ask (its
  // words searched, «اجتماع» found meetings and «بعد شوي» vetoed the answer).
  /[،,]\s*(?:لأن\s+|لان\s+|عشان\s+)?(?:عندي|عندنا|لدي|لدينا|ورايا|ورانا)\s+(?:اجتماع|لقاء|عرض|محاضر[ةه]|مقابل[ةه]|جلس[ةه]|[إا]حاط[ةه]|مؤتمر|ندو[ةه])(?:\s+[^.؟?،,]{0,30})?[.!؟?]*$/u,
  /[,;]\s*(?:as\s+|since\s+|because\s+)?(?:i|we)\s+(?:have|'ve\s+got|got)\s+(?:a|an|the)\s+(?:meeting|call|briefing|presentation|session)(?:\s+[^.?,]{0,30})?[.!?]*$/i,
  // «…ذلك الاجتماع لاستكمال ملف الأرشيف لدى الجهات المختصة.»: the asker's file or records to complete, with no comma.
  /\s+(?:وذلك\s+)?(?:لاستكمال|لتحديث)\s+(?:ملف|سجل|سجلات|[أا]رشيف|ال[أا]رشيف|قاعد[ةه]|دليل)[^.؟?]*[.!]?$/u,
  // "… (for the GCM review prep)?", «… (للتحضير لاجتماع الغد)؟»: the asker's use of the answer, in brackets.
  // "… (asking on behalf of our Ambassador)?", «… (أسأل نيابة عن السفير)؟»: who the asker asks for, in brackets.
  /\s*\(\s*(?:[^()]{0,40}\b(?:on\s+behalf\s+of|for)\s+(?:my|our)\b[^()]{0,60}|[^()]{0,30}نياب[ةه]\s+عن[^()]{0,60})\s*\)(?=\s*[?؟.!]*$)/iu,
  /\s*\(\s*(?:for\s+(?:my|our|the|a|an)\s+[^()]{0,60}?\b(?:prep|preparations?|brief|briefing|note|notes|report|memo|presentation|talking\s+points|speech|meeting|call|file|records?|minister|ambassador)|(?:لل?تحضير|لمذكر[ةه]|ل[إا]حاط[ةه]|لتقرير|ل[إا]عداد|للملف|لكلم[ةه]|للسفير|للوزير)[^()]{0,60})\s*\)(?=\s*[?؟.!]*$)/iu,
];

/**
 * «لغرض إعداد ورقة خلفية، …», «لأغراض التحضير لإحاطة داخلية، …», «في إطار إعداد مذكرة للوزير، …»: the asker's
 * own paper, closed by a comma. Its document word asks no document of the secretariat (it was ticketed).
 */
const AR_OWN_PAPER = /^(?:ل[أا]غراض|لغرض|بغرض|بهدف|في\s+[إا]طار|في\s+سياق|تحضير[اًا]*|لل?تحضير|ل[إا]عداد)\s+[^،,:؟?]{0,60}?(?:مذكر|ورق|[إا]حاط|تقرير|عرض|كلم|نقاط|ملف|دراس|رسال|خطاب|ملخص|موجز|كتي\u0651?ب)[^،,:؟?]{0,60}[،,:]\s*/u;

/** "For our induction pack, could you tell us…": what the answer is for, before the ask (and its courtesy). */
export const LEADING_PURPOSE = [
  /^(?:for|as\s+part\s+of|in\s+preparing)\s+(?:our|the|a|an|my)\s+(?:[\w-]+\s+){0,3}?(?:pack|note|notes|brief|briefing|report|memo|paper|file|files|records?|archives?|dossier|documentation|database|presentation|talking\s+points|background|publication|website|newsletter|draft|submission|update|profile)\b(?:[^,:]{0,40}[,:]\s*|\s+(?=(?:could|can|would|will|please|kindly|may)\s))/i,
  // "Ahead of our regional briefing, we would…", "In preparation for my meeting with the minister we…": the
  // asker's own occasion (not "Ahead of the 12th meeting, who will chair it?", which names the subject).
  /^(?:ahead\s+of|in\s+preparation\s+for|in\s+advance\s+of)\s+(?:our|my)\s+[^,:?]{0,60}?(?:,\s*|\s+(?=(?:i|we)\s))/i,
  // …and any occasion the asker's own request follows ("Ahead of the Commission's internal review we would…").
  /^(?:ahead\s+of|in\s+preparation\s+for|in\s+advance\s+of)\s+[^,:?]{0,60}?,?\s+(?=(?:i|we)(?:'d|\s+would|\s+wish|\s+should|\s+kindly|\s+request)\b)/i,
  // "I'm preparing talking points: …", "We're drafting a note for the minister -", "Quick q for our mission in Geneva -".
  /^(?:(?:i'?m|i\s+am|we'?re|we\s+are)\s+(?:preparing|drafting|writing|putting\s+together|working\s+on|updating|revising|compiling|reviewing|finali[sz]ing)|quick\s+(?:qs?|questions?))\b[^:?–—-]{0,80}(?::|\s[–—-])\s*/i,
  // «أحضّر نقاط حديث: …», «نعدّ مذكرة للوزير: …», «لمذكرة للوزير: …», «سؤال سريع لبعثتنا في جنيف: …».
  /^(?:[أا]حض[ّ]?ر|نحض[ّ]?ر|[أا]عد[ّ]?|نعد[ّ]?|[أا]كتب|نكتب|[أا]جه[ّ]?ز|نجه[ّ]?ز|لمذكرة|لإحاطة|لاحاطة|سؤال\s+سريع)[^:؟?]{0,80}:\s*/u,
  AR_OWN_PAPER,
  // «بمناسبة تسلّمي مهامي في بعثة الجامعة في نيويورك، …»: the asker's own occasion, before the ask.
  /^بمناسب[ةه]\s+(?:تسل\u0651?م|تولي|تول\u0651?ي|استلام|انضمام|التحاق|بدء)[^،,:؟?]{0,80}[،,:]\s*/u,
];


/**
 * «في إطار إعداد تقرير البعثة عن حصيلة المنتدى العالمي الثاني للاجئين (ديسمبر 2023)، نأمل تزويدنا بعدد المشاركين فيه
 * وعدد التعهدات التي قُدّمت خلاله», "For our report on the second GRF, how many pledges were made there?": the
 * asker's paper is background, but what it is about is what «فيه» and "there" are. Only an ask that points back
 * by such a pronoun, or names the event by its kind alone («من افتتح الاجتماع»), takes it as its subject: most asks
 * after a purpose name their own.
 */
const PURPOSE_ON = [
  // («…عن الاجتماع الخامس للعملية (القاهرة، 2019)، نرجو…»: what it is about may hold a comma in brackets.)
  /^(?:في\s+[إا]طار|في\s+سياق|ل[أا]غراض|لغرض|بغرض|بهدف|لل?تحضير|ل[إا]عداد|تحضير[اًا]*|استكمالا[ًا]?\s+ل)\s*[^،,:؟?]{0,80}?\s(?:عن|حول|بشأن|بشان|بخصوص)\s+((?:[^،,:؟?()]|\([^()]*\)){3,90})[،,:]\s*/u,
  // «نُعدّ في المكتب الإقليمي موجزاً عن مؤتمر الاستعراض الأول (فبراير 2021)، ونودّ التأكد ممّن قدّم…»: the asker's own work.
  /^(?:ن|[أا])[\u064B-\u0652]*(?:ع[\u064B-\u0652]*د[\u064B-\u0652]*|حض[\u064B-\u0652]*ر[\u064B-\u0652]*|كتب|جه[\u064B-\u0652]*ز[\u064B-\u0652]*)\s+[^،,:؟?]{0,80}?\s(?:عن|حول|بشأن|بشان)\s+((?:[^،,:؟?()]|\([^()]*\)){3,90})[،,:]\s*(?:و(?=\S))?/u,
  /^(?:for|as\s+part\s+of|in\s+preparing|ahead\s+of|in\s+preparation\s+for)\s+(?:our|the|a|an|my)\s+[^,:?]{0,60}?\s(?:on|about|regarding|concerning)\s+([^,:?]{3,90})[,:]\s*/i,
];
/** «الاجتماع», "the meeting": an event named by its kind alone, no number or year of its own, is the one the paper is about. */
const THE_KIND_ALONE = /(?<![\u0621-\u064A])(?:ال|بال|لل|وال)(?:اجتماع|منتدى|مؤتمر|استعراض|مشاور[ةه])(?![\u0621-\u064A])(?!\s+(?:ال)?(?:[أا]ول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر|حادي|استثنائي))|\bthe\s+(?:meeting|forum|conference|review|consultation|session)\b/iu;
/** «فيه», «خلاله», "there", "in it": what was named before. */
const POINTS_TO_IT = /(?<![\u0621-\u064A])(?:في|خلال|من|عن|بشأن|حول)(?:ه|ها)(?![\u0621-\u064A])|\b(?:in|at|during|from)\s+(?:it|them)\b|\bthere\b(?!\s+(?:is|are|was|were|any|been)\b)/iu;

/** What the asker's paper is about, as the subject of an ask that points back to it; undefined otherwise. */
export function purposeSubject(text: string): { asked: string; subject: string } | undefined {
  for (const re of PURPOSE_ON) {
    const m = re.exec(text);
    // (Without the asker's use of the answer after it, «…، لإدراجهما في الفقرة الافتتاحية من التقرير».)
    const asked = m && CHAT_PURPOSES.reduce((rest, use) => rest.replace(use, ''), text.slice(m[0].length)).trim();
    if (m && asked && (POINTS_TO_IT.test(asked) || (THE_KIND_ALONE.test(asked) && !/\d/.test(asked)))) return { asked, subject: m[1]!.trim() };
  }
  return undefined;
}
