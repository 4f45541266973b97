import { describe, expect, it } from 'vitest';
import { answerKindWords } from '../../src/question/answer-kind.js';
import { countedWords, listedWords, listSizeAsked } from '../../src/question/counted.js';
import { countClaim } from '../../src/question/count-claim.js';
import { focusWords } from '../../src/question/focus.js';
import { placeClaim, withConfirmThat } from '../../src/question/claim.js';
import { withoutCourtesy } from '../../src/question/courtesy.js';
import { topicPremise } from '../../src/question/topic-premise.js';
import { understandQuestion } from '../../src/question/understand.js';

const NOW = new Date('2026-12-02T00:00:00Z');
const read = (q: string) => understandQuestion(q, { now: NOW });

describe('what kind of answer a question asks for', () => {
  it.each([
    ['متى أنشئت عملية التشاور العربية الإقليمية ومن أنشأها؟', ['when', 'who']],
    ['When was the ARCP created and by whom?', ['when', 'who']],
    // A letter's next question, opening with «و».
    ['ومن افتتحه؟', ['who']],
    // Moroccan "when"; a count up to now, not a frequency.
    ['فوقاش تعقد الاجتماع الحادي عشر؟', ['when']],
    ['كم مرة اجتمعت العملية لحد الآن؟', ['how-many']],
    ['how many times has the ARCP met so far?', ['how-many']],
    ['كم مرة تجتمع العملية؟', ['how-often']],
    // What a body does is what it is.
    ['what does the arcp do', ['definition']],
    ['شو بيسوي العملية؟', ['definition']],
    // "What documents…" with a question word in any dialect asks for a list, as in English.
    ['شو الوثائق اللي بتصدرها العملية؟', ['list']],
    ['what documents does the ARCP issue', ['list']],
    ['الاجتماع الحادي عشر اتعمل إمتى؟', ['when']],
    ['ليش اجتمعت العملية في مايو 2023؟', ['why']],
    ['how often does the ARCP meet', ['how-often']],
    // "when it welcomed…" says which occasion; the description is what is asked. "…and when was it held?" asks the date.
    ['How did LAS describe the GCM when it welcomed its adoption in December 2018?', ['position']],
    ['What did the 2019 statement say about UNRWA when it was distributed?', ['position']],
    ['Who opened the 9th meeting and when was it held?', ['who', 'when']],
    // Where one stands is a position, not a place; where a meeting was held is one.
    ['Where does the ARCP stand on the voluntary return of refugees?', ['position']],
    ['where do Arab states stand on UNRWA?', ['position']],
    ['Where was the 9th meeting held?', ['where']],
    // The thing asked as a keyword at the end, as a hurried member types it; "to date" is no date asked.
    ['8th mtg date, just the date', ['when']],
    ['UNHCR rep at 11th mtg name', ['who']],
    ['What has the ARCP adopted to date on the GCR?', ['position']],
    // A name asked.
    ['What was the department called in 2016?', ['which']],
    // A number that names a thing, not a count («عدد»).
    ['ما رقم قرار مجلس الجامعة الذي أنشأ عملية التشاور؟', ['which']],
    ['What is the decision number that established the ARCP?', ['which']],
    // «أية وثيقة» asks which; the Egyptian «إيه» last in its question asks what.
    ['أية وثيقة اعتمدها الاجتماع الاستثنائي؟', ['which']],
    ['بيان الجامعة في يوم المهاجر الدولي 2018 وصف الـGCM بإيه؟', ['position']],
    // One of the goals named by the name of them all, not their list; the goals themselves are listed.
    ['ما هو الهدف 10.7 من أهداف التنمية المستدامة؟', ['definition']],
    ['what is target 10.7 of the sustainable development goals?', ['definition']],
    ['ما هي أهداف التنمية المستدامة المتعلقة بالهجرة؟', ['list']],
    // What is left of "…could you confirm whether…", «…عمّا إذا كانت…» once the courtesy goes.
    ['whether that suspended member was Syria.', ['yes-no']],
    ['عما إذا كانت العملية قد أنشئت عام 2014', ['yes-no']],
    ["the main milestones of the ARCP's work on the GCM", ['evolution']],
    // The subject first, then the question of "it".
    ["target 10.7 - what's it about, in one line", ['definition']],
    ['ما أبرز محطات عمل العملية بشأن الاتفاق العالمي للهجرة؟', ['evolution']],
    // Only the things asked for are left once "Kindly elaborate on…" goes: a list.
    ["the ARCP's objectives.", ['list']],
    ['the outcomes of the 3rd ARCP meeting?', ['list']],
    // Who the members are, not what a member state is.
    ['What are the member states of the ARCP?', ['list']],
    ['ما هي الدول الأعضاء في العملية؟', ['list']],
    // "…and its date".
    ['ما هو القرار الذي أنشئت بموجبه عملية التشاور العربية الإقليمية وتاريخه؟', ['when']],
    ['كل قديش بتجتمع العملية؟', ['how-often']],
    // A frequency put to be checked is asked as how often; a count of one year's meetings is not.
    ['Is it true that the ARCP meets three times a year?', ['how-often']],
    ['واش كتجتمع العملية جوج مرات فالعام؟', ['how-often']],
    ['هل اجتمعت العملية مرتين في 2016؟', ['yes-no']],
    // A filler after the name («أصلاً») leaves it a question of what the thing is.
    ['أشنو هي عملية التشاور العربية الإقليمية أصلاً؟', ['definition']],
    // Climate change is a topic, not a change of position.
    ['يرجى إفادتنا بموقف العملية من تغير المناخ والهجرة', ['position']],
    ['How has climate change affected migration?', ['position']],
    ['How has the position on return changed?', ['evolution', 'position']],
    ['how did the focus of arcp meetings change from 2021 to 2023', ['evolution']],
    ['Why did the ARCP hold an extraordinary meeting in July 2017?', ['why']],
    ['ما سبب انعقاد الاجتماع الاستثنائي؟', ['why']],
    ['On what exact day was the 1st ARCP meeting held?', ['when']],
    ['وين انعقد الاجتماع العاشر؟', ['where']],
    ['فين اتعمل الاجتماع العاشر', ['where']],
    ['منو يرأس العملية؟', ['who']],
    ['شكون اللي كيرأس عملية التشاور؟', ['who']],
    ['Who opened the fifth regular ARCP meeting?', ['who']],
    ['كم دولة عضو في العملية؟', ['how-many']],
    ['قديش عدد اهداف عملية التشاور؟', ['how-many', 'list']],
    // The number that names a record is no count; the number of records is.
    ['How many decisions has the LAS Council adopted on the ARCP?', ['how-many']],
    ['the number of decisions adopted by the Council?', ['how-many']],
    // A body that holds a role: "which entity", «ما الجهة».
    ['What entity performs the duties of the ARCP secretariat?', ['who']],
    ['Which head of government attended the second GCM regional review conference?', ['who']],
    ['which minister attended the 2021 celebration', ['who']],
    ['ما الجهة المسؤولة عن تنظيم اجتماعات العملية؟', ['who']],
    // The main points, as dialect asks.
    ['إيه أهم حاجات ركز عليها بيان اليوم العالمي للاجئين 2024؟', ['list']],
    // «مجالات» (areas) are listed, as «محاور» are.
    ['ما هي مجالات الأولوية الست للمراجعة الإقليمية الأولى؟', ['list']],
    ["What are the ARCP's objectives?", ['list']],
    ['What are the Situation Reports on International Migration in the Arab Region?', ['list']],
    ['Which document types does the ARCP issue?', ['list']],
    ['ما هي محاور الاجتماع التاسع؟', ['list']],
    ['What is the Arab position on the revised ENP?', ['position']],
    ['بماذا طالب بيان اليوم العالمي للاجئين 2024؟', ['position']],
    ['Did the 9th meeting discuss the GRF?', ['yes-no']],
    ['هل ناقش الاجتماع التاسع المنتدى العالمي للاجئين؟', ['yes-no']],
    ['What is the GFMD?', ['definition']],
    // Chat asks what a name means with "=" or "meaning".
    ['imrf = ?', ['definition']],
    ['hlom meaning', ['definition']],
    ['True or false: the 11th meeting was held in Cairo.', ['yes-no']],
    ['Fact check: the ARCP was created in 2010 - correct or incorrect?', ['yes-no']],
    // What a meeting was about is what it took up, its topics; what a compact is about is what it is.
    ['what was the 6th mtg about', ['list']],
    ['when did the 6th mtg happen and what was it about', ['when', 'list']],
    ['What is the GCM about?', ['definition']],
    ['whats the IMRF', ['definition']],
    ['شو يعني GCM؟', ['definition']],
    ['Compare the 10th and 11th meetings', ['compare']],
    ['وش الفرق بين الاستعراض الإقليمي الأول والثاني؟', ['compare']],
    ['How has the Arab position on return evolved since 2018?', ['evolution', 'position']],
    ['How has Arab participation in the GFMD progressed since 2017?', ['evolution']],
    // The partners are listed as the members are (the reply said no name was on record).
    ['Who are the partners of the ARCP?', ['who', 'list']],
    ['ما هي المنظمات الشريكة للعملية؟', ['list']],
    ['ما هي الفعاليات الدولية التي شاركت فيها العملية؟', ['list']],
    ['كيف تطور موقف العملية من العودة الطوعية؟', ['evolution', 'position']],
    // Chat asks that name the thing wanted with a noun alone, read as "what is/are the …?" would be.
    ['theme of 10th gfmd?', ['definition']],
    // …and after what it is of, as chat types it (a position was answered).
    ['9th meeting topics pls', ['list']],
    ['arcp objectives pls', ['list']],
    // A comparison "in terms of" a thing the records count compares the counts.
    ['Compare the 1st and 2nd Global Refugee Forums in terms of pledges.', ['compare', 'how-many']],
    // With whom, to whom.
    ['بالتعاون مع من قدّمت الأمانة الفنية الدعم الفني للدول الأعضاء؟', ['who']],
    ['إلى من ترسل الأمانة الفنية وثائق العملية؟', ['who']],
    // A share asked is a figure asked: the record writes "44%". (Not «ما نسبة…», which the records also use
    // for attributing a text: typed a count, it took an agenda's numbers for the share of 2019.)
    ['What share of Arab migrants stayed in the region in 2020?', ['how-many']],
    // What changed between two things is said side by side, not as a timeline of every year between.
    ['What changed between the 2019 and the 2024 WRD statements?', ['compare']],
    ['ما الذي تغير بين بيان 2018 وبيان 2024؟', ['compare']],
    // One of two years' records measured against the other: side by side too.
    ['In what ways did the 2019 WRD statement go further than the 2018 one?', ['compare']],
    ['Was the 2019 WRD statement stronger than the 2018 one?', ['compare']],
    ['هل كان بيان 2019 أقوى من بيان 2018؟', ['compare']],
    ['بماذا ذهب بيان 2019 أبعد من بيان 2018؟', ['compare']],
    // A change asked with a long subject, or as development from one year to another, is a timeline.
    ["How did the ARCP's position on the revised European Neighbourhood Policy change after 2015?", ['evolution', 'position']],
    ["How did the ARCP's view of irregular migration across the Mediterranean develop from 2017 to 2018?", ['evolution', 'position']],
    // The holders of a post in turn: «من تعاقب على منصب…؟», "the successive heads of…".
    ['منذ 2015، من تعاقب على منصب الأمين العام المساعد رئيس قطاع الشؤون الاجتماعية؟', ['evolution', 'who']],
    ['Who have been the successive heads of the Social Affairs Sector since 2015?', ['evolution', 'who']],
    ['what did the 3rd meeting produce, outputs?', ['list']],
    ['what is tech secretariat supposed to do - roles? need for briefing', ['list']],
    ['exact day of 1st grf?', ['when']],
  ])('%s → %j', (q, types) => {
    expect(read(q).types).toEqual(types);
  });

  it('says when no question word named the kind of answer', () => {
    expect(read('GCM regional review 2024').typed).toBe(false);
    expect(read('GCM regional review 2024').types).toEqual(['position']);
    expect(read('Where was it held?').typed).toBe(true);
  });
});

