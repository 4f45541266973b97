import { englishStem } from './english-stem.js';
import { arabicStems } from './light10.js';
import { tokenize, isArabicWord } from './tokenize.js';

/**
 * Words that say how to answer, or frame the request, rather than what about: "how has it evolved",
 * "compare", "is it correct that", "the position of", «ما موقف», «تطور», «بدي أعرف», "for a note we're
 * drafting", "we noticed in our earlier correspondence", «لاحظنا عند مراجعة المراسلات السابقة», «في الإحالة إلى…».
 * The question analysis reads them (src/question/question-types.ts); as search terms they are unseen words that
 * veto an answer ("evolved" is in no document), or match sentences that happen to say "latest developments". So do
 * the verbs and particles of chat that no record writes ("got", "ran … back", "btw", "like": each vetoed an answer
 * ranked first). Search leaves them out. Words that are also topics stay ("climate change", "human rights", «تغير
 * المناخ», the needs of refugees). The stopword list (stopwords.ts) stays for function words, which index pairs also
 * skip.
 */
const WORDS = `evolve evolved evolving evolution compare compared comparing comparison contrast differ differs differed
engagement involvement
difference differences distinguish distinguished shift shifted correct true accurate wrong confirm
position positions stance stances view views latest recent recently newest earliest oldest exact exactly precise
precisely specific specifically detail details detailed brief briefly summary summarise summarize overview quick define definition
kindly pls plz thanks thank hi hello dear want wanted know knowing wondering curious drafting
draft briefing memo happen happened timeline trajectory milestone milestones over way still q whats wats wht u ur ms mr mrs
main key outcome outcomes often frequently usually normally typically terms respect regard regards venue venues format formats send sending provide share forward paste cover covered highlights gist argue argued argues mention mentioned singled singling
dr inquiry enquiry inquiries enquiries query queries idea advise advice co anything something ever invoke invoked invokes invoking
short shortly just only since until till after long exist exists existed least
vs versus roughly approximately approx quoted nutshell ie eg e g etc viz seem seems seemed apparently
particular particularly furthermore moreover additionally
false incorrect myth else besides beyond apart gap gaps
got get gets getting gotten ran back move moved thru ok okay hey yeah guys folks stuff thing things bunch lot lots
gonna wanna lemme btw fyi asap quickly urgently tbh basically actually really anyway kinda sorta like atm thx ty yes ya
wasn isn aren weren didn doesn hasn haven t wasnt isnt arent werent didnt doesnt hasnt havent dont guess reckon iirc afaik imo
statistics stats
noticed correspondence correspondences paperwork
الاحاله احاله بالاحاله والاحاله
لاحظنا لاحظت نلاحظ لاحظتم المراسلات مراسلات مراسلاتنا مراسلاتكم المكاتبات مكاتبات
موقف مواقف الموقف طرا طرات يطرا تطور تطورت يتطور التطور تبدل قارن قارني مقارنه الفرق فرق الفروق اختلاف مختلف مختلفه تميز تميزت يتميز تتم تم يتم سيتم وتم اسئله سؤال سؤالين سؤالان سؤالي اسئلتييز يميز بم صحيح صح
دقيق بالضبط بالزبط تحديدا بدقه تقريبا حوالي فجوه فجوات بسرعه عاجل مستعجل اخر احدث الاخير الاحدث اقدم بدي ابي ابغي ابغى بغيت عايز عاوز حاب احب اريد نريد اعرف
نعرف تعرف معرفه تقولي قولي قلي خبرني افيدوني افيدونا ممكن لو سمحت رجاء ارجو نرجو احتاج نحتاج مذكره لمذكره نعدها
خصوصا الخصوص ملخص حصيله باختصار لخص لخصلي لخصي لخصلنا لخصوا تلخيص شكرا مرحبا الشكل شكل ناحيه
الاحصائيات احصائيات الاحصاءات احصاءات بعدد وبعدد استند استندت يستند تستند
تزويدي تزويدنا زودني زودونا ارسال ارسل ارسلوا ابعت ابعتلي ابعثوا ابرز تبعتلي تبعتولي ابعتولي تبعتلنا ابعتلنا ترسلي ترسلولي ارسلولي تبعثلي ابعثلي
بتاع بتاعه بتاعت بتوع ديال ديالها ديالو تاع تاعه متاع نتاع تبع تبعه تبعها تبعت تبعات هما يوجد توجد يعني اصلا كده كدا كدة هيك بس لسه لسا للحين لحد لين
تود يود الجانبين الطرفين سيما يتصل يتعلق يخص معه معها معهم معنا هيي هوي هيا هوا لي لنا نود التاكد مما ايضاح بايضاح منهما بينهما انحكى انقال حصل حصلت صار صارت بصير جرى جرت سوا سوت سووا يسوي تسوي بيسوي بتسوي استفسار استفسارات استعلام فكره نبذه تعطيني اعطني اعطيني عطني تعطونا اعطونا شي شيء حاجه حاجات سنه سنة سنين السنين ياريت يريت الله يخليك حضرتك حضرتكم لو سمحتم`;

