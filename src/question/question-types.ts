import { HELD_ONLINE_AR } from './held-online.js';
import { normalizeForMatch } from '../text/normalize.js';
import { TIMES_A_YEAR_AR, TIMES_A_YEAR_EN } from '../text/framing-phrases.js';
import { arabicWords, englishWords, firstMatch } from './cues.js';
import { aspectsOf } from './compared-aspects.js';
import { COMPARE_CUES, EVOLUTION_CUES } from './change-cues.js';
import { DEFINITION_CUES, KIND_OF_THING } from './definition-cues.js';
import { withoutAnswerLength } from '../text/framing-phrases.js';
import { COUNT_CUES, NUMBERED_RECORD } from './count-cues.js';
import type { QuestionType } from './types.js';
import { PROCESS_FULL_NAME } from '../text/process-name.js';
import { CHAT_TAG_WORDS_EN, CHECK_TAG_AR, VERDICT_OPENER_EN, VERDICT_TAG_EN } from '../text/verdict-and-span.js';

/**
 * Cues of each kind of question, in both languages and as members type them: Modern Standard Arabic
 * and the Gulf, Levantine, Egyptian and Maghrebi question words (وين/فين، منو/مين/شكون، امتى/وقتاش،
 * كام/قديش/شحال…), English with or without capitals and punctuation.
 */
const LIST_NOUNS =
  '(?:objectives|goals|aims|themes|topics|priorities|recommendations|principles|headings|areas|pillars|types|points|items|members|outcomes|documents|partners|roles|functions|tasks|axes|messages|demands|calls|issues|elements|steps|commitments|agenda|decisions|subjects|sessions|reports|publications|strategies|parts|components|sections|chapters|outputs|results|deliverables|achievements|activities|conclusions|proposals|findings)';
/** Words that make a sentence of a noun phrase: a question word, an auxiliary, an ask. */
const NOT_A_NAME = '(?:what|which|who|whom|how|when|where|why|is|are|was|were|do|does|did|can|could|would|will|should|please|kindly|you|share|tell|give|send|list|name|provide)';

/** Persons by their role, normalised (ة→ه), singular, dual and plural: «الوزيرة», «الميسرين», «المتحدثين». */
export const PERSON_ROLE_AR = '(?:وزير|ميسر|ممثل|مندوب|متحدث|سفير|مسؤول|شخص|شخصي|رئيس|امين|مدير|خبير|مقرر)(?:ه|ين|ان|تين|تان|ات)?';

/** (Not a verb that only says which record is meant: "the statement that called for an 'integrated vision' — is it the 2017 one?".) */
const notDescribing = (verb: string) => `(?<!\\b(?:that|which) )${verb}`;

/** Up to now: a count of what has happened, not a frequency. */
const SO_FAR = [
  englishWords(['so far', 'to date', 'until now', 'up to now', 'till now', 'since (?:its|it was|the) (?:creation|founding|establishment|start)']),
  arabicWords(['حتي الان', 'لحد الان', 'لحد الحين', 'لغايه الان', 'الي الان', 'للحين', 'لليوم', 'حتي اليوم', 'منذ انشائها', 'منذ تاسيسها']),
];