describe('the years a question limits itself to', () => {
  it.each([
    ['What has the ARCP said since 2018?', { from: 2018 }],
    ['ماذا قالت العملية منذ ٢٠١٨؟', { from: 2018 }],
    ['statements after 2020', { from: 2021 }],
    ['بعد عام 2020', { from: 2021 }],
    // A change after a year is told from where it stood that year.
    ["How did the name of the LAS department change after 2016?", { from: 2016 }],
    ['كيف تغيّر اسم الإدارة بعد عام 2016؟', { from: 2016 }],
    ['positions before 2017', { to: 2016 }],
    ['between 2017 and 2019', { from: 2017, to: 2019 }],
    ['بين عامي 2017 و2019', { from: 2017, to: 2019 }],
    // Years listed on after the second are in the range too.
    ['كيف تغيّر الرقم بين 2020 و2021 و2023؟', { from: 2020, to: 2023 }],
    ["what did last year's statement say", { from: 2025, to: 2025 }],
    ['بيان السنة اللي فاتت', { from: 2025, to: 2025 }],
    // With the preposition written on it.
    ['ماذا تضمن بيان اليوم العالمي للاجئين للعام المنصرم؟', { from: 2025, to: 2025 }],
    // "By 2018" and «لحد 2019» end the range; they are no one year.
    ['By 2018, which extraordinary meetings had the ARCP held?', { to: 2018 }],
    ['شو عملت العملية لحد 2019؟', { to: 2019 }],
    ['شلون تطور شغل العملية من 2017 لين 2024؟', { from: 2017, to: 2024 }],
    // "…and today", «…واليوم», «…لحد الآن»: open to now, as "since" (read as the one year, the 2017 name was left out).
    ['How has the name changed between 2016 and today?', { from: 2016 }],
    ['from 2016 to the present day', { from: 2016 }],
    ['كيف تغيّر اسم الإدارة بين 2016 واليوم؟', { from: 2016 }],
    ['شو تغير من 2016 لحد الآن؟', { from: 2016 }],
    // …and so is "to the latest one": every year from the first, not the latest record alone.
    ['How has the language on UNRWA evolved from 2017 to the latest one?', { from: 2017 }],
    ['from 2019 to the most recent statement', { from: 2019 }],
    ['كيف تطورت لغة البيانات عن الأونروا من 2017 حتى آخر بيان؟', { from: 2017 }],
    ['شو تغير من 2018 لآخر بيان؟', { from: 2018 }],
    // A count as it stood then is told by the records of that year, which later ones outnumber.
    ['By 2019, how many regular meetings had the ARCP held?', { from: 2019, to: 2019 }],
    ['لحد 2019 كم اجتماع عادي انعقد لعملية التشاور؟', { from: 2019, to: 2019 }],
    // Years counted back from now, both readings of "the past five" (five whole years, or with this one); «الأخيرة» is no latest.
    ['Over the past five years, what did the WRD statements stress?', { from: 2021, to: 2026 }],
    ['ما أبرز ما ركزت عليه البيانات في السنوات الخمس الأخيرة؟', { from: 2021, to: 2026 }],
    ['آخر ثلاث سنوات شو صار بالعملية؟', { from: 2023, to: 2026 }],
    // "This year" of what happens is this year; of how things stand, it is now, whatever year the record says so.
    ['Was there a WRD statement this year?', { from: 2026, to: 2026 }],
    ['Who chairs the ARCP this year?', {}],
    ['من يرأس عملية التشاور العربية الإقليمية هذا العام؟', {}],
    ['the 2024 statement', { from: 2024, to: 2024 }],
    // A year closing a sentence is still a year; a decimal is not.
    ['Summarise the positions taken since 2018.', { from: 2018 }],
    ['لخص المواقف منذ عام 2018.', { from: 2018 }],
    ['a rise of 2018.5 per cent', {}],
    ['the Agenda 2030 targets', {}],
    // The cue governs a clause that ends in the year: the event's year, not that year alone.
    ['What has the ARCP done since the compact was adopted in 2018?', { from: 2018 }],
    ['What Arab coordination was there before the ARCP was created in 2014?', { to: 2013 }],
    ['ما التنسيق العربي قبل إنشاء العملية عام 2014؟', { to: 2013 }],
    ['ماذا جرى منذ اعتماد الاتفاق في 2018؟', { from: 2018 }],
    // "before" with no article is no clause: what was put before states that year.
    ['What was put before states in 2017?', { from: 2017, to: 2017 }],
  ])('%s → %j', (q, range) => {
    expect(read(q).time).toEqual(range);
  });

  it('reads "the latest" and «آخر» as a wish for the most recent', () => {
    expect(read('What did the latest WRD statement say?').time.latest).toBe(true);
    expect(read('ماذا قال آخر بيان لليوم العالمي للاجئين؟').time.latest).toBe(true);
    expect(read('What did the statement say last year?').time.latest).toBeUndefined();
  });
});