/**
 * Framing words that are noise only as written: "what did the 8th meeting discuss?" asks for its topics
 * (the 6th and 7th meetings' reports say "discussed", the 8th's "focused on"), but "a discussion of force"
 * names a subject, and Porter gives both one stem. So does «ما محور الاجتماع السابع؟» (its main focus): only the
 * 8th meeting's record has a heading «محور» (the GFMD's «محاور», its themes, stay). ("Focus" stays: the records
 * say which meetings "focused on" what.) "How has it progressed?" asks for a timeline; "the
 * Progress Declaration" names a document. «العرض التقديمي» (the slide presentation) is the records' «عرض الأمانة
 * الفنية»: the adjective is in none of them. «بالتحديد» (precisely) frames as «تحديداً» does, but its stem is «تحديد»
 * (determining), a subject. "Where was it finally held?": no record says "finally", but Porter's "final" is the
 * final statement's. So is «وأخيراً» (and finally) of a letter's last ask, whose stem is «الأخير», the latest: it led with the
 * 2016 meeting's themes for the fields the process covers. "Did the 2019 statement go further than the 2018 one?",
 * «هل كان بيان 2019 أقوى من بيان 2018؟» measure one record against another (change-cues.ts): "further", "stronger", «أبعد»,
 * «أقوى» are in no record of either, and the search abstained ("further support" keeps "support"). «في أي مدينة، وعلى هامش أي
 * فعالية أُعلن الإطلاق…؟» asks where and at which event: no record writes «مدينة», and «هامش» (the sidelines) is one record's word.
 */
const AS_WRITTEN = 'مدينه المدينه هامش further farther stronger weaker harsher softer bolder firmer tougher ابعد اقوي اقوى اشد اضعف discuss discussed discusses discussing محور المحور محوره محورها progressed alternate alternated alternating المحطات محطات محطاتها بالترتيب تكرر تكررت تجدد تجددت repeated reiterated التقديمي التقديميه بالتحديد وبالتحديد بوجه finally eventually ultimately lastly اخيرا واخيرا ختاما وختاما';

/**
 * "Currently", «حالياً», «دلوقتي», and "before", "formerly", «سابقاً» with no date: the time the question is
 * asked from, which the record never writes ("how many member states does the ARCP currently have?" found "the
 * current situation" of UNRWA; "what was the ARCP called before?" found "put before states"). As written only:
 * "the current situation", «الوضع الحالي» name a subject; "before 2017" is a range (time-range.ts).
 */
const NOW = 'currently presently nowadays حاليا حاليه الان الحين هلق هلأ دلوقتي دلوقت ذلحين توا before previously formerly originally سابقا';

/**
 * «السنة الماضية», «العام المنصرم», «السنة اللي فاتت»: last year, which time-range.ts reads as a year; as a
 * search word «الماضية» is in no record of that year and vetoed the answer.
 */
const PAST = 'الماضي الماضيه المنصرم المنصرمه الفائت الفائته الفايت الفايته فاتت';

/**
 * A season with its year («في صيف 2017», "in the summer of 2017"): the year bounds the answer (time-range.ts);
 * no record dates a meeting by its season. Spring is left out: «الربيع العربي» is a subject.
 */
const SEASONS = 'summer winter autumn صيف الصيف شتاء الشتاء خريف الخريف';

