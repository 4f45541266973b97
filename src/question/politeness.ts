/**
 * "…what is the GRF? Thanks!", «لو سمحت، شنو يعني GRF؟», «…وشكراً»: a please or a thanks around what is asked. Read
 * with the question, the thanks made it feedback and the please a wish to reach a person.
 */
export const POLITENESS = [
  // «…مع جزيل الشكر على مساعدتكم.», «…خالص الشكر لكم»: the thanks, its noun first.
  /[\s،,.!؟?]+(?:مع\s+)?(?:جزيل|خالص|وافر)\s+(?:الشكر|الامتنان)(?:\s+(?:على|ع|لكم)[^.؟?!]{0,60})?[.!]*$/u,
  // "… Please reply by email.", «…يرجى الرد بالبريد الإلكتروني.»: how to answer, not what.
  /[\s,.!?]+(?:please\s+|kindly\s+)?(?:reply|respond|answer|write\s+back|get\s+back\s+to\s+me)\s+(?:to\s+me\s+)?(?:by|via|per|over|on)\s+(?:e-?mail|mail|teams|slack|phone|whatsapp)[.!]*$/iu,
  /[\s،,.!؟?]+(?:يرجى|الرجاء|[أا]رجو|نرجو|ياريت|ممكن)\s+(?:الرد|الإجاب[ةه]|الاجاب[ةه]|الرجوع)\s+(?:علي(?:نا)?\s+)?(?:ب|عبر\s+|على\s+)(?:ال)?(?:بريد|[إا]يميل|واتس|هاتف|تيمز)[^.؟?!]{0,30}[.!]*$/u,
  // "… No rush.", "… Sorry if this was already asked.", «…مش مستعجل.», «…آسف إذا كان السؤال مكرر.»: said to the one
  // asked, of the asking.
  /[\s,.!?]+(?:(?:there(?:'s|\s+is)\s+)?no\s+(?:rush|hurry)|whenever\s+you\s+can|at\s+your\s+(?:earliest\s+)?convenience|(?:sorry|apologies)\s+(?:if|for)\b[^.?!]{0,60})[.!]*$/iu,
  /[\s،,.!؟?]+(?:(?:مش|مو|مب|ما|غير)\s+مستعجل|على\s+راحتك(?:م)?|براحتك(?:م)?|متى\s+ما\s+تيسر|(?:[أا]سف|عذر[اًا]*|المعذر[ةه]|معذر[ةه])\s+(?:[إا]ذا|[إا]ن|لو|على)\s+[^.؟?!]{0,60})[.!]*$/u,
  /^(?:(?:please|pls|plz|kindly)[,:]\s*|(?:لو\s+سمحت(?:م|ي)?|من\s+فضلك(?:م)?|رجاء[ًا]?|بعد\s+[إا]ذنك(?:م)?)\s*[،,:]\s*)/iu,
  // "URGENT: …", «عاجل: …», "… asap": how soon the asker needs it is in no record.
  /^(?:urgent(?:ly)?|asap|important|(?:ال)?(?:عاجل|مستعجل|ضروري|هام)(?:\s+جد[اًا]*)?)\s*[:!–—-]+\s*/iu,
  /[\s,،]+(?:asap|urgently|quickly|(?:real\s+)?quick(?:\s+(?:pls|please))?|right\s+away|in\s+a\s+hurry|(?:ب|على\s+|ع\s*)?(?:وجه\s+)?(?:السرع[ةه]|الاستعجال|[أا]سرع\s+وقت(?:\s+ممكن)?)|ضروري|عاجل|بسرع[ةه])[\s.!]*$/iu,
  // '"…" Could you help?', «…» هل يمكنكم المساعدة؟: a request for help with what was just asked, which asks nothing more.
  /[\s,،]+(?:(?:(?:could|can|would)\s+(?:you|u)\s+(?:please\s+)?help(?:\s+(?:me|us))?(?:\s+(?:with\s+(?:this|that|it)|on\s+this))?|any\s+help(?:\s+(?:is|would\s+be))?(?:\s+(?:much\s+)?appreciated)?|any\s+ideas?)|(?:هل\s+)?(?:يمكنكم|يمكنك|ممكن|ب[إا]مكانكم)\s+(?:المساعد[ةه]|مساعدت(?:ي|نا)|تساعدو(?:ني|نا)|تساعدني)(?:\s+(?:في|ب)\s*(?:ذلك|هذا|هذي))?)[\s؟?.!]*$/iu,
  // "…? 🙏", «…؟ 🌹»: a picture after the ask thanks or smiles, and asks nothing.
  /\s*[\p{Extended_Pictographic}\u{FE0F}\u{200D}]+[\s.!]*$/u,
  // "… If this is not on record, please let me know who I could ask.", «…وإذا ما في معلومة، مين ممكن أسأل؟»: what to
  // do if the record is silent, which the answer says and offers anyway.
  /[\s,.?!]+(?:and\s+)?if\s+(?:this|that|it|there)\s+(?:is\s+not|isn't|is\s+nothing|is\s+no\s+\w+)\b[^.?!]{0,40}[,.]?\s*(?:please\s+)?(?:let\s+(?:me|us)\s+know|tell\s+(?:me|us)|advise)\b[^.?!]{0,60}[.?!]*$/iu,
  /[\s،,.؟?!]+و?(?:[إا]ذا|[إا]ن|لو)\s+(?:ما\s+في(?:ه|ش)?|لم\s+(?:تكن|يكن|تتوفر|يتوفر)|لا\s+(?:توجد|يوجد|تتوفر|يتوفر)|مافي)\s+[^.؟?!]{0,80}[.؟?!]*$/u,
  // «…وفق ما يتوفر لديكم.», "…, according to your records": what the answer is drawn from, which it is anyway.
  /[\s،,]+(?:وفق[اًا]?|حسب|بحسب|طبق[اًا]?)\s*(?:ل\s*)?(?:ما\s+(?:يتوفر|يتوافر|هو\s+متوفر|هو\s+متاح|لديكم|عندكم)(?:\s+لديكم)?|سجلاتكم|وثائقكم|معلوماتكم)[.؟?!]*$/u,
  /,?\s+(?:according\s+to|based\s+on|as\s+per|in)\s+(?:your\s+(?:records|files|documents|information)|what\s+you\s+(?:have|hold))[.?!]*$/iu,
  // "…, in brief?", «…باختصار؟»: how long the answer should be.
  /[\s,،]+(?:in\s+brief|briefly|in\s+short|in\s+a\s+nutshell|short\s+version|in\s+one\s+(?:line|sentence)|باختصار|ب[إا]يجاز|بسطرين|بكلمتين|بشكل\s+مختصر)[\s?؟.!]*$/iu,
  // "…? Also, thanks for the help last week.", «…وشكراً على مساعدتكم»: a thanks for something else, after the ask.
  /[\s,،.!?؟]+(?:also,?\s+|and\s+)?(?:many\s+)?(?:thanks|thank\s+you)\s+(?:again\s+|so\s+much\s+|very\s+much\s+)?for\s+[^.?!]{1,60}[.!]*$/iu,
  /[\s,،.!]+و?(?:شكر[اًا]*|مشكورين|نشكركم|[أا]شكركم)(?:\s+جزيل[اًا]*)?\s+(?:على|ع)\s*[^.؟?!]{1,60}[.!]*$/u,
  /[\s,،.!]+(?:(?:and\s+)?(?:many\s+)?(?:thanks|thank\s+you|thx|ty|cheers)(?:\s+(?:a\s+lot|so\s+much|very\s+much|in\s+advance))?(?:[,!.]?\s+(?:(?:i|we)\s+)?(?:really\s+|much\s+|greatly\s+|truly\s+)?appreciated?(?:\s+it)?)?|pls|please|و?(?:شكر[اًا]*|مشكور(?:ين)?|يعطيك(?:م)?\s+العافي[ةه])(?:\s+(?:جزيل[اًا]*|كثير|لك(?:م)?|مقدم[اًا]*))?)[\s.!]*$/iu,
];