describe('the meetings a question names', () => {
  it('reads ordinals in both languages, and extraordinary meetings', () => {
    expect(read('Who spoke at the 9th meeting?').entities.ordinals).toEqual([9]);
    expect(read('ماذا ناقش الاجتماع الحادي عشر؟').entities.ordinals).toEqual([11]);
    expect(read('Compare the tenth and eleventh meetings').entities.ordinals).toEqual([10, 11]);
    // A counting word with its pronoun: the forum's 14th session.
    expect(read('من ترأس المنتدى في دورته ال14؟').entities.mentions).toEqual([{ n: 14, kind: 'session' }]);
    // «الـ14» after «الدورة» counts the session, not the forum named after it.
    expect(read('ما موضوع الدورة الـ14 للمنتدى العالمي للهجرة والتنمية؟').entities.mentions).toEqual([{ n: 14, kind: 'session' }]);
    expect(read('ليش انعقد الاجتماع الاستثنائي سنة 2016؟').entities.extraordinary).toBe(true);
    // An English name ends with what it is: the IMRF is a forum, though "Review" comes first.
    expect(read('Who chaired the first International Migration Review Forum?').entities.mentions).toEqual([{ n: 1, kind: 'forum' }]);
    expect(read('When was the second regional review conference held?').entities.mentions).toEqual([{ n: 2, kind: 'review' }]);
    // …and an Arabic one begins with it: «منتدى استعراض الهجرة الدولية الأول» is a forum (the first regional review was answered).
    expect(read('من ترأس منتدى استعراض الهجرة الدولية الأول؟').entities.mentions).toEqual([{ n: 1, kind: 'forum' }]);
    expect(read('متى عقد مؤتمر الاستعراض الإقليمي الأول؟').entities.mentions).toEqual([{ n: 1, kind: 'review' }]);
    // An English session of no body named is the process's meeting; the GFMD's stays the GFMD's.
    expect(read('Who opened the seventh session?').entities.mentions).toEqual([{ n: 7, kind: 'meeting' }]);
    expect(read('Where was the 10th GFMD session held?').entities.mentions).toEqual([{ n: 10, kind: 'session' }]);
    // The global meetings of all the RCPs are another series than the ARCP's meetings.
    expect(read('How many officials attended the 5th Global Meeting of Chairs and Secretariats of RCPs?').entities.mentions).toEqual([{ n: 5, kind: 'global' }]);
    expect(read('متى انعقد الاجتماع العالمي الخامس لرؤساء وأمانات العمليات التشاورية؟').entities.mentions).toEqual([{ n: 5, kind: 'global' }]);
    expect(read('Who opened the 5th meeting?').entities.mentions).toEqual([{ n: 5, kind: 'meeting' }]);
  });

  it('gives ordinals said together what the one beside them counts', () => {
    expect(read('Compare the 1st and 2nd Global Refugee Forums in terms of pledges.').entities.mentions).toEqual([{ n: 1, kind: 'forum' }, { n: 2, kind: 'forum' }]);
    expect(read('How did the first and second GCM regional reviews differ in format?').types).toEqual(['compare', 'where']);
    expect(read('تاريخ انعقاد الاجتماع العاشر ومكانه.').types).toEqual(['when', 'where']);
    // How a meeting was held is asked like where: "held online", «عُقد … عن بعد»; not which meetings were.
    expect(read('Was the second regional review held online?').types).toContain('where');
    expect(read('هل عقد مؤتمر الاستعراض الإقليمي الثاني عن بعد؟').types).toContain('where');
    expect(read('Since 2020, which ARCP regular meetings were held by videoconference?').types).toEqual(['which']);
    expect(read('On what dates were the first and the second regional review conferences held?').entities.mentions).toEqual([{ n: 1, kind: 'review' }, { n: 2, kind: 'review' }]);
    // The first one's counting word and year between them: "the 11th (2025)" is a meeting too.
    expect(read('The 9th meeting (2023) and the 11th (2025) both dealt with the GCR').entities.mentions).toEqual([{ n: 9, kind: 'meeting' }, { n: 11, kind: 'meeting' }]);
    expect(read('الاجتماع التاسع (2023) والحادي عشر (2025) تناولا الاتفاق العالمي بشأن اللاجئين').entities.mentions).toEqual([{ n: 9, kind: 'meeting' }, { n: 11, kind: 'meeting' }]);
  });

  it('reads no meeting in a month\'s name («كانون الأول») or an ordinal of something else (the first day, «النوع الرابع»)', () => {
    const mentions = (text: string) => read(text).entities.mentions;
    expect(mentions('عُقد المنتدى العالمي الأول للاجئين في جنيف من 16 إلى 18 ديسمبر/كانون الأول 2019')).toEqual([{ n: 1, kind: 'forum' }]);
    expect(mentions('في 10 نوفمبر/تشرين الثاني 2021')).toEqual([]);
    expect(mentions('خُصّصت في اليوم الأول من الاجتماع الحادي عشر جلسة')).toEqual([{ n: 11, kind: 'meeting' }]);
    expect(mentions('On the first day of the 11th meeting a session was devoted')).toEqual([{ n: 11, kind: 'meeting' }]);
    expect(mentions('هي النوع الرابع من الوثائق الست')).toEqual([]);
    expect(mentions('الجلسة الأولى للاجتماع الخامس')).toEqual([{ n: 5, kind: 'meeting' }]);
  });

  it('reads «الثانية والأربعين بعد المائة» as no meeting of the process (the Council\'s 142nd session), not the second', () => {
    expect(read('صدر القرار في دورته العادية الثانية والأربعين بعد المائة').entities.ordinals).toEqual([]);
    expect(read('ماذا قرر الاجتماع العادي الثاني؟').entities.ordinals).toEqual([2]);
  });

  it('reads what a number counts from the word it follows', () => {
    expect(read('وين صارت قمة الدوره ١٤ للمنتدى العالمي للهجره والتنميه؟').entities.mentions).toEqual([{ n: 14, kind: 'session' }]);
    expect(read('GFMD 12 session: who chaired it?').entities.mentions).toEqual([{ n: 12, kind: 'session' }]);
    // The Maghreb writes «في» as «ف» on the word: «فالدورة 12» is the 12th session.
    expect(read('شكون ترأس المنتدى العالمي للهجرة والتنمية فالدورة 12؟').entities.mentions).toEqual([{ n: 12, kind: 'session' }]);
  });

  it('reads «الاجتماع الـ11», whose article stands apart from the number, as the 11th meeting', () => {
    expect(read('اي وكالات اممية شاركت في الاجتماع ال11؟').entities.mentions).toEqual([{ n: 11, kind: 'meeting' }]);
    expect(read('الاجتماع الـ11').entities.mentions).toEqual([{ n: 11, kind: 'meeting' }]);
    // The article makes a number an ordinal after a forum's name too (its 14th session).
    expect(read('فين اتعمل المنتدى العالمي للهجرة والتنمية الـ14؟').entities.ordinals).toEqual([14]);
    // A number with no article or counting word before it is none: «كم عدد 22 دولة».
    expect(read('هل صحيح أن العملية تضم 22 دولة؟').entities.ordinals).toEqual([]);
  });

  it('reads a statement\'s main message as its position, and no question naming a year as a definition', () => {
    expect(read("what was the 2025 wrd statement's main message").types).toEqual(['position']);
    expect(read('شو أهم رسالة في بيان اليوم العالمي للاجئين 2025؟').types).toEqual(['position']);
    expect(read('what is the IMRF').types).toEqual(['definition']);
  });

  it('reads "which UN agencies", "which Arab countries" as asking who', () => {
    expect(read('Which UN agencies took part in the 11th meeting?').types).toEqual(['who']);
    expect(read('Which Arab countries attended?').types).toEqual(['who']);
  });

  it('reads what an Arabic ordinal counts by its gender: «قمة المنتدى الرابعة عشرة» is a 14th summit, «المنتدى الرابع عشر» a 14th forum', () => {
    expect(read('وين انعقدت قمة المنتدى العالمي الرابعة عشر؟').entities.mentions).toEqual([{ n: 14, kind: 'session' }]);
    expect(read('المنتدى العالمي الرابع عشر').entities.mentions).toEqual([{ n: 14, kind: 'forum' }]);
  });

  it('reads a session as the process\'s meeting only where the text does not name its meetings as meetings', () => {
    expect(read('Did the ARCP discuss it at its 8th session?').entities.mentions).toEqual([{ n: 8, kind: 'meeting' }]);
    const gfmdSession = 'أصدر الاجتماع الثالث لعملية التشاور العربية الإقليمية (مايو/أيار 2017) ورقة الموقف العربي من محاور الدورة العاشرة.';
    expect(read(gfmdSession).entities.mentions).toEqual([{ n: 3, kind: 'meeting' }, { n: 10, kind: 'session' }]);
  });

  it('reads a question of someone\'s role as asking what they are, in both languages', () => {
    expect(read('ما دور كارين أبو زيد؟').types).toEqual(['definition']);
    expect(read('ايش دور كارين ابو زيد').types).toEqual(['definition']);
    expect(read("What was Karen AbuZayd's role?").types).toEqual(['definition']);
  });

  it('reads how a past meeting was held, asked without «هل», as a question of its format', () => {
    expect(read('الاجتماع السابع كان اونلاين؟').types).toEqual(['where']);
  });

  it('reads a duration as asking for the dates a thing ran between, not for a count', () => {
    expect(read('how long did the first regional review of the gcm run').types).toEqual(['when']);
    expect(read('قديش استمر الاستعراض الإقليمي الأول؟').types).toEqual(['when']);
    expect(read('كم عدد الدول الأعضاء؟').types).toEqual(['how-many']);
  });

  it('reads «شو هيي…؟» as «ما هي…؟», as the Levant writes the pronoun', () => {
    expect(read('شو هيي عملية التشاور العربية الاقليمية بالزبط؟').types).toEqual(['definition']);
    expect(read('ايش هيا عملية التشاور العربية؟').types).toEqual(['definition']);
  });

  it('reads the aspect a comparison compares as the kind of fact each side must give', () => {
    expect(read('What was the difference in purpose between the 2016 and 2017 extraordinary meetings?').types).toEqual(['compare', 'why']);
    expect(read('قارن بين الاجتماع العاشر والحادي عشر من حيث المكان والموضوع').types).toEqual(['compare', 'where']);
    expect(read('The Beirut consultation and the SG both cited figures. How do the two figures compare?').types).toEqual(['compare', 'how-many']);
    // Beside no comparison, "aims" is the subject.
    expect(read('What are the aims of the ARCP?').types).toEqual(['list']);
  });

  it('notices a question about a text being available', () => {
    expect(read('Is the full text of the 2016 final statement available?').asksForText).toBe(true);
    expect(read('هل النص الكامل للبيان متوفر؟').asksForText).toBe(true);
    expect(read('Where was the meeting held?').asksForText).toBe(false);
    // The text with its owner's pronoun on it.
    expect(read('توصيات يوليو 2017: شو عناوينها الرئيسية وشو نصها التفصيلي؟').asksForText).toBe(true);
    expect(read('قرار مجلس الجامعة 7833: شو صياغته الحرفية؟').asksForText).toBe(true);
  });
});