const STEMS = new Set(tokenize(WORDS).flatMap((t) => (isArabicWord(t) ? arabicStems(t) : [englishStem(t)])));
/**
 * «عرّفني على المنتدى العالمي للاجئين» (introduce me to), «العملية شغلتها إيه؟» (what is its job): a
 * definition asked in dialect (question-types.ts); as written only, since «شغل» and «عرف» stems name work
 * and custom. «بالظبط» is «بالضبط» as Egyptians write it.
 */
const DIALECT_DEFINITION = 'عرفني عرفنا عرفوني عرفيني شغلتها شغلته شغلتو شغلتهم بالظبط';

/**
 * «كم عدد اللاجئين الذي ذكرته الجامعة؟», «…كما أوردها العرض»: "mentioned it", "listed it" frame what is asked, as "mentioned" does in English;
 * as written and with its pronoun only, since «ذكرت أن…» (stated that) is what a passage says too, and «ذكر»
 * is also the stem of «الذكرى» (an anniversary), a subject.
 */
const MENTIONED = 'ذكرته ذكرتها ذكره ذكرها ذكروه ذكروها اوردها اورده اوردته اوردتها اوردوها';

/**
 * How members ask politely, by the way or with a hedge: «ممكن توضحلي…», «لو تكرمت، حدثني عن…», «نود الاستيضاح
 * عن…», «فقط للتأكد:», «ذكرني ب…», «يهمنا أن نفهم…», «حابب أستفسر…», «عندي استفسار بسيط:», «… يا ترى؟», «كنت
 * أتساءل…», «هل تعرف بالصدفة…», «صححني إذا كنت مخطئاً…», «معليش سؤال:», «تقدر تقولي…», «من فضلك», «في حدود
 * علمك», «إذا لم تخني الذاكرة», «الله يعافيك», «عفواً على الإزعاج», «زميلي سألني…», «هل يوجد في السجلات ما
 * يفيد…», «بالمناسبة، …» (by the way), «طيب، …» (ok, then), «هل عندكم معلومات عن…» (do you have). None
 * is in a document, and each made the search refuse or lead with another subject. As written only: their
 * stems are also those of «عند», «البسيط», and «بمناسبة اليوم العالمي للاجئين» (on the occasion of) is
 * every World Refugee Day statement's.
 */
const COURTESY_AR = `توضح توضحلي توضحلنا توضحي وضحلي وضحلنا تشرحلي تشرحلنا اشرحلي حدثني حدثنا حدثوني الاستيضاح
استيضاح نستوضح استوضح للتاكد التاكد ذكرني ذكرنا ذكروني يهمنا يهمني نفهم افهم استفسر نستفسر بسيط ترى ياترى يا تكرمت
تكرمتم حابب حابه حابين عندي عندنا عندكم عندك معلومات عطيني عطني اعطيني اعطني هات هاتلي هاتي جيبلي ابعتلي
بزاف بالزاف دابا واخا عفاك عافاك برشا ياخي مشكور مشكورين تسلم تسلمو تسلموا تكفى قلولي خبروني كنت اتساءل نتساءل بالصدفه صدفه صححني معليش معلش عليش تقدر تقدري تقدروا اظن نظن لديك لديكم معلومه
فضلك بالله للعلم للتذكير علمك تخني الذاكره اخي ريت يعافيك يسلمك يعطيك العافيه المعذره عفوا الازعاج اسمح اسال
اسالك بامكانك تخبرني تخبرنا سعادتك زميلي زميلتي سالني يرضي يرضى السجلات يفيد بالمناسبه طيب`;

/**
 * "Who delivered the opening speech / gave the keynote address / the welcome remarks": the form of what was
 * said, which the record tells as who opened or spoke ("opened the meeting", "spoke at the opening
 * session"); as search terms the words are in almost no record and vetoed the answer. As written only:
 * "addressing large movements" names a meeting.
 */
const SPEECH = 'speech speeches keynote remarks address delivered deliver delivering';

