/**
 * "10th mtg exact date, need it for report", "…title? need it for the invitation letter", "…for my report":
 * what the asker will do with the answer, typed in chat (intent reads the question without it too).
 */
/** «تمهيداً لـ…», «لإدراجها», «لنُدرجها», «لنضمّنها», «لتضمينها»: the asker's use of the answer, said after it. */
export const ANSWER_USE_AR = String.raw`تمهيد[اًا]*|ل[إا]دراج\S*|لن\u064F?درج\S*|لن\u064F?ضم\S*|لتضمين\S*`;

export const CHAT_PURPOSES = [
  // «…نحتاج ذلك لمذكرة إلى السفير.», «…بدي ياه لتقرير»: the asker's own use of the answer, after it.
  /(?:[،,؛]\s*|(?<=[.؟?!])\s*|\s+)(?:[وف]?(?:نحتاج|احتاج|أحتاج|نحتاجه|احتاجه|أحتاجه|نحتاجها|بدنا|بدي|نبي|ابي|أبي|ابغى|أبغى|نبغى))(?:\s+(?:ذلك|هذا|هذه|ياه|اياه|إياه|هاد|هذي|هاي|المعلوم[ةه]|المعلومات))?\s+(?:ل|من\s+[أا]جل\s+|لأجل\s+)[^.؟?]{1,60}[.!]?$/u,
  /(?:[,;]\s*|(?<=[.?!])\s*|\s+(?=(?:i|we)\s))(?:(?:i|we)\s+)?need(?:s|ed)?\s+(?:it|this|that|them|these)\s+for\s+[^.?]{1,60}[.!]?$/i,
  /[,;]?\s+for\s+(?:my|our|the)\s+(?:[\w'’-]+\s+){0,3}?(?:brief|briefing|note|notes|report|memo|presentation|talking\s+points|invitation\s+letter|letter|speech)\s*[.!]?$/i,
  // «…، تمهيداً لمشاركته في اجتماع قادم.», «…، لنُدرجها في تقريرنا السنوي.»: what the answer will serve, after it (the
  // meeting the asker will attend read as a registration, the report as a submission).
  new RegExp(String.raw`[،,]\s*(?:وذلك\s+)?(?:${ANSWER_USE_AR})\s[^.؟?]*[.!]?$`, 'u'),
  // "… (for the GCM review prep)?", «… (للتحضير لاجتماع الغد)؟»: the asker's use of the answer, in brackets.
  // "… (asking on behalf of our Ambassador)?", «… (أسأل نيابة عن السفير)؟»: who the asker asks for, in brackets.
  /\s*\(\s*(?:[^()]{0,40}\b(?:on\s+behalf\s+of|for)\s+(?:my|our)\b[^()]{0,60}|[^()]{0,30}نياب[ةه]\s+عن[^()]{0,60})\s*\)(?=\s*[?؟.!]*$)/iu,
  /\s*\(\s*(?:for\s+(?:my|our|the|a|an)\s+[^()]{0,60}?\b(?:prep|preparations?|brief|briefing|note|notes|report|memo|presentation|talking\s+points|speech|meeting|call|file|records?|minister|ambassador)|(?:لل?تحضير|لمذكر[ةه]|ل[إا]حاط[ةه]|لتقرير|ل[إا]عداد|للملف|لكلم[ةه]|للسفير|للوزير)[^()]{0,60})\s*\)(?=\s*[?؟.!]*$)/iu,
];