describe('countedWords', () => {
  it.each([
    ['How many member states does the ARCP have?', ['member']],
    ['how many objectives does the Global Compact on Refugees have?', ['objectives']],
    ['كم عدد الدول الأعضاء في عملية التشاور؟', ['الدول']],
    ['قديش عدد اهداف عملية التشاور؟', ['اهداف']],
    ['أرجو التكرم بإفادتنا بعدد الدول الأعضاء', ['الدول']],
    ['شحال من هدف كاين فالاتفاق العالمي للهجرة؟', ['هدف']],
    ['How many objectives and member states does the ARCP have?', ['objectives', 'member']],
    ['كم عدد أهداف العملية وكم عدد الدول الأعضاء فيها؟', ['اهداف', 'الدول']],
    ['When was the 9th meeting held?', []],
    // What was named before "how many there are".
    ['list the member states of the ARCP and tell us how many there are', ['member', 'states']],
  ])('%s counts %j', (question, words) => {
    expect(countedWords(question)).toEqual(words);
  });
});

describe('listedWords', () => {
  it.each([
    ['ما هي الدول الأعضاء في العملية؟', ['الدول']],
    ['أشنو هوما الشركاء ديال عملية التشاور العربية؟', ['الشركاء']],
    ['إيه هما الشركاء بتوع عملية التشاور؟', ['الشركاء']],
    ['What are the ARCP objectives?', ['objectives']],
    ['ما المقصود بالعملية التشاورية؟', []],
    // After the verb that asks for a list, with a count or a qualifier between; alone after its owner in chat.
    ['List the six priority areas identified by the first GCM regional review.', ['areas']],
    ["name the ARCP's partners", ['partners']],
    ['arcp partners?', ['partners']],
    ['which document types does the ARCP issue', ['types']],
  ])('%s lists %j', (question, words) => {
    expect(listedWords(question)).toEqual(words);
  });
});