/**
 * "Which body performs the functions of the technical secretariat?", «الجهة التي تضطلع بمهام الأمانة الفنية»:
 * who holds a role, asked in the words of an organigram. The record says who "serves as" or «تقوم بدور» the
 * secretariat; the nouns and verbs of the asking are in no document and vetoed the answer. As written only:
 * «الجهات» (the parties) is a word of the record.
 */
const ROLE = 'entity entities organ functions duties perform performs performing الجهه جهه بالجهه تضطلع يضطلع الاضطلاع بالاضطلاع مهام بمهام المهام';

/**
 * The function words of the spoken dialects, which no record writes: Levantine «متل» (like), «كتير», «شوي», «إنو»
 * (that), «هدول», «هيدا», «كمان» (also), «لأنو»; Egyptian «زي» (like), «أوي», «برضه», «مفيش»; Gulf «وايد», «يبغى»;
 * Iraqi «هسع», «ماكو»; Maghrebi «ماكاين»; and «نفسه» (itself), «باقي» (the rest). «صح إنو رئاسة العملية بتدور…
 * متل باقي العمليات؟» was refused for them. As written only, and not the words MSA shares as subjects («مثل» such
 * as, «دول» states, «عادي» regular, «حق» a right), nor Iraqi «جان» (was), a name and, behind ل, «لجان» (committees):
 * it cost a reading-comprehension question its answer.
 */
const DIALECT_FUNCTION = `متل كتير شوي شويه منيح انو لانو هدول هيدا هيدي هيدول كمان زي اوي برضه برضو مفيش مافيش فيش مافي وايد يبغى يبغي
هسع هسه ماكو ماكاين ساي باقي نفسه نفسها بالعربي بالانجليزي بالانكليزي عدكم عدنا غادي غاديه غاديين تشتغل يشتغل بتشتغل بيشتغل`;

const SURFACE = new Set(tokenize(`${WORDS} ${AS_WRITTEN} ${NOW} ${PAST} ${SEASONS} ${DIALECT_DEFINITION} ${MENTIONED} ${COURTESY_AR} ${SPEECH} ${ROLE} ${DIALECT_FUNCTION}`));

/**
 * The framing words as written, for spelling correction: "diference", "copare", "evovled", "sice" are slips of
 * them, which read as unseen words of a subject and vetoed the answer.
 */
export function queryNoiseWords(): readonly string[] {
  return [...SURFACE];
}

/** True for a normalised token that frames the question rather than naming what it is about. */
export function isQueryNoise(token: string): boolean {
  if (SURFACE.has(token)) return true;
  const stems = isArabicWord(token) ? arabicStems(token) : [englishStem(token)];
  if (stems.every((s) => STEMS.has(s))) return true;
  // «لسنة 2023», «بسنة»: a framing word with a preposition written on it, which Light10 leaves on.
  const bare = isArabicWord(token) ? PROCLITIC.exec(token)?.[1] : undefined;
  if (bare !== undefined && (SURFACE.has(bare) || arabicStems(bare).every((s) => STEMS.has(s)))) return true;
  // «ما موقفكم…؟», «شو موقفكن»: "position" with "your" or "their" on it, which Light10 keeps.
  const owned = isArabicWord(token) ? POSSESSIVE.exec(token)?.[1] : undefined;
  return owned !== undefined && POSITION_NOUNS.has(owned);
}
const POSSESSIVE = /^(?:و|ف)?(.{3,}?)(?:كم|كن|ك|هم|هن|نا)$/u;
const PROCLITIC = /^(?:ل|ب|ك|ول|وب|فب|فل)(.{3,})$/u;
const POSITION_NOUNS = new Set(['موقف', 'مواقف', 'راي', 'اراء']);

/**
 * "In person", «حضوري»: a question of a meeting's format names the kind of answer it wants (question-types.ts
 * reads it as "where"), as "when" does. The record says how a meeting was held ("by videoconference", «في
 * القاهرة»), rarely that it was in person; as a search term the word would veto the answer.
 */
const FORMAT_CUES = new Set(tokenize('حضوري حضوريا حضوريه حضورية'));

/** By the written word: «الحضور» (the attendance) shares the stem of «حضوري» and is a topic. */
export function isFormatCue(token: string): boolean {
  return FORMAT_CUES.has(token.replace(/^[وب](?=حضور)/u, ''));
}
