import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppServices } from '../../src/app.js';
import { answered, createTestApp, lastReply } from '../support/test-app.js';

/**
 * Turns that lean on the one before in ways chat types them, and letters whose ask is split from what it is
 * asked of (numbered occasions under one ask, a pronoun of the sentence before, a colleague's claim and what to
 * say if it is wrong): through the core over the sample corpus, as a member would meet them.
 */
let app: AppServices;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => app.close());

describe('a turn that leans on the question before', () => {
  // The forum renumbered with its year («التاني», Egypt's «الثاني»): it was thanked for as feedback. The chair asked
  // by its title («رئيسه», "its president"): the head of a sector who spoke about the forum answered. People counted
  // with «كم واحد» and their origin («أصلهم»): a meeting held «once» a year answered.
  it.each([
    [['قديش عدد التعهدات في المنتدى العالمي الأول للاجئين سنة 2019؟', 'وفي التاني سنة 2023؟'], /1600/],
    [['How many pledges were made at the first GRF in 2019?', 'and the second one in 2023?'], /1,600/],
    [['وين انعقد أول IMRF؟', 'ومين كان رئيسه؟'], /عبد الله شهيد/],
    [['كم مهاجر ولاجئ تستضيف المنطقة العربية حسب الأمين العام في مؤتمر الاستعراض الثاني؟', 'وكم واحد أصلهم منها؟'], /32\.8/],
    // The title of the one the answer named: said with the name («منصبها» is in no record; "title" found the GRF).
    [['مين افتتح الاجتماع الحادي عشر؟', 'وشو كانت وظيفتها بالتحديد؟'], /مديرة إدارة شؤون اللاجئين/],
    [['who opened the 11th meeting?', 'what was her official title?'], /Director of the Department/],
    // A question in parts remembers what its parts were asked of ("date" and "format" of the 8th meeting).
    [['the 8th mtg - date & format?', 'and who spoke for IOM at it'], /Godeau/],
    // "…there?" is at the event named before: her calls at the consultations, not her World Refugee Day remarks that year.
    [['When were the Arab regional consultations on the GCR held?', 'what did Abu Ghazaleh urge there?'], /called at the regional consultations for joint action/],
  ])('%j is answered of what was asked before', async (turns, expected) => {
    const reply = answered(await lastReply(app, ...turns));
    expect(reply.text.split('\n\n')[0]).toMatch(expected);
  });
});

describe('a chat question with what the asker has coming after it, or a phrasal verb', () => {
  // «عندي عرض بعد ساعة», "I have a briefing at noon": «عرض» and "briefing" found meetings, and the hurry vetoed the list.
  it.each([
    ['عطني أهداف العملية الستة بسرعة، عندي عرض بعد ساعة', /تعزيز الحوار والتعاون/],
    ['list the six arcp objectives quickly, I have a briefing at noon', /Strengthen dialogue and cooperation/],
    // "give me the key points of…": the points a statement makes, not a copy of it to be ticketed.
    ['give me the key points of the 2020 WRD statement', /^«Main points of the 20 June 2020 statement/],
    // Two asks in chat's spelling ("wat's", "what r"): the definition was lost to the list of objectives.
    ["wat's the CRRF exactly and what r its objectives", /Annex I of the New York Declaration[\s\S]*four objectives/],
    // "put out": the records say issued (its words vetoed the answer).
    ['which statements did the ARCP / LAS put out in 2018?', /International Migrants Day/],
    // "take … up": what the Assembly did with a compact is adopt or affirm it (a 2021 meeting and a 2016 date answered).
    ['when did the UNGA take the GCR up?', /affirmed by the UN General Assembly on 17 December 2018/],
  ])('%s is answered', async (question, expected) => {
    const reply = answered(await lastReply(app, question));
    expect(reply.text).toMatch(expected);
    expect(reply.coverage).not.toBe('partial');
  });
});

describe('a dated statement asked summed up', () => {
  // Told by its main points, as the record lists them: three of its sentences were quoted, or the agenda that
  // names the statement among its items led.
  it.each([
    ['summarise the 2019 WRD statement for me', /^«Main points of the 2019 statement/],
    ['لخصلي بيان اليوم العالمي للاجئين 2024 لو سمحت', /^«أبرز ما تضمنه بيان عام 2024/],
  ])('%s leads with its main points', async (question, expected) => {
    expect(answered(await lastReply(app, question)).text).toMatch(expected);
  });

  // A year whose record has no list of main points: 2024's list, whose items mention October 2023, led.
  it('quotes the asked year\'s own record, not the list headed by another year', async () => {
    const reply = answered(await lastReply(app, 'ما أبرز ما تضمنه بيان 2023؟'));
    expect(reply.text.split('\n\n')[0]).toMatch(/2023/);
    expect(reply.text).not.toMatch(/أبرز ما تضمنه بيان عام 2024/);
  });
});