describe('a "when" of what is usually done', () => {
  it.each([
    ['when is the WRD statement agreed', true],
    ['When does the ARCP meet?', true],
    ['متى يتم الاتفاق على مضمون بيان اليوم العالمي للاجئين؟', true],
    ['امتى بتصدر الجامعة بيان اليوم الدولي للمهاجرين؟', true],
    // Once: a past act, a year or a numbered meeting named, or what is still to come (a request).
    ['When was the 9th meeting held?', false],
    ['متى عقد الاجتماع التاسع؟', false],
    ['متى تأسست عملية التشاور؟', false],
    ['امتى اتشكلت مجموعة العمل؟', false],
    ['When is the 2024 statement published?', false],
    ['When is the next meeting?', false],
    ['متى يعقد الاجتماع القادم؟', false],
  ])('%s → %s', (question, habitual) => {
    expect(understandQuestion(question).habitual).toBe(habitual);
  });
});

describe('a thing asked about as a whole', () => {
  it.each([
    ['Tell me about the 6th meeting', true],
    ['What do you know about the 8th ARCP meeting?', true],
    ['Brief me on the 2017 extraordinary meeting', true],
    ['Give me an overview of the first GCM regional review', true],
    ['حدثني عن الاجتماع السادس', true],
    ['شو بتعرف عن الاجتماع الثامن؟', true],
    ['نبذة عن الاجتماع الاستثنائي 2017', true],
    // One fact of it, or another shape of answer: not the whole.
    ['Tell me when the 6th meeting was held', false],
    ['Tell me about how the WRD statements evolved', false],
    ['حدثني عن مكان انعقاد الاجتماع السادس وأين كان', false],
    ['What did the 6th meeting say about COVID-19?', false],
  ])('%s → %s', (question, overview) => {
    expect(understandQuestion(question).overview === 'record').toBe(overview);
  });
  // What a record itself said, as a whole: not what a speaker said at it, nor one point of it.
  it.each([
    ['What did the 2019 World Refugee Day statement say?', 'contents'],
    ['What did the 2016 final statement cover?', 'contents'],
    ['What did the 3rd ARCP meeting produce?', 'contents'],
    ['What did the closing statement of the 6th meeting call for?', 'contents'],
    ['What were the main points of the 2019 World Refugee Day statement?', 'contents'],
    ['ماذا قال بيان اليوم العالمي للاجئين 2019؟', 'contents'],
    ['أبرز ما جاء في بيان اليوم العالمي للاجئين 2019', 'contents'],
    ['If not, what did it cover?', 'contents'],
    ['What was the aim of the Beirut consultation?', 'contents'],
    ['What was the goal of the 9th meeting?', 'contents'],
    // "The purpose of…" asks why, which its record's sentences of purpose answer.
    ['What was the purpose of the 6th ARCP meeting?', undefined],
    ['What did Abu Ghazaleh say at the 9th meeting?', undefined],
    ['What did the 2019 statement say about UNRWA?', undefined],
    ['ماذا قال بيان 2019 عن الأونروا؟', undefined],
    ['When was the 2019 statement issued?', undefined],
  ])('%s → %s', (question, overview) => {
    expect(understandQuestion(question).overview).toBe(overview);
  });
});