const CUES: Record<QuestionType, RegExp[]> = {
  when: [
    englishWords(['when', '(?:what|which|on what|in what) (?:exact |precise |specific )?(?:date|dates|day|days|year|month)', 'date of', 'dates of', 'exact date', '(?:exact|precise|specific) days?', 'how long ago', '(?:date|day|year) (?:on|in|at) which']),
    arabicWords(['متي', 'امتي', 'ايمتي', 'امته', 'امتا', 'وقتاش', 'وقتيش', 'فوقاش', 'وقت اش', 'تاريخ', 'موعد', 'في اي عام', 'في اي سنه', 'اي سنه', 'اي عام', 'انهي سنه', 'في اي شهر', 'في اي يوم', 'باي شهر', 'باي يوم', 'باي سنه', 'باي عام']),
    // "…and its date": «ما القرار الذي أنشئت بموجبه العملية وتاريخه؟», «أعطني يومه ومكانه».
    arabicWords(['تاريخه', 'تاريخها', 'موعده', 'موعدها', 'يومه', 'يومها']),
    // «ما التاريخان اللذان انعقد فيهما…؟», «بتحديد التاريخين…», «اليومين اللذين…»: the two days of a meeting, and its dates.
    arabicWords(['التاريخان', 'التاريخين', 'تواريخ', 'التواريخ', 'اليومان اللذان', 'اليومين اللذين']),
    // «٢) السنة التي عُرضت فيها هذه التوصيات», «بالعام الذي صدر فيه»: an ask that opens with the year in which.
    /^(?:(?:ما|وما)\s+(?:هي\s+|هو\s+)?)?(?:ب|و)?ال(?:سنه|عام)\s+(?:التي|الذي|اللي)\s/u,
    // "8th mtg date, just the date", "10th mtg exact dates?": the date asked as a keyword (not "to date").
    /(?<!\b(?:to|up to|out of)\s)\bdates?\b/,
  ],
  where: [
    // A meeting's format is answered like its place: "held online", «عبر الاتصال المرئي», "in Cairo". (Not
    // "online" itself: "can I follow the meeting online?" is a registration.)
    // "…and were" closing a question is "where" typed in a hurry ("wen did it meet and were").
    /\band were\s*\??$/,
    englishWords(['where', 'which city', 'what city', 'in which country', 'which country hosted', 'venue', 'location', 'which place', 'what place', 'format', 'in person', 'face to face', 'face-to-face', '(?:which|what) (?:building|hall|premises)']),
    // «الاجتماع السابع كان اونلاين؟», «…انعقد عبر زوم»: how a meeting was held, in the past (online to come is a
    // registration); not in a clause that says which meeting a count is of («كم كان عدد الحضور في الاجتماع الثامن
    // اللي انعقد عبر الفيديو؟»), as «عدد لي الاجتماعات… اللي كانت اونلاين» asks which were.
    new RegExp(`(?<![\\u0621-\\u064A])(?<!(?:^|\\s)(?:كم|كام|قديش|قداش|شحال)\\s.*(?:اللي|الذي|التي)\\s)${HELD_ONLINE_AR}`, 'u'),
    // "Was the second regional review held online?": likewise in English, asked of a meeting held ("which
    // meetings were held by videoconference?" asks which).
    /^(?:was|were)\b(?:\s+\S+){0,8}?\s+(?:held|met|convened|took place|it|they)\s+(?:\S+\s+){0,3}?(?:online|virtually|virtual|remotely|by video(?:conference)?)\b/,
    // (Not «بمقر…», "at the headquarters of…": a place the asker states, not one asked.)
    /(?<![\u0621-\u064A])(?:و|ف)?(?:ال)?(?:مقر|مقره|مقرها)(?![\u0621-\u064A])/u,
    arabicWords(['اين', 'وين', 'فين', 'فاين', 'وينه', 'في اي مدينه', 'اي مدينه', 'انهي مدينه', 'في اي بلد', 'في اي دوله', 'مكان', 'مكانه', 'مكانها', 'صيغته', 'صيغتها', 'حضوري', 'حضوريا', 'حضوريه', 'وجها لوجه', 'من حيث الشكل', 'شكل الاجتماع', 'اي مبني', 'اي قاعه', 'اي صيغه', 'انهي صيغه']),
  ],
  who: [
    // "UNHCR rep at 11th mtg name", "palestine delegate 10th meeting name": a person's name asked as a keyword.
    /\b(?:rep|reps|representative|delegate|chair|director|head|speaker|official|envoy)\b.{0,60}\bnames?\s*[?.!]*$/,
    // "whats her title exactly", «ما منصبها؟»: who a person is, by post.
    englishWords(['(?:his|her|their) (?:exact |official |full |job )?(?:title|post|job|rank)']),
    arabicWords(['منصبه', 'منصبها', 'وظيفته', 'وظيفتها', 'صفته الرسميه', 'صفتها الرسميه', 'ما منصب', 'ما هو منصب', 'شو منصب', 'ايش منصب', 'وش منصب']),
    englishWords(['who', 'whom', 'whose', 'by whom', 'which (?!(?:meetings?|sessions?|summits?|forums?|reviews?|conferences?|events?|documents?|statements?|papers?|years?)\\b)(?:\\S+ ){0,2}?(?:organi[sz]ations?|agenc(?:y|ies)|bod(?:y|ies)|entit(?:y|ies)|organs?|institutions?|departments?|officials?|person|people|countries|country|states|member states|governments|heads?|ministers?|representatives?|delegates?|speakers?|directors?|envoys?)',
      // "What entity performs the duties of the secretariat?": the body that holds a role.
      'what (?:\\S+ )?(?:entit(?:y|ies)|bod(?:y|ies)|organs?|institutions?|agenc(?:y|ies))(?= (?:is|are|was|were|performs?|serves?|acts?|holds?|runs?|chairs?|hosts?|leads?|organi[sz]es?|\\w+ed)\\b)', 'which states', 'which delegat(?:e|es|ion)', 'chaired by', 'name of the']),
    arabicWords(['من هو', 'من هي', 'من هم', 'من الذي', 'من التي', 'من اللي', 'منو', 'مين', 'مينو', 'شكون', 'اشكون', 'اي جهه', 'اي منظمه', 'اي دوله', 'اي دول', 'اي وكاله', 'اي شخص', 'الجهه التي', 'الجهه اللي', 'ما الجهه', 'ما هي الجهه', 'الجهه المسؤوله', 'ما اسم', 'ما هو اسم', 'ما هي اسماء', 'ما اسماء', 'شو اسم', 'ايش اسم', 'اش اسم', 'وش اسم', 'شنو اسم', 'ايه اسم', 'اسمه ايه', 'اسمها ايه', 'اسمها', 'اسمه']),
    // «GFMD العاشرة كانت برئاسة مين؟»: chaired by whom.
    arabicWords(['برئاسه من', 'برئاسه مين', 'برئاسه منو', 'برئاسه شكون', 'تحت رئاسه من', 'تحت رئاسه مين', 'بقياده من', 'بقياده مين'], { clitics: false }),
    // «شنو كان اسم الإدارة في 2016؟», «ما هو كان اسم…»: the name asked, with the verb of the past between.
    /(?<![\u0621-\u064A])(?:ما|ماذا|شو|ايش|اش|وش|شنو|ايه)\s+(?:كان|كانت|هو|هي)\s+(?:ال)?اسم/u,
    // «من أنشأها؟», «ومن يرأس…», «ومن افتتحه؟» (a letter's next question), «إفادتنا بمن افتتح…»: من opening a
    // clause and followed by a verb, not by a noun with ال (nor «بمن فيهم», "including").
    // «مع من تتعاون الأمانة؟», «بالتعاون مع من قدّمت…؟», «إلى من ترسل…؟»: with whom, to whom.
    /(?:^|\s)(?:مع|[إا]ل[ىي])\s+من\s+(?!ال)[\u0621-\u064A]{3,}/u,
    // What is left of «نرجو إفادتنا بالوزيرة التي حضرت…», «بالميسّرَين اللذين توليا…»: a person named by the role
    // a relative clause gives them, asked as the thing to be told.
    new RegExp(`^(?:و|ب|وب)?ال${PERSON_ROLE_AR}(?:\\s+[\\u0621-\\u064A]+){0,2}\\s+(?:الذي|التي|اللذين|اللذان|اللتين|اللتان|الذين|اللي)\\s`, 'u'),
    // «من ألقى الكلمة؟»: normalised, «ألقى» opens like an article.
    /(?:(?:^|[؟?,،.]\s*)و?|\sو|\s[بع])من\s+(?:(?!ال)|(?=(?:القي|القت)(?![\u0621-\u064A])))(?!(?:فيهم|فيها|فيه)(?![\u0621-\u064A]))(?!(?:عام|سنه|خلال|قبل|بعد|اجل|حيث|ضمن|بين|جانب|جهه|طرف|فضلك|فضلكم)(?![\u0621-\u064A]))[\u0621-\u064A]{3,}/u,
  ],
  'how-many': COUNT_CUES,
  // How often something is held: "how often does the ARCP meet?", «كل قديش بتجتمع العملية؟».
  'how-often': [
    englishWords(['how often', 'how frequently', 'how regularly', 'how many times a year', 'frequency of', 'periodicity']),
    arabicWords(['كم مره', 'كل كم', 'كل قديش', 'كل قداش', 'كل امتي', 'كل متي', 'دوريه']),
    // "Does the ARCP meet twice a year?", «هل تجتمع العملية مرتين في السنة؟»: a frequency put to be checked is
    // answered by the frequency on record.
    new RegExp(TIMES_A_YEAR_EN),
    new RegExp(TIMES_A_YEAR_AR, 'u'),
  ],
  which: [
    // Not a relative "which" after a noun ("the date on which it was distributed"); "to which forum…?" and
    // "when and in which city…?" ask.
    englishWords(['(?<!\\b(?!and\\b|or\\b|but\\b)\\w+ (?:on|in|at|by|during|from|to|for|of|with|under|through|after|before) )which', `what (?:document|documents|(?:type|types|kind|kinds)(?! of ${KIND_OF_THING})|meeting|meetings|forum|forums|topic|topics|statement|statements|paper|papers)`]),
    // A name asked: "what was the department called in 2016?", "under what name…" (not "called for/on").
    /\bwhat (?:is|was|are|were) (?:\S+ ){1,5}?(?:called|named|known as)(?! (?:for|on|upon|to)\b)|\b(?:under )?(?:what|which) name\b/,
    // …and as a letter asks it, the verb after its subject: "clarification as to what the department was called in 2016".
    /\bwhat (?:\S+ ){1,4}?(?:is|was|are|were|has been|have been|had been) (?:called|named|known as)(?! (?:for|on|upon|to)\b)/,
    arabicWords(['اي', 'انهي', 'ايه الوثيقه', 'ما الوثيقه', 'ما هي الوثيقه']),
    // «أية وثيقة» asks which; «وصف الـGCM بإيه؟», «عملوا إيه؟», the Egyptian "what" last in its question, asks what
    // (normalised, «أية» and «إيه» are one word).
    // (Not before a preposition: «الجامعة قالت إيه في اليوم الدولي…؟» asks what was said, not which.)
    /(?<![\u0621-\u064A])(?:[وفبلك]|وب|فب)?ايه(?=\s+(?!(?:في|فى|عن|من|على|علي|الى|لل|مع|بعد|قبل|حول|بخصوص|بشان)\s)[\u0621-\u064A])/u,
    // A number that names a thing: «ما رقم قرار مجلس الجامعة…؟», "the decision number" («عدد» counts).
    arabicWords(['ما رقم', 'ما هو رقم', 'ما ارقام', 'ماذا رقم', 'ما الرقم']),
    englishWords(['(?:decision|resolution|document|reference) (?:number|no)', `number of ${NUMBERED_RECORD}`]),
  ],
  // The reason or purpose of an act: "why did the ARCP meet in May 2023?", «ليش اجتمعت العملية…؟».
  why: [
    englishWords(['why', 'for what reason', 'for what purpose', 'reasons? (?:for|behind)', 'purpose of', 'what for']),
    arabicWords(['لماذا', 'ليش', 'ليه', 'لويش', 'علاش', 'علاه', 'لاي سبب', 'ما سبب', 'ما اسباب', 'شو سبب', 'ايش سبب', 'وش سبب', 'ما الغرض', 'الغرض من', 'ما الداعي']),
  ],
  list: [
    englishWords([
      `(?:what|which) (?:are|were) (?:the )?(?:\\S+ ){0,4}?${LIST_NOUNS}`,
      `(?:what|which) (?:\\S+ )?${LIST_NOUNS}`,
      // "give me the 6 objectives of the ARCP", "tell us the main recommendations": the things named, all of them.
      `(?:give|tell|show) (?:me|us) (?:all )?(?:of )?(?:the |its |their )?(?:\\S+ ){0,2}?${LIST_NOUNS}`,
      // "We would also like the four objectives of the GCR listed exactly…": the things named, wanted listed.
      `${LIST_NOUNS} (?:\\S+ ){0,4}?(?:listed|enumerated)`,
      // "Please set out the four objectives of the GCR", "outline its main recommendations".
      `(?:set out|outline|describe|summari[sz]e|identify) (?:all )?(?:of )?(?:the |its |their )?(?:\\S+ ){0,2}?${LIST_NOUNS}`,
      // "We would be grateful for a summary of the themes on which…": the things named, asked by a noun of the asking.
      // (Not what records repeated over the years: "a summary of the messages the positions have repeatedly stressed" is
      // told by the years that stressed them.)
      `(?:summary|overview|list|outline|rundown) of (?:all )?(?:the |its |their )?(?:\\S+ ){0,2}?${LIST_NOUNS}(?![^?]*\\b(?:repeatedly|consistently|recurr\\w*|over the years|across the years|each year|every year)\\b)`,
      'list', 'name the', 'name all', 'enumerate', 'what kinds of', 'what types of', 'main points', 'key points', 'on the agenda', 'on its agenda', 'on their agenda', 'what was discussed', 'what were the topics',
      // What a meeting was about is what it took up ("what was the 6th mtg about?"), as its topics are, not
      // what it is (a definition chose its date and organisers). What a compact is about is what it is.
      '(?:what|wat|wht) (?:was|were) (?:\\S+ ){1,6}?(?:about|abt)(?=[?.!\\s]*$)', '(?:what|wat|wht) (?:did|do|does) (?:\\S+ ){1,6}?talk (?:about|of)',
      // …and its focus ("and what was its main focus?"): read as what it is, the follow-up found no word of the 7th
      // meeting's topics and was refused. ("What did it focus on?" is answered by the sentence that says so.)
      '(?:what|wat|wht) (?:was|were|is) (?:the |its |their )?(?:main |primary |key |central |overall )?focus\\b',
    ]),
    // What is left of "Kindly elaborate on the ARCP's objectives" once its courtesy goes: the things named.
    new RegExp(`^(?:the\\s+)?(?:(?!${NOT_A_NAME}\\b)[\\w'’-]+\\s+){0,4}?${LIST_NOUNS}(?:\\s+of\\s+[^?]{1,60})?[.?]?$`, 'i'),
    // …and "the roles that the presentation assigns to the secretariat", "the recommendations which the 9th meeting adopted".
    new RegExp(`^(?:the\\s+)?(?:(?!${NOT_A_NAME}\\b)[\\w'’-]+\\s+){0,2}?${LIST_NOUNS}\\s+(?:that|which)\\s`, 'i'),
    // The things listed, with the pronoun that points back too: «وما هي مخرجاته؟», «شو توصياته؟», «أهدافها».
    arabicWords(['اهداف', 'محاور', 'توصيات', 'مبادئ', 'اولويات', 'مهام', 'ادوار', 'شركاء', 'مخرجات', 'نتائج', 'انجازات', 'مقترحات', 'بنود', 'ركائز', 'مواضيع', 'موضوعات', 'مجالات'], { suffix: true }),
    // («ما أسماء الأعضاء العشرة…؟»: the names of several, a list of who.)
    arabicWords(['اسماء', 'انواع', 'اصناف', 'عناوين', 'اذكر', 'عدد لي', 'عددلي', 'قائمه', 'النقاط', 'المطالب', 'الرسائل', 'جدول اعمال', 'جدول الاعمال', 'قضايا', 'المواضيع', 'اجزاء', 'مكونات', 'اقسام', 'عناصر',
      // What a meeting took up, asked as its one topic: «وبالموضوع الرئيسي الذي تناوله», «وشو كان موضوعه».
      'الموضوع الرئيسي', 'الموضوع الاساسي', 'موضوعه', 'موضوعها',
      // "The main points": «أبرز ما جاء في البيان»، «أهم ما تضمنه»، «أبرز نقاط…».
      'ابرز ما', 'اهم ما', 'ابرز نقاط', 'اهم نقاط',
      // «إيه أهم حاجات ركز عليها البيان؟», «شو أبرز الأشياء…»: the main points, as dialect asks.
      'اهم حاجات', 'ابرز حاجات', 'اهم الحاجات', 'اهم الاشياء', 'ابرز الاشياء', 'اهم الامور', 'ابرز الامور']),
    // Who the members are: "what are the member states of the ARCP?", «ما هي الدول الأعضاء في العملية؟» (not what a member state is).
    /\b(?:what|which|who) (?:are|were) (?:the )?(?:arcp'?s? |its |their )?(?:member states|members|member countries|partners|partner organi[sz]ations|partner agencies)\b/,
    /(?:^|\s)(?:ما|ماذا|من|مين|منو|شو|ايش|وش|شنو|اشنو)\s+(?:هي\s+|هم\s+|هيا\s+)?(?:ال)?(?:دول\s+(?:ال)?اعضاء|اعضاء)(?![\u0621-\u064A])/u,
    // "What documents…" asked with a question word, as the English is: «شو الوثائق اللي بتصدرها العملية؟».
    /(?:^|\s)(?:ما|ماذا|شو|ايش|وش|شنو|اشنو|ايه)\s+(?:هي\s+|هيا\s+)?(?:[\u0621-\u064A]+\s+)?(?:ال)?(?:وثائق|مخرجات|قرارات|تقارير|منشورات|استراتيجيات|اصدارات|فعاليات)(?![\u0621-\u064A])/u,
    // «شو هي الـobjectives تبع الـARCP؟»: an Arabic question word on an English noun of things listed.
    new RegExp(`(?:^|\\s)(?:ما|ماذا|شو|ايش|وش|شنو|اشنو|ايه)\\s+(?:هي\\s+|هم\\s+|هيا\\s+)?(?:ال\\s*)?${LIST_NOUNS}\\b`, 'u'),
    // «ما هي المنظمات الشريكة؟»: the partners, listed («ما الجهات التي نظمته؟» asks who).
    /(?<![\u0621-\u064A])(?:ال)?(?:منظمات|جهات|هيئات)\s+(?:ال)?شريك[هة](?![\u0621-\u064A])/u,
  ],
  position: [
    englishWords(['position', 'positions', 'stance', 'views?', '(?:main|key|central|core) message', notDescribing('call(?:ed|s)? for'), 'say about', 'said about', 'says about', notDescribing('urge[sd]?'), notDescribing('stress(?:ed|es)?'), notDescribing('demand(?:ed|s)?'), notDescribing('affirm(?:ed|s)?'), notDescribing('recommend(?:ed|s)?'), 'approach to', 'what did .{1,60} (?:say|call|stress|affirm|urge|demand|ask|adopt|decide|agree|approve|endorse|issue|conclude|recommend|propose|do)', 'what (?:happened|took place|went on)']),
    arabicWords(['موقف', 'مواقف', 'اهم رساله', 'الرساله الرئيسيه', 'الرساله الاساسيه', 'ماذا قال', 'ماذا قالت', 'ماذا قالوا', 'بماذا طالب', 'بماذا طالبت', 'دعا', 'دعت', 'طالب', 'طالبت', 'اكد', 'اكدت', 'شدد', 'شددت', 'راي', 'شو قال', 'شو قالت', 'شو قالو', 'ايش قال', 'ايش قالت', 'وش قال', 'وش قالت', 'اشنو قال', 'ايه اللي قال', 'اللي قاله', 'اللي قالته', 'اللي قالوه', 'الذي قاله', 'الذي قالته', 'ما قاله', 'ما قالته',
      // What a meeting adopted or decided, and the Levantine «شو انحكى» (what was said).
      'ماذا اعتمد', 'ماذا اعتمدت', 'ماذا قرر', 'ماذا قررت', 'ماذا اقر', 'ماذا اقرت', 'ماذا اصدر', 'ماذا اصدرت', 'شو قرر', 'شو اعتمد', 'ايش قرر', 'ايش اعتمد', 'وش قرر', 'وش اعتمد',
      'انحكي', 'انقال', 'شو انحكي', 'ايش انقال',
      // What a meeting did: the Gulf «وش سوا/سوت» (did, made).
      'وش سوا', 'وش سوى', 'وش سوت', 'ايش سوا', 'ايش سوى', 'ايش سوت', 'شو سوا', 'شو سوى', 'شو سوت',
      // What happened (at a meeting, in a city, in a year): «ماذا حدث», «شو صار», «إيه اللي حصل».
      'ماذا حدث', 'ماذا جري', 'شو صار', 'ايش صار', 'وش صار', 'شنو صار', 'اشنو وقع', 'ايه اللي حصل',
    ]),
    // What a text said: «وبما ورد فيه بشأن…», «ماذا جاء في البيان عن…»; not «كما ورد في البيان» (as the statement gave it).
    /(?<![\u0621-\u064A])(?:و|ف|ب|وب|فب)?(?:ما|ماذا)\s+(?:ورد|جاء)(?![\u0621-\u064A])/u,
  ],
  'yes-no': [
    // "True or false: …", "Fact check: …", "… - correct or incorrect?": a claim put up for a verdict.
    new RegExp(`^(?:${VERDICT_OPENER_EN})|${VERDICT_TAG_EN}`),
    /^(?:(?:quick q|question|just to confirm|to confirm|please confirm|can you confirm|could you confirm|confirm)(?:\s*[:,-]\s*|\s+(?:whether|if|that)\s+))?(?:did|does|do|is|was|were|are|has|have|had|can|could|will|would|should)(?:n[’']?t)?\b/,
    // A claim with a tag put to be checked: "the arcp doesnt have a fixed chair, does it?".
    /^(?!(?:and\s+|so\s+)?(?:what|when|where|who|whom|which|why|how)\b)\S+(?:\s+\S+){2,}?,?\s+(?:does|did|do|is|was|were|are|has|have|had)(?:n[’']?t)?\s+(?:it|they|he|she|there)\s*\?/,
    englishWords(['is it (?:true|correct|right) that', 'confirm (?:whether|if|that)', 'whether or not',
      // "…- is it confirmed that's the 2017 one?": whether the record holds it for certain.
      '(?:is|was) (?:it|this|that) (?:confirmed|certain|verified|established|definite)']),
    // What is left of "We would be grateful if you could confirm whether…", «نرجو إفادتنا عمّا إذا كان…» once the
    // courtesy goes: whether it was so ("whether it was held in person or virtually" asks which of the two).
    /^whether\b(?!.*\bor\b)|^(?:عما\s+|ما\s+)?اذا\s+(?:كان|كانت)(?![\u0621-\u064A])(?!.*(?<![\u0621-\u064A])(?:ام|او)(?![\u0621-\u064A]))/u,
    /^(?:[\u0621-\u064A]+\s+){0,3}?هل(?![\u0621-\u064A])/u,
    arabicWords(['هل', 'مؤكد ان', 'من المؤكد ان', 'ثابت ان', 'صحيح ان', 'صحيح انو', 'صحيح انه', 'صح ان', 'صح انو', 'صح انه', 'دقيق ان', 'مظبوط ان', 'مضبوط ان', 'اكد لي', 'اكدوا لي'], { clitics: false }),
    // A statement put to be checked: «افتتحته هيفاء أبو غزالة، صحيح؟», «…مو؟», «…مش كده؟», "…was held in Cairo, right?".
    new RegExp(`(?:^|[\\s،,])(?:${CHECK_TAG_AR}|صحيح ولا لا)\\s*[?؟]`, 'u'),
    /[,،]\s*(?:right|correct|true|is that (?:right|correct|so)|isn't it|wasn't it|didn't it)\s*\?/,
    // Egypt's and the Levant's «هو… ولا…؟» (is it… or…?) and «…ولا لأ؟» (…or not?): «هو بيان 2020 طالع من عملية التشاور
    // ولا من الأمانة العامة؟» was read as asking a position, and led with what the statement said.
    /^(?:هو|هي|هوه|هيه)\s(?=.*(?<![\u0621-\u064A])ولا\s)|(?<![\u0621-\u064A])ولا\s+(?:لا|لاء)\s*[?؟]\s*$/u,
    // …and as chat types it, with no comma: "amy pope opened the 11th mtg correct?", "…in person yes?".
    new RegExp(`^(?!(?:and\\s+)?(?:what|which|who|whom|when|where|why|how)\\b).*\\s(?:${CHAT_TAG_WORDS_EN})\\s*\\??\\s*$`),
  ],
  definition: DEFINITION_CUES,
  compare: COMPARE_CUES,
  evolution: EVOLUTION_CUES,
};

/**
 * How long something ran: "how long did the review run?", «كم استمر الاستعراض؟», «قديش طولت؟». The dates
 * it ran between answer it, as they answer "when"; «كم» here counts no thing.
 */
const DURATION = [
  englishWords(['how long(?! ago)', 'for how long', 'duration of', 'what was the duration', 'how many days (?:did|does|was|were|is)']),
  arabicWords(['كم يوما', 'كم يوم', 'كم استمر', 'كم استمرت', 'قديش استمر', 'قديش استمرت', 'قداش استمر', 'شحال استمر', 'كم دام', 'كم دامت', 'كم طول', 'قديش طول', 'قديش طولت', 'كم مده', 'ما مده', 'ما هي مده', 'مده انعقاد']),
];

/** Types that say which answer is asked for more precisely than a generic which / what. */
const SPECIFIC: QuestionType[] = ['when', 'where', 'who', 'how-many', 'how-often', 'why', 'list'];

/**
 * "How did LAS describe the GCM when it welcomed its adoption?", "What did the 2019 statement say about UNRWA
 * when it was distributed?": a clause that says which occasion, after a question that asks something else.
 * Typed "when", the answer was a date and the description asked was dropped. Not "…and when was it held?".
 */
const OCCASION_WHEN = /^((?:how|what|which|who|whom|why|where)\b.*?\s)(?<!\b(?:and|or|exactly|then|but)\s)when(?=\s+(?:it|they|he|she|its|their|the|this|that|las|arcp|\w+ed)\b)/;

/**
 * "Where does the ARCP stand on return?", "where does it sit among the RCPs?": where one stands is a position, and
 * where one sits among others what it is; neither asks for a place (typed "where", the League's 2000 agreement with
 * UNHCR, signed in New York, answered what it holds on UNRWA).
 */
const WHERE_IT_STANDS = /\bwhere(\s+(?:do|does|did)\s+(?:\S+\s+){1,6}?(?:stand|sit|fit|rank)s?)\b(?!\s+(?:held|hosted))/;

/**
 * "Target 10.7 of the Sustainable Development Goals", «الهدف 10.7 من أهداف التنمية المستدامة»: one of the goals named
 * by the name of them all, not the goals listed.
 */
const ONE_OF_THE_GOALS = /\b(of (?:the )?)sustainable development goals\b|(من )اهداف التنميه المستدامه/gu;
/**
 * Every kind of answer a question asks for, in the order asked ("when and where…" → when, where). A
 * comparison or an evolution comes first: it decides the layout of the whole answer. A generic "which"
 * gives way to a more specific cue, and a definition to a list. Nothing recognised: a position question.
 */
/** The kinds of answer the question's own words ask for, or undefined when none is recognised. */
/** «…وواحد تاني بيقول 19، مين الصح؟», "who's right?": which of two claims holds, put for a verdict (not who). */
const WHICH_IS_RIGHT_AR = /(?<![\u0621-\u064A])(?:مين|من|ايهما|اي واحد|انهي)\s+(?:الصح|الصحيح|المصيب|صح)(?![\u0621-\u064A])/gu;
const WHICH_IS_RIGHT_EN = /\b(?:who(?:'s|s| is) right|which (?:one |figure |number )?is (?:right|correct))\b/g;

/** "when" that asks: with its verb ("when was…", "and when?"), not a clause on another time (", when the compact was adopted,"). */
const ASKS_WHEN = /\bwhen\b(?!\s+(?:the|a|an|its|their|it|they|he|she|we|i|this|that|these|those)\b)|(?<![\u0621-\u064A])(?:متى|امتى|إمتى|ايمتى|وقتاش|تاريخ|موعد)(?![\u0621-\u064A])/u;

/**
 * "Which meeting prepared for the IMRF, and when?", «أي اجتماع خُصّص لتحضير الدول…، ومتى عُقد؟»: "which" asks for a thing,
 * and the more specific kind after "and" is a second ask of it, not the same one said more precisely ("which year" is
 * a when). Read as a when alone, the answer led with another sentence's date and never named the meeting.
 */
const SAME_CUE = 6;
const JOINED_ASK = /(?:\band\s+|[,،]\s*(?:and\s+)?|(?:^|\s)و)$/u;
function whichThenAnother(text: string, found: ReadonlyArray<{ type: QuestionType; at: number }>): boolean {
  const which = found.find((f) => f.type === 'which');
  // ("In which year and where…": the which is the when, said there.)
  if (!which || found.some((f) => SPECIFIC.includes(f.type) && Math.abs(f.at - which.at) <= SAME_CUE)) return false;
  return found.some((f) => SPECIFIC.includes(f.type) && f.at > which.at && (JOINED_ASK.test(text.slice(0, f.at)) || (text[f.at] === 'و' && /^و(?:متي|اين|من|كم)\s/u.test(text.slice(f.at)))));
}

export function askedTypes(question: string): QuestionType[] | undefined {
  // ("What is the ARCP, in one or two sentences?" asks what it is: how long to answer is no part of what is asked.)
  const text = normalizeForMatch(withoutAnswerLength(question)).replace(/\s+/g, ' ').trim().replace(OCCASION_WHEN, '$1on the occasion').replace(WHERE_IT_STANDS, 'what$1').replace(PROCESS_FULL_NAME, 'arcp').replace(ONE_OF_THE_GOALS, '$1$2sdgs').replace(WHICH_IS_RIGHT_AR, 'هل هذا صحيح').replace(WHICH_IS_RIGHT_EN, 'is it right');
  const found: Array<{ type: QuestionType; at: number }> = [];
  for (const [type, patterns] of Object.entries(CUES) as Array<[QuestionType, RegExp[]]>) {
    const at = Math.min(...patterns.map((re) => re.exec(text)?.index ?? Number.POSITIVE_INFINITY));
    if (Number.isFinite(at)) found.push({ type, at });
  }
  let types = found.sort((a, b) => a.at - b.at).map((f) => f.type);
  if (types.some((t) => SPECIFIC.includes(t)) && !whichThenAnother(text, found)) types = types.filter((t) => t !== 'which');
  // «كم مرة» / "how many times a year" asks how often, not for a count — unless it counts up to now («كم مرة
  // اجتمعت العملية لحد الآن؟», "how many times has it met so far").
  if (types.includes('how-often') && firstMatch(text, SO_FAR) >= 0) types = [...new Set(types.map((t) => (t === 'how-often' ? 'how-many' : t)))];
  // "Does the ARCP meet twice a year?": the frequency checked is answered by the frequency on record.
  if (types.includes('how-often')) types = types.filter((t) => t !== 'how-many' && t !== 'when' && t !== 'yes-no');
  // "Is it true that the statement issued in December 2018, when the compact was adopted, is an ARCP statement?": a
  // clause saying when something else happened asks no date.
  if (types[0] === 'yes-no' && types.includes('when') && !ASKS_WHEN.test(text)) types = types.filter((t) => t !== 'when');
  else if (firstMatch(text, DURATION) >= 0) types = asDuration(types);
  // "What was the 2025 statement's main message?": a question naming a year asks about what happened then,
  // not what a thing is.
  if (types.includes('list') || /(?<!\d)(?:19|20)\d\d(?!\d)/.test(text)) types = types.filter((t) => t !== 'definition');
  // "Did the position change over time?" is an evolution question that happens to be yes-no.
  if (types.includes('evolution') || types.includes('compare')) types = types.filter((t) => t !== 'yes-no' && t !== 'definition');
  const layout = types.filter((t) => t === 'evolution' || t === 'compare');
  if (layout.includes('compare')) types.push(...aspectsOf(text).filter((t) => !types.includes(t)));
  const rest = types.filter((t) => t !== 'evolution' && t !== 'compare');
  const ordered = [...layout, ...rest];
  return ordered.length > 0 ? ordered : asNounPhrase(text);
}

/** What a chat message asks with a noun alone names: "theme of 10th gfmd?", "…produce, outputs?", "exact day of 1st grf?". */
const ASKED_NOUN = new RegExp(`^(?:the |its |their )?(?:exact |precise |official |full |main )?(?:${LIST_NOUNS.slice(3, -1)}|theme|title|motto|slogan|date|day|venue|location|format|purpose|aim|outcome|output|result)\\b`);
const ASKING_WORD = new RegExp(`\\b${NOT_A_NAME}\\b`);
const ASKED_NOUN_LAST = new RegExp(`^\\S+(?: \\S+){0,3} (?:${LIST_NOUNS.slice(3, -1)}|theme|title|date|venue|outcomes|outputs|results)$`);
const CHAT_PLEASE = /\s+(?:pls|plz|please|thx|thanks|asap)\.?$/;

/**
 * "theme of 10th gfmd?", "what did the 3rd meeting produce, outputs?", "roles? need for briefing": a message
 * with no question word whose part (between commas, dashes or question marks) is such a noun phrase asks what
 * "what is the …?" would.
 */
const WH_OPENING = /^(?:and\s+)?(?:what|what's|whats|wats|which|who|whom|when|where|why|how)\b|^و?(?:ما|ماذا|شو|ايش|وش|شنو|اشنو|ايه|متى|امتى|اين|وين|فين|من|مين|منو|شكون|كيف|كم|قديش|لماذا|ليش|ليه)(?![\u0621-\u064A])/u;

function asNounPhrase(text: string): QuestionType[] | undefined {
  for (const part of text.split(/\s*(?:[,;:?]|\s[-–]\s)\s*/)) {
    // "5th meeting agenda pls", "arcp objectives?": the noun asked after what it is of.
    const phrase = part.trim().replace(CHAT_PLEASE, '');
    if (!(ASKED_NOUN.test(phrase) || ASKED_NOUN_LAST.test(phrase)) || ASKING_WORD.test(phrase) || phrase.split(' ').length > 8) continue;
    const last = !ASKED_NOUN.test(phrase) ? /^(.*) (\S+)$/.exec(phrase) : null;
    const noun = last ? `${last[2]} of the ${last[1]}` : phrase.replace(/^(?:the|its|their) /, '');
    const types = askedTypes(`what ${/^(?:\S+ )?\S+s\b/.test(noun) && !/^\S+ss\b/.test(noun) ? 'are' : 'is'} the ${noun}?`);
    if (types) return types;
  }
  // "target 10.7 - what's it about, in one line": the subject first, then a question word asking of "it", which asks
  // as it would alone. (Not "10th mtg - did palestine speak? what did they say": a check there asks what was said.)
  for (const part of text.split(/\s*(?::|\s[-–]\s)\s*/).slice(1)) {
    const types = WH_OPENING.test(part.trim()) && askedTypes(part);
    if (types) return types;
  }
  return undefined;
}

/** A duration is answered as "when" is, in the place of the count «كم» seemed to ask for. */
function asDuration(types: readonly QuestionType[]): QuestionType[] {
  const out = types.includes('how-many') ? types.map((t) => (t === 'how-many' ? 'when' : t)) : [...types, 'when' as const];
  return [...new Set(out)];
}