describe('a list of the events of a year, asked by a letter', () => {
  it('lists the year\'s events with their dates, not the points of one meeting', async () => {
    const reply = answered(
      await lastReply(app, 'السادة الأمانة الفنية،\nنرجو موافاتنا بقائمة الاجتماعات والفعاليات المتعلقة بعملية التشاور التي عُقدت خلال عام 2021، مع تواريخها.\nمع التحية'),
    );
    expect(reply.text).toMatch(/فبراير/);
    expect(reply.text).toMatch(/نوفمبر/);
  });
});

describe('what the statements said of a subject across the years', () => {
  // "from the earliest to the most recent" asked for every year between; it was read as the latest alone.
  it.each([
    ['what have the WRD statements said about UNRWA through the years, from the earliest to the most recent?'],
    ['ماذا قالت بيانات اليوم العالمي للاجئين عن الأونروا من الأقدم إلى الأحدث؟'],
  ])('%s is told year by year', async (question) => {
    const years = (answered(await lastReply(app, question)).text.match(/^20\d\d — /gmu) ?? []).map((y) => y.slice(0, 4));
    expect(new Set(years).size).toBeGreaterThanOrEqual(3);
    expect(years).toContain('2025');
  });
});

describe('a claim put to be checked', () => {
  // What the claim likens its subject to ("like the Arab Summit") found the statements that cite summits.
  it.each([
    ['my colleague says the ARCP chairmanship rotates among member states like the Arab Summit - correct?', /no rotating chair/],
    ['زميلي بيقول إن رئاسة عملية التشاور دورية بين الدول زي القمة العربية، صحيح الكلام ده؟', /الرئيس الدائم/],
  ])('%s is checked without what it likens the process to', async (question, expected) => {
    expect(answered(await lastReply(app, question)).text.split('\n\n')[0]).toMatch(expected);
  });

  it('corrects a founder and a year claimed together with who created the process and when', async () => {
    const reply = answered(await lastReply(app, 'our old briefing says the ARCP was founded by the Arab Summit in 2016 - is that right?'));
    expect(reply.text).toMatch(/^No, not the Arab Summit/);
    expect(reply.text).toMatch(/7833/);
    expect(reply.text).toMatch(/2014/);
  });
});

describe('who chaired an event, asked by the title of its head', () => {
  it.each([
    ['مين كان رئيس الدورة 13 للمنتدى العالمي للهجرة والتنمية؟', /الإمارات العربية المتحدة/],
    ['من كان رئيس أول IMRF؟', /عبد الله شهيد/],
    ['Who was the chair of the 12th GFMD session?', /Ecuador/],
  ])('%s names the chair, a state as well as a person, and is not said to lack a name', async (question, expected) => {
    const reply = answered(await lastReply(app, question));
    expect(reply.text.split('\n\n')[0]).toMatch(expected);
    expect(reply.coverage).not.toBe('partial');
  });
});

describe('a state asked for', () => {
  // A state the record names beyond the ARCP's members (Ukraine): the quote naming it was said to name none.
  it('names the state the sentence of the act names, and does not say the record lacks it', async () => {
    const reply = answered(
      await lastReply(app, 'نعد تقريراً عن حماية الجاليات. ذكرت تغطية الاجتماع الثامن أن الأمين العام المساعد أشادت باستجابة الدول العربية السريعة لأوضاع جالياتها المقيمة في دولة معينة. فأي دولة هي؟'),
    );
    expect(reply.text.split('\n\n')[0]).toMatch(/أوكرانيا/);
    expect(reply.coverage).not.toBe('partial');
  });
});