describe('answerKindWords: the kind of thing a "which" question wants named', () => {
  it.each([
    ['which UN agencies co-organised the sixth meeting', ['agencies']],
    ['Which partners organised the 2nd GCM regional review?', ['partners']],
    // The kind may end the question: the place or body asked for is named, not the word.
    ['ninth annual gathering, and in which city?', ['city']],
    // Two kinds joined, and a kind after a preposition whatever verb follows (each was refused).
    ['في أي مناسبة ومدينة أُطلقت العملية رسمياً؟', ['مناسبه', 'ومدينه']],
    ['In which city and on what occasion was the ARCP officially launched?', ['city', 'occasion']],
    ['ما الجهات التي نظمت الاجتماع السادس؟', ['الجهات']],
    ['أي الهيئات الأممية نظمت الاجتماع السادس؟', ['الهيئات']],
    ['ما هي الدول التي حضرت الاجتماع العاشر؟', ['الدول']],
    // What a meeting took up: its report names the topics, not the verb.
    ['ايش ناقشوا بالاجتماع الثامن؟', ['ناقشوا']],
    // …or what an agenda held: the items are a list's parts, under its heading.
    ['ما البنود التي تضمنها جدول أعماله؟', ['البنود', 'تضمنها']],
    // A kind of content keeps its weight: documents' headings say it.
    ['What topics did the 9th meeting discuss?', []],
    // A change asked for is the answer's shape, and the years of a span bound it: no passage says "changed", or both years.
    ['كيف تغير موقف الجامعة من العودة من 2017 لـ 2025؟', ['تغير', '2017', '2025']],
    // The manner or focus of what changed is read from what each record says; none says "language".
    ["How has the ARCP's language on UNRWA changed from 2017 to 2025?", ['changed', 'language', '2017', '2025']],
    ['كيف انتقل تركيز عملية التشاور بين الاجتماع السادس والحادي عشر؟', ['انتقل', 'تركيز']],
    // The measure asked is given as a figure, seldom in its word.
    ['بكم ارتفع عدد اللاجئين الفلسطينيين بين بيان 2020 والاجتماع التاسع؟', ['ارتفع']],
    ['how has climate change affected migration', []],
    ['What did the 2024 statement say?', []],
    // A light verb carries the act of its noun: the record says "received 770 pledges".
    ['how many pledges were made at the first GRF?', ['made']],
    // "The date of" says a date is wanted; the record gives the date without the word.
    ['please confirm the date of the first IMRF', ['date']],
    // "The Arab position on…" says what kind of answer; "the Arab position paper" names a document.
    ['What is the Arab position on irregular migration?', ['arab', 'position']],
    ['ما الموقف العربي من العودة الطوعية؟', ['الموقف', 'العربي']],
    ['What was in the Arab position paper for the 10th GFMD?', []],
    ['ما مضمون ورقة الموقف العربي من محاور الدورة العاشرة؟', []],
    // The subject, not the kind of answer: a singular after "what", a partitive, a noun with no clause after it.
    ['What process does the ARCP follow?', []],
    ['Which of the meetings was held online?', []],
    ['ما هي الدول الأعضاء؟', []],
  ])('%s → %j', (question, words) => {
    expect(answerKindWords(question)).toEqual(words);
  });
});

