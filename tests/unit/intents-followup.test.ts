import { describe, expect, it } from 'vitest';
import { resolveFollowUp } from '../../src/core/followup.js';

describe('resolveFollowUp', () => {
  it.each([
    ['and in 2024?', 'What did the 2016 final statement say about the return of refugees?', 'What did the 2024 final statement say about the return of refugees?'],
    ['what about GFMD?', 'What is the Arab position on the Global Compact for Migration?', 'What is the Arab position on GFMD?'],
    ['and in 2024?', 'What is the position on climate migration?', 'What is the position on climate migration in 2024?'],
    ['وماذا عن اللاجئين؟', 'ما هو الموقف العربي من الاتفاق العالمي للهجرة؟', 'ما هو الموقف العربي من اللاجئين؟'],
    ['وفي عام 2024؟', 'ما موقف العملية من الهجرة المناخية؟', 'ما موقف العملية من الهجرة المناخية في عام 2024؟'],
    ['وماذا بشأن الاتجار بالبشر؟', 'ماذا قال البيان الختامي عن عودة اللاجئين؟', 'ماذا قال البيان الختامي عن الاتجار بالبشر؟'],
    ['والمغتربين؟', 'ما موقف العملية من الكفاءات العربية المهاجرة؟', 'ما موقف العملية من المغتربين؟'],
    // Another meeting, by its number: the same question of it (it was asked of both, as a comparison).
    ['And the 10th?', 'When was the 9th meeting held?', 'When was the 10th meeting held?'],
    ['والعاشر؟', 'متى عقد الاجتماع التاسع؟', 'متى عقد الاجتماع العاشر؟'],
    // What changed in another year or meeting: a comparison with what was asked before (it lost the turn before).
    ['what changed in 2020?', 'Tell me about the 2019 World Refugee Day statement', 'what changed in 2020, compared with: Tell me about the 2019 World Refugee Day statement'],
    ['وكيف اختلف عنه الاجتماع التاسع؟', 'ما مخرجات الاجتماع الثالث؟', 'وكيف اختلف عنه الاجتماع التاسع مقارنة ب: ما مخرجات الاجتماع الثالث؟'],
    ['وما الذي تغير في بيان 2024؟', 'ماذا تضمن بيان اليوم العالمي للاجئين 2018؟', 'وما الذي اختلف في بيان 2024 مقارنة ب: ماذا تضمن بيان اليوم العالمي للاجئين 2018؟'],
    ['والحادي عشر؟', 'من افتتح الاجتماع التاسع؟', 'من افتتح الاجتماع الحادي عشر؟'],
    // …and of another year with it («وبالتاني», Egypt's «وبالثاني»: and at the second).
    ['وبالتاني سنة 2023؟', 'كم تعهد انقدم بالمنتدى العالمي الأول للاجئين 2019؟', 'كم تعهد انقدم بالمنتدى العالمي التاني للاجئين 2023؟'],
    ['and the second one in 2023?', 'How many pledges were made at the first GRF in 2019?', 'How many pledges were made at the second GRF in 2023?'],
    // A question word alone: the previous question asked with it, when it opens with one.
    ['and where?', 'When was the GCM adopted?', 'Where was the GCM adopted?'],
    ['ووين؟', 'متى عقد الاجتماع التاسع؟', 'وين عقد الاجتماع التاسع؟'],
    // "Which ones?" after a count: the list of what was counted.
    ['which ones?', 'How many member states does the ARCP have?', 'Which member states does the ARCP have?'],
    ['مين هي؟', 'كم عدد الدول الأعضاء في العملية؟', 'ما هي الدول الأعضاء في العملية؟'],
    // A time alone: the previous question at that time, its own time ("when the deck was made", «في 2017») given way.
    ['and by may 2025?', "how many regular meetings had the arcp held when the secretariat's slide deck was made?", 'how many regular meetings had the arcp held by may 2025?'],
    ['وبحلول مايو 2025؟', 'كم اجتماعاً عادياً عقدت العملية عندما أُعدّ العرض؟', 'كم اجتماعاً عادياً عقدت العملية بحلول مايو 2025؟'],
    ['and as of 2024?', 'How many member states did the ARCP have in 2017?', 'How many member states did the ARCP have as of 2024?'],
    // The previous question's thing of another year.
    ['and the 2025 one?', 'What did the 2024 WRD statement say about Gaza?', 'What did the 2025 WRD statement say about Gaza?'],
    ['وبيان 2025؟', 'شو قال بيان 2024 عن غزة؟', 'شو قال بيان 2025 عن غزة؟'],
    ['و2025؟', 'شو قال بيان 2024 عن غزة؟', 'شو قال بيان 2025 عن غزة؟'],
    // The meeting after (or before) the one asked.
    ['طيب والاجتماع اللي بعده؟', 'وش صار في الاجتماع الثامن لعملية التشاور؟', 'وش صار في الاجتماع التاسع لعملية التشاور؟'],
    ['والدورة اللي بعدها؟', 'ما محاور الدورة الرابعة عشرة للمنتدى؟', 'ما محاور الدورة الخامسة عشرة للمنتدى؟'],
    ['and the next one?', 'When was the 9th meeting held?', 'When was the 10th meeting held?'],
    ['the one before?', 'Who opened the tenth meeting?', 'Who opened the 9th meeting?'],
    // A correction, or the same question of another (it was thanked for as feedback).
    ['Sorry, I meant the 10th', 'When was the 9th meeting held?', 'When was the 10th meeting held?'],
    ['Same question for the 8th', 'Who opened the 7th meeting?', 'Who opened the 8th meeting?'],
    ['لا، قصدي الحادي عشر', 'من افتتح الاجتماع التاسع؟', 'من افتتح الاجتماع الحادي عشر؟'],
    ['نفس السؤال للاجتماع الحادي عشر', 'من افتتح الاجتماع التاسع؟', 'من افتتح الاجتماع الحادي عشر؟'],
    // The year after or before the previous question's (the previous year was answered again).
    ['and the year before?', 'What did the 2024 World Refugee Day statement say?', 'What did the 2023 World Refugee Day statement say?'],
    ["And the following year's?", 'What did the 2018 WRD statement say?', 'What did the 2019 WRD statement say?'],
    ['والسنة اللي قبلها؟', 'ما أبرز ما تضمنه بيان اليوم العالمي للاجئين لعام 2024؟', 'ما أبرز ما تضمنه بيان اليوم العالمي للاجئين لعام 2023؟'],
    // A correction: "no, the 2024 one", "and at the 11th?", «عفواً، أقصد الحادي عشر».
    ['no, the 2024 one', 'What did the 2023 WRD statement say?', 'What did the 2024 WRD statement say?'],
    ['and at the 11th?', 'Who opened the 9th meeting?', 'Who opened the 11th meeting?'],
    ['عفواً، أقصد الحادي عشر', 'متى عقد الاجتماع التاسع؟', 'متى عقد الاجتماع الحادي عشر؟'],
    ['وبيان السنة التالية؟', 'ما الذي دعا إليه بيان 2019 لليوم العالمي للاجئين؟', 'ما الذي دعا إليه بيان 2020 لليوم العالمي للاجئين؟'],
    // The year after a meeting named by its number is the next meeting's: the regular meetings are yearly.
    ['والسنة اللي بعدها؟', 'متى انعقد الاجتماع التاسع؟', 'متى انعقد الاجتماع العاشر؟'],
    ['and the year before?', 'Who opened the 7th meeting?', 'Who opened the 6th meeting?'],
    // «وفي…», "and in…" before it (it was read as the topic «السنة اللي بعدها»).
    ['وفي السنة اللي بعدها؟', 'شو ناقشت عملية التشاور سنة 2022؟', 'شو ناقشت عملية التشاور سنة 2023؟'],
    ['and in the year after?', 'What did the 2019 statement say about UNRWA?', 'What did the 2020 statement say about UNRWA?'],
    // A year in Arabic digits, the dialects' ordinals, «بالنسبة ل…» of another meeting.
    ['طيب وفي ٢٠١٩؟', 'بيان اليوم العالمي للاجئين 2018 شو اهم نقاطه؟', 'بيان اليوم العالمي للاجئين 2019 شو اهم نقاطه؟'],
    ['والرابع؟', 'امتى انعقد الاجتماع التالت؟', 'امتى انعقد الاجتماع الرابع؟'],
    ['وبالنسبه للاجتماع التاسع؟', 'مين فتح الاجتماع الحادي عشر؟', 'مين فتح الاجتماع التاسع؟'],
    // «ب» on the year before, as the dialects write «في».
    ['وبالسنة اللي قبلها؟', 'الاجتماع الحادي عشر ركّز على شو؟', 'الاجتماع العاشر ركّز على شو؟'],
    // "the 2nd one": the thing the question before ranks, named whole.
    ['where was the 2nd one held?', 'when was the 1st gcm regional review conf for the arab region?', 'where was the 2nd gcm regional review conf for the arab region held?'],
    ['and where was the second one held?', 'When was the first extraordinary meeting held?', 'and where was the second extraordinary meeting held?'],
    // "back then", «وقتها»: the year of the question before (alone, the present holder answered).
    ['and who was the LAS ASG for social affairs back then?', 'what was the June 2013 consultative meeting at LAS HQ for?', 'and who was the LAS ASG for social affairs in 2013'],
    ['ومين كان الأمين العام المساعد للشؤون الاجتماعية وقتها؟', 'ليش انعقد الاجتماع التشاوري بالقاهرة سنة 2013؟', 'ومين كان الأمين العام المساعد للشؤون الاجتماعية عام 2013'],
    ['من كان مدير الإدارة في ذلك الوقت؟', 'أين عقد الاجتماع الاستثنائي عام 2016؟', 'من كان مدير الإدارة عام 2016'],
  ])('%s after «%s»', (text, previous, expected) => {
    expect(resolveFollowUp(text, previous)).toEqual({ text: expected, isFollowUp: true });
  });

  it.each([
    // More of the previous answer: the meeting it named as a whole; its source: the question again, whose answer cites.
    ['more details please', 'When was the 9th meeting held?', 'Tell me about the 9th meeting'],
    ['تفاصيل أكثر', 'متى عقد الاجتماع التاسع؟', 'حدثني عن الاجتماع التاسع'],
    ['tell me more', 'What are the ARCP objectives?', 'What are the ARCP objectives?'],
    ['where is that from?', 'When was the 9th meeting held?', 'When was the 9th meeting held?'],
    // The title of the one a "who" answer names: said with the name, so the question again.
    ['what was his official title?', 'Who opened the 2016 extraordinary meeting?', 'Who opened the 2016 extraordinary meeting?'],
    ['وشو كانت وظيفتها بالتحديد؟', 'منو افتتح الاجتماع التاسع؟', 'منو افتتح الاجتماع التاسع؟'],
    ['ما مصدر هذه المعلومة؟', 'متى عقد الاجتماع التاسع؟', 'متى عقد الاجتماع التاسع؟'],
  ])('asks for more, or the source, of the previous answer: %s after «%s»', (text, previous, expected) => {
    expect(resolveFollowUp(text, previous)).toEqual({ text: expected, isFollowUp: true });
  });

  it.each([
    ['What is the Arab position on remittances?', 'What is the Arab position on the GCM?'],
    ['ما هو الموقف العربي من التحويلات المالية؟', 'ما موقف العملية من الهجرة المناخية؟'],
    ['وفدنا سيشارك', 'ما موقف العملية من الهجرة المناخية؟'],
    ['thanks', 'What is the Arab position on the GCM?'],
    // "There" beside an event of its own asks of that event.
    ['وأين عُقدت دورة المنتدى العالمي المذكورة فيها؟', 'ما مخرجات الاجتماع الثالث لعملية التشاور؟'],
    // A question naming its own subject, or an office that is no event's.
    ['What is the GFMD?', 'When was the 9th meeting held?'],
    ['who chairs the process?', 'When was the 9th meeting held?'],
    ['Was it Haifa Abu Ghazaleh who opened the meeting in Cairo?', 'What is the GFMD?'],
  ])('leaves a full message alone: %s', (text, previous) => {
    expect(resolveFollowUp(text, previous)).toEqual({ text, isFollowUp: false });
  });

  it.each([
    ['who opened it?', 'When was the 10th meeting held?'],
    ['ومين افتتحه؟', 'متى عقد الاجتماع العاشر؟'],
    ['وما أبرز محاوره؟', 'متى عقد الاجتماع العاشر؟'],
    // A person named before ("he"), a pronoun standing apart («مين هي؟»), a question word alone.
    ['what did he warn about?', 'Who opened the 2016 extraordinary meeting?'],
    // …in a longer question too, when it names nothing of its own.
    ['how many migrants did he say the region hosted?', 'What did Allali say at the July 2017 extraordinary meeting?'],
    ['what were the six priority areas it identified?', 'What was the first regional review of the GCM?'],
    ['مين هي؟', 'من افتتح الاجتماع التاسع؟'],
    // An imperfect verb carries its subject: «كل قديش بينعقد؟» (how often is it held?).
    ['كل قديش بينعقد؟', 'ما هو منتدى استعراض الهجرة الدولية؟'],
    // An item's number names no meeting of its own ("the third item" is not the 3rd meeting).
    ['and what was the third item on its agenda?', 'when was the 5th meeting held?'],
    ['وشو كان البند التالت بجدول أعماله؟', 'الاجتماع الخامس انعقد امتى؟'],
    ['ووين؟', 'ما هي أهداف الاتفاق العالمي للهجرة؟'],
    ['and where?', 'Tell me about the 9th meeting'],
    // One of what the previous question named: "the first one" of the IMRF.
    ['when was the first one held?', 'What is the IMRF?'],
    // A past verb carries its subject too, asked with a question word and no noun («صدر إمتى؟»).
    ['وأين عُقد؟', 'الاجتماع الاستثنائي بتاع سنة 2016 كان بيحضّر لإيه؟'],
    ['صدر إمتى؟', 'إيه هو القرار 7833 بتاع الجامعة العربية؟'],
    // A demonstrative, or a preposition with a pronoun, points back to what was asked.
    ['وأين عقد هذا الاجتماع؟', 'متى عقد الاجتماع الاستثنائي الأول؟'],
    ['وشو كان موقفهم من الأونروا فيه؟', 'شو كانت محاور الاجتماع العاشر؟'],
    // "And" on a question word: «وكم عدد…» continues what was asked ("and how many states took part?").
    ['وكم عدد الدول المشاركة؟', 'متى عُقد مؤتمر الاستعراض الإقليمي الأول للاتفاق العالمي للهجرة؟'],
    ['and who hosted it?', 'When was the 5th Global RCP Meeting held?'],
    // «وكان…؟» asks as «وهل كان…؟» does (it was read as a new question, of no meeting).
    ['وكان حضوري؟', 'متى كان مؤتمر الاستعراض الإقليمي الأول؟'],
    // Longer, with "there" or «فيه» of the event asked before (it was read as a new question, of no meeting).
    ['how many Palestine refugees did Abu Ghazaleh mention there?', 'When was the 9th ARCP meeting held?'],
    ['ومن تحدث فيه من المنظمة الدولية للهجرة؟', 'متى عقد الاجتماع الثامن؟'],
    // The event asked before, named by its kind alone or not at all; the word that takes the turn («طيب») aside.
    ['Who opened the session?', 'When was the 9th meeting held?'],
    ['how many attended?', 'When was the 9th meeting held?'],
    ['من افتتح الجلسة؟', 'متى عقد الاجتماع الثامن؟'],
    ['طيب ومين حكى بالافتتاح؟', 'متى عقد الاجتماع الرابع؟'],
    // Gulf and Maghreb question words, and «و» written apart from its word.
    ['و شكون من الـ HCR تكلم؟', 'شكون افتتح الاجتماع 11؟'],
    ['و شنو كانت المواضيع؟', 'وين انعقد الاجتماع العاشر؟'],
    // «وفي أي سنة؟», "and in which year?": a question word after «وفي» (it was put in place of the meeting asked about).
    ['وفي أي سنة؟', 'خبرني عن الاجتماع العادي الثاني'],
    ['وفي أي اجتماعات للعملية تكلمت؟', 'منو هيفاء أبو غزالة؟'],
    ['and in which year?', 'Tell me about the meeting that gave UNRWA a session'],
    // "That meeting" beside an organisation, in a longer question: the event is the one asked for before.
    ['who from IOM spoke at that meeting', 'which meeting agreed key messages for both compacts?'],
    ['where and when was that forum held', 'Which ARCP meeting got states ready for the first IMRF?'],
    // Longer Arabic questions whose nouns carry the pronoun, or «إنه» ("that it").
    ['شو كانت توصياته وقراراته؟', 'الاجتماع الاول للعملية سنة 2015'],
    ['تحت أي شعار؟ ومين حضرها من الوزراء؟', 'احتفالية اليوم العالمي للاجئين 2021'],
    // «طيب» before a question word continues the conversation as «و» does.
    ['طيب شو قال عن سوريا؟', 'بيان 2020 صادر عن العمليه؟'],
  ])('reads a short question whose subject is a pronoun with the previous question as its context: %s', (text, previous) => {
    expect(resolveFollowUp(text, previous)).toEqual({ text, isFollowUp: true, context: previous });
  });

  it.each([
    // A claim whose subject is "it" names the meeting asked before (checked with it beside, Cairo's other events were found).
    ['صح انه انعقد حضوري بالقاهره؟', 'الاجتماع الثامن', 'صح أن الاجتماع الثامن انعقد حضوري بالقاهره؟'],
    ['is it true it was held in person at LAS HQ in Cairo?', 'the 8th meeting, when was it?', 'is it true the 8th meeting was held in person at LAS HQ in Cairo?'],
  ])('puts the meeting asked before in place of "it" in a claim: %s', (text, previous, resolved) => {
    expect(resolveFollowUp(text, previous)).toEqual({ text: resolved, isFollowUp: true });
  });

  it('leaves the first message of a conversation alone', () => {
    expect(resolveFollowUp('وماذا عن اللاجئين؟', undefined)).toEqual({ text: 'وماذا عن اللاجئين؟', isFollowUp: false });
  });
});

describe('a person named before', () => {
  it('"what did she say the GCM should cover?" after "who is laura thompson" follows it up, though it names the GCM', () => {
    expect(resolveFollowUp('what did she say the GCM should cover?', 'who is laura thompson')).toMatchObject({ isFollowUp: true, context: 'who is laura thompson' });
    // A name of its own names another person.
    expect(resolveFollowUp('what did she say to Amy Pope about the GCM?', 'who is laura thompson').isFollowUp).toBe(false);
  });
});
