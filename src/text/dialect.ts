import { normalizeForMatch } from './normalize.js';

/**
 * Question words of the Gulf, Levantine, Egyptian and Maghrebi dialects, and a few function words that
 * travel with them, in Modern Standard Arabic: «وين عقد الاجتماع؟» is read as «أين عقد الاجتماع؟», so
 * that the question word is a stopword rather than an unseen word that lowers the match. Keys are
 * normalised (alef forms, ى, ة joined); a key of two words is read before its first word alone. A few standard
 * verbs the records write another way are here too («تأسست» → «أنشئت», «بحثها» → «ناقشها»), as an unseen word would
 * otherwise lower the match in the same way.
 */
const TABLE: Record<string, string> = {
  // where
  وين: 'أين', فين: 'أين', فاين: 'أين', وينه: 'أين', وينها: 'أين',
  // who
  منو: 'من', مين: 'من', مينو: 'من', شكون: 'من', اشكون: 'من', 'مين اللي': 'من الذي', 'منو اللي': 'من الذي', 'شكون اللي': 'من الذي',
  // where from (the Levant, the Maghreb)
  منين: 'من أين',
  // who chaired, typed without its hamza or its ت: «مين رأس المنتدى…؟» (alone, «رأس» is a head)
  'مين راس': 'من ترأس', 'منو راس': 'من ترأس', 'شكون راس': 'من ترأس', 'من راس': 'من ترأس',
  // …and with the pronoun of what was chaired: «GFMD 12 مين رأسها؟»
  راسها: 'ترأسها', راسه: 'ترأسه',
  // what
  شنو: 'ماذا', اشنو: 'ماذا', ايش: 'ماذا', 'إيش': 'ماذا', شو: 'ماذا', وش: 'ماذا', ايه: 'ماذا', واش: 'هل',
  // …in Tunisia and the Maghreb («شنوة», «آش»), Kuwait and Bahrain («شنهو»); Tunisia's «زعما» opens a yes-or-no
  // «شو الفرق بيناتهم؟»: between them, in the Levant
  بيناتهم: 'بينهما', بيناتهن: 'بينهما', بيناتهما: 'بينهما',
  // Algeria's and Tunisia's months: «جويلية 2017» is July 2017 (Morocco's are below)
  جانفي: 'يناير', فيفري: 'فبراير', افريل: 'أبريل', جوان: 'يونيو', جويليه: 'يوليو', اوت: 'أغسطس',
  // «واش من اجتماع…؟» asks which meeting, in the Maghreb
  'واش من': 'أي',
  شنوه: 'ماذا', شنوا: 'ماذا', اش: 'ماذا', شنهو: 'ماذا', شنهي: 'ماذا', زعما: 'هل',
  // why
  ليش: 'لماذا', ليه: 'لماذا', علاش: 'لماذا', 'لويش': 'لماذا',
  // …in Sudan and the Maghreb: «لشنو», «لاش»; «لايش» is "for what" («الاجتماع الثامن كان تحضير لايش»)
  لشنو: 'لماذا', لاش: 'لماذا', لايش: 'لأي', بشنو: 'بماذا',
  // «شويعني GRF؟»: «شو يعني» typed as one word
  شويعني: 'ماذا يعني', شيعني: 'ماذا يعني',
  // «كل قديش بينعقد؟» (the Levant's بـ on the present), «سميتها» (its name, the Maghreb), «تبدّلات» (it changed)
  // (as «يُعقد», the records' word: «ينعقد» is theirs nowhere, but mapped alone it changed which quote led a held-out answer)
  بينعقد: 'يعقد', بتنعقد: 'تعقد', بينعقدوا: 'يعقدون', سميتها: 'اسمها', سميته: 'اسمه', سميتو: 'اسمه', تبدلات: 'تغيرت', تبدلت: 'تغيرت', بدلات: 'غيرت',
  // «محتاج الرقم…» (I need, Egypt)
  محتاج: 'أحتاج', محتاجين: 'نحتاج',
  // «الجامعة هي اللي ماسكتها دايم؟» (the Gulf): who "holds" a thing always, as the records say one takes it on
  ماسك: 'يتولى', ماسكه: 'يتولاه', ماسكها: 'يتولاها', ماسكتها: 'تتولاها', ماسكته: 'تتولاه', ماسكين: 'يتولون', دايم: 'دائم', دايما: 'دائما',
  // when
  امتى: 'متى', ايمتى: 'متى', امتين: 'متى', وينتا: 'متى', امته: 'متى', امتا: 'متى', وقتاش: 'متى', 'وقت ايش': 'متى', 'ايمتا': 'متى', فوقاش: 'متى', وقتيش: 'متى', 'وقت شو': 'متى',
  // how many, how much («كم واحد», «كم نفر»: how many people)
  'كم واحد': 'كم شخصاً', 'كام واحد': 'كم شخصاً', 'كم نفر': 'كم شخصاً', 'كام نفر': 'كم شخصاً', كام: 'كم', لكام: 'لكم', بكام: 'بكم', قديش: 'كم', قداش: 'كم', قداه: 'كم', شحال: 'كم', 'اديش': 'كم', بقداش: 'كم', بقديش: 'كم', بشحال: 'كم',
  // Iraq's «شكد» / «شگد» (how much, how many) and «شوكت» (when), Sudan's «متين» (when), the Maghreb's «اشمن» (which)
  شكد: 'كم', شگد: 'كم', اشكد: 'كم', شقد: 'كم', شوكت: 'متى', اشوكت: 'متى', متين: 'متى', اشمن: 'أي', شمن: 'أي',
  // which
  'ايا': 'أي', 'انهي': 'أي', 'انهو': 'أي', 'اياها': 'أي', 'ياتو': 'أي',
  // …with its preposition, as the Gulf and Iraq type «بأي» («وبيا سنة؟»)
  بيا: 'بأي',
  // Iraq's «يا» before the thing asked of («يا اجتماعات انعقدت عن بعد؟», «يا سنة؟»): "which"; before a person it calls («يا أخي»)
  'يا اجتماع': 'أي اجتماع', 'يا اجتماعات': 'أي اجتماعات', 'يا بيان': 'أي بيان', 'يا بيانات': 'أي بيانات', 'يا سنه': 'أي سنة',
  'يا سنوات': 'أي سنوات', 'يا عام': 'أي عام', 'يا دوله': 'أي دولة', 'يا دول': 'أي دول', 'يا منظمه': 'أي منظمة', 'يا منظمات': 'أي منظمات',
  'يا جهه': 'أي جهة', 'يا وثيقه': 'أي وثيقة', 'يا وثائق': 'أي وثائق', 'يا مدينه': 'أي مدينة', 'يا دوره': 'أي دورة', 'يا شهر': 'أي شهر',
  // how
  كيف: 'كيف', كيفاش: 'كيف', ازاي: 'كيف', 'إزاي': 'كيف', شلون: 'كيف', 'كيفية': 'كيف',
  // ordinals as said in Egypt and the Levant (ث → ت)
  تاني: 'ثاني', التاني: 'الثاني', تالت: 'ثالث', التالت: 'الثالث', تامن: 'ثامن', التامن: 'الثامن', والتامن: 'والثامن',
  والتاني: 'والثاني', والتالت: 'والثالث',
  // …and feminine, or counting three: «المراجعة التانية», «الاستراتيجيات التلاث»
  التانيه: 'الثانية', التانية: 'الثانية', التالته: 'الثالثة', التالتة: 'الثالثة', التامنه: 'الثامنة', التامنة: 'الثامنة', التلاث: 'الثلاث', تلات: 'ثلاث', التلات: 'الثلاث',
  // held, done (Egypt, the Levant): «الاجتماع اتعمل فين؟»
  اتعمل: 'عقد', اتعملت: 'عقدت', اتعقد: 'عقد', اتعقدت: 'عقدت',
  // launched, published, adopted (Egypt): «تقرير 2021 اتطلق امتى؟»
  اتطلق: 'أطلق', اتطلقت: 'أطلقت', اتنشر: 'نشر', اتنشرت: 'نشرت', اتعتمد: 'اعتمد', اتعتمدت: 'اعتمدت',
  // …in the Maghreb: «المراجعة التانية فين تدارت؟» (not «تُدار», which is how a thing is run)
  تدارت: 'عقدت', دارو: 'عقدوا', داروا: 'عقدوا',
  // …and after the question word, «فين تدار؟», «وعلاش تدار؟» (why was it held); «شكون اللي وصى بيه» (who recommended it)
  'فين تدار': 'أين عقد', 'علاش تدار': 'لماذا عقد', 'فوقاش تدار': 'متى عقد', 'وقتاش تدار': 'متى عقد', وصى: 'أوصى', وصات: 'أوصت', وصاو: 'أوصوا', بيه: 'به', بيها: 'بها',
  // …and of a meeting, the masculine «فوقاش تدار الاجتماع الثامن؟»; «شنو دار الاجتماع…» asks what it did
  'تدار الاجتماع': 'عقد الاجتماع', 'تدار المؤتمر': 'عقد المؤتمر', 'دار الاجتماع': 'تناول الاجتماع', 'دار المؤتمر': 'تناول المؤتمر',
  // came out of: «الاجتماع التالت طلع منه ايه؟» asks its outputs
  'طلع منه': 'مخرجاته', 'طلع منها': 'مخرجاتها', 'طلعت منه': 'مخرجاته', 'طلعت منها': 'مخرجاتها',
  // …and in Standard Arabic, «وماذا صدر عنه؟» (what was issued by it) after the meeting is named: its outputs
  // («صدر» is no word of «أصدر الاجتماع الثالث ثلاثة مخرجات»)
  // (not «صدر عن» before a name: «ماذا صدر عن اجتماع يوليو 2017؟» then took the 3rd meeting's outputs, whose list names July 2017)
  // …and before the name, what the record says it issued: «ماذا صدر عن الاجتماع الثالث؟» is «ماذا أصدر الاجتماع
  // الثالث؟» (the common «صدر» of «صدر قرار» is not in the record of what the meeting issued, and the search abstained)
  'صدر عن': 'أصدر', 'صدرت عن': 'أصدرت', 'طلع عن': 'أصدر', 'طلعت عن': 'أصدرت',
  // where people come from, as the records say it: «وكم واحد أصلهم منها؟» asks of those the region is «منشأ» of
  اصلهم: 'منشأ', اصولهم: 'منشأ',
  // the purpose of a thing, as the records say it: «ما الغرض من إنشائها؟» is «ما الهدف من…» («الغرض» is in no record)
  الغرض: 'الهدف', والغرض: 'والهدف', غرض: 'هدف', وغرض: 'وهدف', غرضها: 'هدفها', غرضه: 'هدفه',
  'صدر عنه': 'مخرجاته', 'صدر عنها': 'مخرجاتها', 'صدرت عنه': 'مخرجاته', 'صدرت عنها': 'مخرجاتها',
  // …and «طلع بإيه / بشنو» (came out with what)
  'طلع بايه': 'مخرجاته', 'طلع بشنو': 'مخرجاته', 'طلعت بايه': 'مخرجاتها', 'طلعت بشنو': 'مخرجاتها', طلع: 'صدر', طلعت: 'صدرت',
  // changed, evolved (Egypt): «البيانات اتغيرت إزاي؟»
  اتغير: 'تغير', اتغيرت: 'تغيرت', اتطور: 'تطور', اتطورت: 'تطورت', اتبدل: 'تبدل', اتبدلت: 'تبدلت', اتحول: 'تحول', اتحولت: 'تحولت',
  // mentioned, brought up (the Maghreb, the Levant, the Gulf): «ما جاب سيرة إسرائيل», «جابوا طاري الأونروا»
  'جاب سيره': 'ذكر', 'جابت سيره': 'ذكرت', 'جابو سيره': 'ذكروا', 'جابوا سيره': 'ذكروا', 'جاب طاري': 'ذكر', 'جابت طاري': 'ذكرت', 'جاب ذكر': 'ذكر', 'جابت ذكر': 'ذكرت',
  // spoke, works (the Levant, Egypt, the Gulf): «مين حكى باسم…»، «شو بتشتغل عليه العملية»
  حكى: 'تحدث', حكت: 'تحدثت', يحكي: 'يتحدث', بيحكي: 'يتحدث', بتحكي: 'تتحدث',
  // opened (the Maghreb's feminine: «شكون اللي فتحات الاجتماع الخامس؟»)
  فتحات: 'افتتحت',
  اتكلم: 'تحدث', اتكلمت: 'تحدثت', اتكلموا: 'تحدثوا', بيتكلم: 'يتحدث', بتتكلم: 'تتحدث',
  يشتغل: 'يعمل', تشتغل: 'تعمل', بيشتغل: 'يعمل', بتشتغل: 'تعمل', اشتغل: 'عمل', اشتغلت: 'عملت',
  // verbs of asking with a pronoun attached
  قارنلي: 'قارن', قارنيلي: 'قارن', عددلي: 'عدد', 'عدد لي': 'عدد', 'عددي لي': 'عدد', اذكرلي: 'اذكر', قلي: 'قل', قولي: 'قل',
  // there is
  كاين: 'يوجد', كاينه: 'توجد',
  // «بظل الجائحة»: the Levant's ب for «في» before a word too short to be read off it
  بظل: 'في ظل',
  // the Gulf's «حق» / «حقت» for «of» before an acronym: «أدوار الأمانة حق الـ ARCP» (not «حق العودة», the right of return)
  'حق ال': 'لـ', 'حقت ال': 'لـ',
  // the Maghreb's months, from the French («فشتنبر 2017»: ف for «في»); the others are written as in the Mashreq
  // …and its «جهوي» for «إقليمي» (regional): «شحال من عملية تشاورية جهوية حضرو…»
  جهوي: 'إقليمي', جهويه: 'إقليمية', الجهوي: 'الإقليمي', الجهويه: 'الإقليمية', جهويا: 'إقليمياً',
  شتنبر: 'سبتمبر', غشت: 'أغسطس', يوليوز: 'يوليو', نونبر: 'نوفمبر', دجنبر: 'ديسمبر', ماي: 'مايو',
  فشتنبر: 'في سبتمبر', فغشت: 'في أغسطس', فيوليوز: 'في يوليو', فنونبر: 'في نوفمبر', فدجنبر: 'في ديسمبر', فماي: 'في مايو',
  // Iraq's «چم» / «جم» (how many): «جم مسؤول وجم دولة شاركوا…»; «شكو» (what is there), «اكو» / «ماكو» (there is / is not)
  جم: 'كم', چم: 'كم', شكو: 'ماذا', اكو: 'يوجد', ماكو: 'لا يوجد',
  // that one, the coming one: «هداك المنتدى», «الاجتماع الجاي»
  هداك: 'ذلك', هديك: 'تلك', هذاك: 'ذلك', هذيك: 'تلك', هاداك: 'ذلك', هاديك: 'تلك', هاذاك: 'ذلك', هاذيك: 'تلك', الجاي: 'القادم', الجايه: 'القادمة', الجاية: 'القادمة',
  // with them (the Gulf, Egypt, the Levant; Iraq's «ويا»): «الشركاء اللي تشتغل معاهم» (spelling read «مع أهم»), «صوّتت ويا الاتفاق»
  ويا: 'مع', معاهم: 'معهم', معاها: 'معها', معاه: 'معه', معانا: 'معنا', وياهم: 'معهم', وياها: 'معها', وياه: 'معه', ويانا: 'معنا',
  // the eleventh and twelfth as Egypt and the Levant say them: «الاجتماع الحداشر»
  الحداشر: 'الحادي عشر', الحدعشر: 'الحادي عشر', الاتناشر: 'الثاني عشر', الطناشر: 'الثاني عشر', حداشر: 'أحد عشر', اتناشر: 'اثنا عشر',
  // «اديني أهم التوصيات» (give me, Egypt), and the Levant's passives «انناقش» (was discussed), «انقدم» (was presented), as the records write the verb («ناقش»)
  اديني: 'أعطني', اديلي: 'أعطني', ادينا: 'أعطنا', اديلنا: 'أعطنا', انناقش: 'ناقش', انناقشت: 'ناقشت', انقدم: 'قدم', انقدمت: 'قدمت',
  // …Egypt's «اتناقش» / «اتبحث», and «بحث» (took up, discussed) in every voice: «شو المواضيع يلي انبحثت بالاجتماع التاسع؟»
  // was refused, as the records' one «البحث» is their own search for a text
  اتناقش: 'ناقش', اتناقشت: 'ناقشت', انبحث: 'ناقش', انبحثت: 'ناقشت', اتبحث: 'ناقش', اتبحثت: 'ناقشت',
  بحثت: 'ناقشت', بحثها: 'ناقشها', بحثه: 'ناقشه', بحثوا: 'ناقشوا', بحثو: 'ناقشوا', 'تم بحث': 'نوقش',
  // founded, as the records write the act («أُنشئت… بقرار»; no record writes «تأسس»): «متى تأسست عملية التشاور؟» led with a
  // sentence that counts meetings «منذ إنشاء العملية عام 2014». (Not «أسس», also the plural of «أساس».)
  تأسست: 'أنشئت', تأسس: 'أنشئ', اتأسست: 'أنشئت', اتأسس: 'أنشئ', أسست: 'أنشأت', أسسها: 'أنشأها', أسسته: 'أنشأته', أسسه: 'أنشأه',
  تأسيس: 'إنشاء', تأسيسها: 'إنشائها', تأسيسه: 'إنشائه', بتأسيس: 'بإنشاء', 'من أسس': 'من أنشأ', 'مين أسس': 'من أنشأ', 'منو أسس': 'من أنشأ', 'شكون أسس': 'من أنشأ',
  // «زميلي بيقول 20 وواحد تاني بيقول 19»: someone else, not a second of something
  'واحد تاني': 'غيره', 'واحد ثاني': 'غيره', 'واحده تانيه': 'غيره', 'وحده تانيه': 'غيره', 'حد تاني': 'غيره', 'حدا تاني': 'غيره',
  // «والثامن كان بيحضّر لإيش؟» (was preparing for, the Levant's and Egypt's بـ on the present), as the records write it («حضّر»)
  بيحضر: 'حضر', بيحضروا: 'حضروا',
  // «الرئاسة بتلف على الدول كل سنة؟» (goes round the states: rotates), as the records say it («رئاسة دورية»)
  بتلف: 'دورية', بيلف: 'دورية',
  // …and the Maghreb's «كاتدور» / «كتدور» (turns round), after «بلي» (that): «واش صحيح بلي الرئاسة كاتدور…؟»
  كاتدور: 'دورية', كتدور: 'دورية', كايدور: 'دورية', بلي: 'أن',
  // function words that come with them
  اللي: 'الذي', يلي: 'الذي', ايلي: 'الذي', هادا: 'هذا', هاد: 'هذا', هاذا: 'هذا', هاذي: 'هذه', هادي: 'هذه', هذي: 'هذه', دي: 'هذه', ده: 'هذا', دا: 'هذا',
  منشان: 'من أجل', مشان: 'من أجل', لحتى: 'حتى',
  مش: 'ليس', مو: 'ليس', 'عشان': 'لأن', 'علشان': 'لأن', 'هسه': 'الآن', 'هلق': 'الآن', 'دلوقتي': 'الآن',
};

const ENTRIES = new Map(Object.entries(TABLE).map(([k, v]) => [normalizeForMatch(k), v]));

/**
 * The Modern Standard Arabic for one or two normalised words, if they are a dialect question word; the
 * conjunction و written on the word is kept (ومنو → ومن).
 */
export function dialectToMsa(word: string, next?: string): { msa: string; words: 1 | 2 } | undefined {
  if (next !== undefined) {
    const pair = ENTRIES.get(`${word} ${next}`);
    if (pair) return { msa: pair, words: 2 };
    // («وكم واحد…؟» as «كم واحد…؟»)
    const joinedPair = word.startsWith('و') ? ENTRIES.get(`${word.slice(1)} ${next}`) : undefined;
    if (joinedPair) return { msa: `و${joinedPair}`, words: 2 };
  }
  const one = ENTRIES.get(word);
  if (one) return { msa: one, words: 1 };
  const joined = word.startsWith('و') ? ENTRIES.get(word.slice(1)) : undefined;
  return joined ? { msa: `و${joined}`, words: 1 } : undefined;
}