describe('focusWords: what a question says it is about', () => {
  it.each([
    // The verb of holding a position between it and its subject.
    ['What position did the 7th ARCP meeting take on the IMRF?', ['imrf']],
    ['what stance did the 9th meeting take on UNRWA', ['unrwa']],
    ['What did the 2024 WRD statment say about Gaza?', ['gaza']],
    ['ايش قال الأمين العام عن عدد المهاجرين في المنطقة العربية في المراجعة الثانية؟', ['المهاجرين']],
    ['ما موقف الجامعة من الهجرة غير النظامية؟', ['الهجره', 'غير', 'النظاميه']],
    ['What was the position regarding climate change in 2023?', ['climate', 'change']],
    ["What was the ARCP's message on xenophobia?", ['xenophobia']],
    // What a record put forward on a subject (the 2017 recommendations' five headings, none on it, answered).
    ["What are the ARCP's recommendations on statelessness?", ['statelessness']],
    // The ARCP's own name says «حول الهجرة واللجوء»; the subject is what «بشأن» names.
    ['ما موقف عملية التشاور العربية الإقليمية حول الهجرة واللجوء بشأن العودة الطوعية؟', ['العوده', 'الطوعيه']],
    // «صدر عن» names who issued, not a subject.
    ['هل صدر عن العملية بيان في 2022؟', []],
    // A year between the verb of saying and «عن»: «شو قال بيان 2025 عن العودة؟».
    ['شو قال بيان 2025 عن العودة؟', ['العوده']],
    ['When was the 9th meeting held?', []],
    // Each clause may say what it asks about.
    ['نرجو إفادتنا بموقف بيان العملية لعام 2024 من تقاسم الأعباء، وبما ورد فيه عن مبادرات مملكة البحرين.', ['تقاسم', 'الاعباء', 'مبادرات', 'مملكه', 'البحرين']],
    // How a body dealt with a thing names the thing; the verb of change after it does not.
    ["How has the ARCP's treatment of COVID-19 evolved across its statements?", ['covid-19']],
    ["How did the ARCP's approach to the Global Compact for Migration develop from 2017 to 2024?", ['global', 'compact', 'migration']],
    ['كيف تعاملت بيانات عملية التشاور مع جائحة كوفيد-19 عبر السنوات؟', ['جائحه', 'كوفيد-19']],
    ['كيف تطورت نظرة الجامعة إلى الأونروا؟', ['الاونروا']],
    // Who issued it is not what it is about: «صادر عن العملية بشأن…».
    ['نرجو إفادتنا بآخر موقف صادر عن عملية التشاور بشأن تهجير الفلسطينيين', ['تهجير', 'الفلسطينيين']],
    // "The situation in…" is about the place: "situation" held "worsening refugee situations", which led.
    ['What position did the 2024 statement take on the situation in the Gaza Strip?', ['gaza', 'strip']],
    ['ما موقف البيان من الوضع في غزة؟', ['غزه']],
    ['What did LAS say about the situation of refugees?', ['refugees']],
    // The aspect a comparison names is what each side must say, not its subject.
    ['قارن بين الاجتماعين الاستثنائيين في 2016 و2017 من حيث الهدف.', []],
    // The «بشأن» of a name («الاتفاق العالمي بشأن اللاجئين») is the name's: the consultations on the compact are the event.
    ['الجامعة طالبت بإيه في المشاورات الإقليمية بتاعة نوفمبر 2021 عن الاتفاق العالمي بشأن اللاجئين؟', []],
    ['ما موقف العملية بشأن الاتفاق العالمي بشأن اللاجئين؟', ['الاتفاق', 'العالمي', 'اللاجئين']],
  ])('%s is about %j', (question, words) => {
    expect(focusWords(question)).toEqual(words);
  });
});