describe('a letter whose ask is apart from what it is asked of', () => {
  it('asks the introduction of each numbered occasion: the figure each gave', async () => {
    const reply = answered(
      await lastReply(app, 
        'السادة الأمانة الفنية المحترمين،\nتحية طيبة وبعد،\nنُعدّ جدولاً مقارناً للأرقام في خطاب الجامعة، ونرجو تزويدنا بعدد اللاجئين الفلسطينيين كما ورد في المناسبات التالية:\n١) بيان اليوم العالمي للاجئين الصادر في يونيو 2020\n٢) كلمة الأمين العام المساعد في احتفالية اليوم العالمي للاجئين 2021\n٣) افتتاح الاجتماع التاسع لعملية التشاور في مايو 2023\nمع بالغ التقدير،\nد. سامر يوسف',
      ),
    );
    for (const figure of [/5\.4/, /5\.6/, /5\.9/]) expect(reply.text).toMatch(figure);
    expect(reply.text).not.toMatch(/سامر يوسف/);
  });

  // The ask and what it is of, apart: «نرجو إفادتنا بمن وقّعها» of the document the sentence before names; a colleague's
  // claim and what to say if it is wrong; what the writer noticed, then «فنأمل توضيح…» of it; "how the number … cited by
  // the League changed between…" as its evolution; a note verbale's wish to ask with its purpose between commas;
  // «نرجو التكرم ببيان…» or «طُلب منا… تحديد…، فنرجو إفادتنا بذلك» after a clause of the writer's own; two facts asked
  // in the order of a statement ("when it took place and how many pledges it received").
  it.each([
    [
      'تحية طيبة وبعد،\nنحضّر كلمة للوزير في الاحتفال بالذكرى العاشرة لتعاون الوزارة مع المفوضية، ونودّ أن نشير فيها إلى مذكرة التفاهم الموقعة بين جامعة الدول العربية والمفوضية السامية للأمم المتحدة لشؤون اللاجئين عام 2017. نرجو إفادتنا بمن وقّعها عن كل طرف.\nوتقبلوا تحياتنا،\nمنى الخطيب',
      [/فيليبو غراندي/],
    ],
    [
      'السادة الأمانة الفنية،\nفي اجتماع تنسيقي داخلي، ذكر أحد الزملاء أن الجمعية العامة أكدت الاتفاق العالمي بشأن اللاجئين بالإجماع. نرجو إفادتنا بمدى صحة ذلك، وإن لم يكن دقيقاً فنرجو بيان عدد الأصوات المؤيدة والدول المعارضة.\nوتفضلوا بقبول فائق الاحترام',
      [/181/],
    ],
    [
      'تحية طيبة،\nنعدّ دراسة عن الخطاب الرسمي بشأن الإسلاموفوبيا. وقد لاحظنا أن بيان الجامعة في اليوم الدولي للمهاجرين في ديسمبر 2022 أشار إلى إعلان صادر عن قمة عربية في هذا الشأن، فنأمل توضيح اسم هذا الإعلان والقمة التي صدر عنها.\nمع الشكر',
      [/إعلان الجزائر/],
    ],
    [
      'Dear Colleagues,\nFor a briefing we would appreciate clarification as to how the number of Palestine refugees cited by the League changed between the June 2020 World Refugee Day statement and the opening of the 9th meeting in May 2023.\nBest regards,\nNadia Haddad',
      [/5\.4 million/, /5\.9 million/],
    ],
    [
      'تهدي البعثة الدائمة للمملكة الأردنية الهاشمية تحياتها إلى الأمانة الفنية لعملية التشاور العربية الإقليمية، وتودّ، في إطار إعداد تقرير عن الاتفاقين العالميين، الاستفسار عمّا دعا إليه الاجتماع الاستثنائي في يوليو/تموز 2017 البعثات الدبلوماسية للدول الأعضاء في نيويورك.\nوتغتنم البعثة هذه المناسبة لتعرب عن فائق تقديرها.',
      [/التنسيق فيما بينها/],
    ],
    [
      'تحية طيبة وبعد،\nوحتى نعرض بدقة العلاقة بين البعثة والأمانة، نرجو التكرم ببيان الأدوار المنوطة بالأمانة الفنية للعملية كما حددها العرض التقديمي.\nوتفضلوا بقبول فائق الاحترام',
      [/الجهات الأممية/],
    ],
    ['السادة الأمانة الفنية،\nوقد طُلب منا، ضمن مذكرة داخلية، تحديد تاريخ انعقاد الاجتماع التاسع ومكانه، فنرجو إفادتنا بذلك.\nمع الشكر', [/29 و30 مايو/]],
    [
      'Dear Secretariat,\nFor our capital, it would help to know when the first Global Refugee Forum took place and how many pledges it received.\nBest regards',
      [/16–18 December 2019/, /770 pledges/],
    ],
  ])('answers a letter whose ask stands apart from what it asks of: %s', async (letter, expected: RegExp[]) => {
    const reply = answered(await lastReply(app, letter));
    for (const fact of expected) expect(reply.text).toMatch(fact);
  });

  it('does not answer an application for a post at the League from the record of meetings', async () => {
    const reply = await lastReply(app, 
      'Dear Sir or Madam,\nI wish to apply for the vacancy of Programme Officer advertised by the League of Arab States. When is the closing date, and can the interview be held online?\nKind regards,\nOmar',
    );
    expect(reply.kind).not.toBe('answer');
  });
});