describe('a place put to be checked', () => {
  it.each([
    ['Is it true that the 11th meeting was held in Rabat?', 'Where was the 11th meeting held?', 'in Rabat'],
    ['Am I right that the 5th meeting took place in Amman?', 'Where was the 5th meeting held?', 'in Amman'],
    ['Did Egypt host the meeting in Cairo?', 'Where did Egypt host the meeting?', 'in Cairo'],
    // A way of holding is a word the records use: asked as the plain yes/no question.
    ['Was the 7th meeting online?', 'Was the 7th meeting held online?', 'online'],
    ['Is it true that the 7th meeting took place online?', 'Was the 7th meeting held online?', 'online'],
    // Put to be confirmed with no "that", and a typo, as members type in chat.
    ['can you confrim the 11th meeting was held online?', 'Was the 11th meeting held online?', 'online'],
    ['pls confirm the 3rd regular meeting took place in Beirut in May 2017', 'Where was the 3rd regular meeting held in May 2017?', 'in Beirut'],
    ['هل انعقد الاجتماع الثامن بالقاهرة؟', 'أين انعقد الاجتماع الثامن؟', 'بالقاهرة'],
  ])('%s asks "%s" and checks %s', (question, asked, phrase) => {
    expect(placeClaim(withoutCourtesy(withConfirmThat(question)))).toMatchObject({ asked, phrase });
  });

  it.each([
    // The place is what the question is about, not where something was held.
    ['Is there a position on refugees in Gaza?'],
    ['هل للجامعة موقف من اللاجئين في غزة؟'],
    ['Where was the 3rd meeting held?'],
  ])('%s puts no place to be checked', (question) => {
    expect(placeClaim(question)).toBeUndefined();
  });
});

describe('listSizeAsked: how many things a list question says there are', () => {
  it.each([
    ['الاولويات الست للاستعراض الاقليمي الاول شو هي', 6],
    ['What were the six priority areas of the first regional review?', 6],
    ['What are the 23 objectives of the GCM?', 23],
    // An ordinal counts no list.
    ['ما هي محاور الاجتماع السادس؟', undefined],
    ['What did the 6th meeting discuss?', undefined],
  ] as const)('%s → %s', (question, size) => {
    expect(listSizeAsked(question)).toBe(size);
  });
});

describe('countClaim', () => {
  it.each([
    ['Does the ARCP have 18 member states?', { asked: 'How many member states does the ARCP have?', value: 18 }],
    ['the ARCP has 30 member states, right?', { asked: 'How many member states does the ARCP have?', value: 30 }],
    ['Why does the ARCP have 25 member states?', { asked: 'How many member states does the ARCP have?', value: 25, premise: true }],
    ['هل تضم عملية التشاور ١٨ دولة عضواً؟', { asked: 'كم دولة عضوا تضم عملية التشاور؟', value: 18 }],
  ])('reads %s as the count it checks', (question, claim) => {
    expect(countClaim(question)).toMatchObject(claim);
  });

  it.each(['Which states have 2 delegates?', 'How many states have 22 members?', 'Did the 9th meeting have 2023 participants?', 'Does the ARCP have a rotating chair?'])(
    'puts no count to be checked in "%s"',
    (question) => {
      expect(countClaim(question)).toBeUndefined();
    },
  );
});

describe('a topic put to a numbered meeting', () => {
  it.each([
    ['the 7th mtg was about gcm implementation, correct?', 'What did the 7th mtg focus on?'],
    ['Did the 10th meeting focus on the GCR?', 'What did the 10th meeting focus on?'],
    ['هل ركز الاجتماع الثامن على الاتفاق العالمي بشأن اللاجئين؟', 'ما محاور الاجتماع الثامن؟'],
    ['الاجتماع السابع كان عن الاتفاق العالمي للهجرة، صح؟', 'ما محاور الاجتماع السابع؟'],
  ])('%s is checked as %s', (question, asked) => {
    expect(topicPremise(question)?.asked).toBe(asked);
  });

  it('is no date, format or place put to it', () => {
    for (const question of ['the 7th meeting was on 8 June 2021, right?', 'هل كان الاجتماع السابع عبر الاتصال المرئي؟', 'Was the 7th meeting held online?']) {
      expect(topicPremise(question)).toBeUndefined();
    }
  });
});
