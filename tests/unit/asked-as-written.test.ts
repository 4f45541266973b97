import { describe, expect, it } from 'vitest';
import { arabicStems } from '../../src/text/light10.js';
import { timeRange } from '../../src/question/time-range.js';
import { useSampleApp } from '../support/sample-app.js';
import { answered, expectAnswerSays, lastReply } from '../support/test-app.js';

/**
 * Questions as members write them, which the record answers but the reader misread: a person asked by the role a
 * relative clause gives them, a thing one year's statement added to another's, "since" after a year, a belief then a
 * request in one sentence, "which one" asked again, the figure of a topic named before. Through the core over the
 * sample corpus; each case was refused, or answered with another record, before its change.
 */
const sampleApp = useSampleApp();

describe('the record answers what the letter or the chat line asks', () => {
  it.each([
    // A person by role and relative clause; «بمقر الأمانة العامة» is where the asker says it was, not what is asked;
    // «وبالشعار» is «الشعار» with a conjunction and a preposition on it.
    [
      'السادة الأمانة الفنية المحترمين،\nنعدّ سجلاً بفعاليات الجامعة مع المفوضية، ونرجو إفادتنا بالوزيرة التي حضرت احتفالية اليوم العالمي للاجئين 2021 بمقر الأمانة العامة، وبالشعار الذي أقيمت تحته.\nمع التقدير',
      [/نيفين القباج/, /نتعافى ونتعلم ونتألق/],
    ],
    // What one year's statement added that the other lacked, «قرار أممي آخر» ("another", not the latest): the two
    // side by side, the later one's addition in it.
    ['نرجو إفادتنا بما أضافه بيان اليوم العالمي للاجئين لعام 2019 من إشارة إلى قرار أممي آخر لم يرد في بيان 2018، وبالجهة التي يتعلق بها.', [/\(2019\) — «[^»]*302[^»]*»[\s\S]*\(2018\) — «/]],
    // "…in 2016 and what it has been called since": the year, and every year after it.
    ['We would appreciate clarification as to what the League department serving as ARCP secretariat was called in 2016 and what it has been called since.', [/^2016 — «[^»]*Population Policies[^»]*» \[1\]\s+2017 — «From 2017 it has been the Department of Refugees/]],
    // What the asker holds, a semicolon, then the request: the request is the question.
    ['Dear Secretariat,\nWe understand the 2024 World Refugee Day statement praised initiatives of Bahrain; we would appreciate clarification as to which declaration they appeared in.\nRegards', [/33rd Arab Summit/]],
    // A claim, then the summit by its kind alone: the one the claim names.
    ['Dear Secretariat,\nOur notes say the 12th session of the GFMD took place in Ecuador in November 2019.\nWe would be grateful if you could confirm the city and the dates on which the summit was in fact held.\nSincerely', [/Quito/, /January 2020/]],
    // "the roles that X assigns to Y": a list asked by its noun and a relative clause.
    ['We would appreciate clarification as to the roles that the secretariat\'s presentation assigns to the ARCP technical secretariat.', [/UN bodies/, /Arab Group/, /regional and international meetings/]],
    // "It would assist us to have a one-paragraph description of what X is, and to know who…": two asks.
    ['It would assist us to have a short description of what the International Migration Review Forum is, and to know who chaired the first one.', [/global platform/, /Abdulla Shahid/]],
    // "which … for A and which one for B": the second asked again with its noun and verb.
    ['which arcp mtg prepped member states for the 1st imrf and which one for grf 2', [/^\*\*1\.\*\* «[^»]*8th meeting/, /\*\*2\.\*\* (?:\d{4} — )?«[^»]*9th meeting/]],
    ['أي اجتماع للعملية حضّر الدول لمنتدى استعراض الهجرة الدولية الأول، وأيهم حضّر للاستعراض الإقليمي الثاني؟', [/الثامن/, /العاشر/]],
    // A meeting's agenda asked in a report on a span of years: that meeting's list, not a timeline of the span.
    ['نعدّ تقريراً عن اجتماعات العملية خلال الفترة 2017–2019، وينقصنا جدول أعمال الاجتماع الخامس. نرجو إفادتنا ببنود جدول أعمال ذلك الاجتماع.', [/خطة التنمية المستدامة/, /الثانية عشرة/]],
    // "what came out of the 3rd mtg": its outputs, not a claim that something came out of it.
    ['what came out of the 3rd arcp mtg in may 2017, list the outputs', [/produced three outputs/, /position paper/]],
    // "…and can u paste the text of…": a second ask, whose verb is in no record.
    ["what was the theme of the wrd 2021 event at the league and can u paste the text of the arcp's 2021 statement", [/^\*\*1\.\*\* «[^»]*Together we heal/, /text and issue date of the ARCP's 2021 annual statement are not in this corpus/]],
    // A subject typed in lower case before a colon is the subject, not a preamble.
    ['las intl migrants day statements: what changed in the asks between 2020 and 2024', [/2020 — «18 December 2020:/, /2024 — «18 December 2024:/]],
    // "when it first met": for the first time, not the first of a series (the first regional review led).
    ['Could you tell us when the Regional Stakeholder Advisory Group first met?', [/^«The Regional Stakeholder Advisory Group[^»]*23 May 2023/]],
    // A record by year against one by number: each side, with the figure of each.
    ['LAS keeps quoting different numbers of palestine refugees - what did the 2020 WRD statement say vs abu ghazaleh at the 9th meeting', [/9th regular meeting[\s\S]*5\.9 million/, /World Refugee Day 2020[\s\S]*5\.4 million/]],
    // A colleague's figure, "can we use that figure": the claim checked.
    ["my colleague's draft says 20 arab states endorsed the GCM, can we use that figure", [/20 Arab states[^»]*19/]],
    // The occasion before the courtesy, the courtesy before the ask.
    ['Ahead of a briefing to the Arab Group, grateful if you could confirm where the second Global Refugee Forum took place and roughly how many commitments were announced there.', [/Geneva/, /1,600/]],
    // "It would help to have the …": the thing wanted, as a question of record, not a submission.
    ['Hello,\nWe are updating the ARCP entry for our newsletter.\nIt would help to have the thematic areas IOM attributes to the ARCP.\nThanks', [/brain drain/, /remittance/]],
    // Two colleagues' figures and «مين الصح؟»: the record's own word on both, not "who".
    ['زميلي بيقول 20 دولة عربية أيدت الـGCM وواحد تاني بيقول 19، مين الصح؟', [/20 دولة عربية[^»]*19/]],
    // "X - a + b": each asked of X (the co-chairs of the 14th session answered "that session").
    ['summarise the arab position paper for GFMD 10 for me - main asks + who co-chaired that session', [/Germany and Morocco/]],
    // «…، وإمتى ربطته…؟»: a second ask after a comma with a dialect question word.
    ['الهدف 10.7 من SDGs بيدعو لإيه بالظبط، وإمتى ربطته الجامعة بالـGCM أول مرة؟', [/^\*\*1\.\*\* «[^»]*تيسير الهجرة/, /\*\*2\.\*\*[\s\S]*18 ديسمبر/]],
    // Dialect: «بتلف» (goes round: rotates), «اديني» (give me).
    ['صحيح ان رئاسة العملية بتلف على الدول كل سنة؟', [/الرئيس الدائم/]],
    ['الاجتماع العربي التاني لخبراء الهجرة سنة 2009 أوصى بإيه؟ اديني أهم التوصيات', [/هيئات وطنية للتنسيق/]],
  ])('%s', (question, facts) => expectAnswerSays(sampleApp(), [question], facts));
});

describe('a chat turn that leans on the one before', () => {
  it.each([
    // "invoke" is in no record: a verb of citing, not a subject.
    [['which UNGA resolution did the 2018 WRD statement cite on the right of return', "and in the 2019 one, what res did they invoke for unrwa's mandate"], [/302/]],
    // "and the 5th one back in 2019?": the question before, of the 5th meeting, without the 11th's "last may".
    [['who opened the 11th arcp meeting last may?', 'and the 5th one back in 2019?'], [/^«Haifa Abu Ghazaleh[^»]*opened the 5th meeting/]],
    // "and which one for the 2nd GRF?": the question before, of the second thing.
    [['which arcp meeting prepped states for the first IMRF', 'and which one for the 2nd GRF?'], [/^(?:\d{4} — )?«[^»]*9th meeting[^»]*second GRF/]],
    // «والـ12؟», "and the 12th?" after "GFMD 10": the session by its digits; «برئاسة مين» asks who.
    [['GFMD العاشرة كانت برئاسة مين؟', 'والـ12؟'], [/^«تولّت الإكوادور رئاسة الدورة الثانية عشرة/]],
    [['GFMD 10 was chaired by whom?', 'and the 12th?'], [/Ecuador/]],
    // «والثامن كان بيحضّر لإيش؟»: the 8th meeting asked its own question, not the 7th's.
    [['الاجتماع السابع كان مخصص لأي اتفاق؟', 'والثامن كان بيحضّر لإيش؟'], [/^«[^»]*الاجتماع الثامن[^»]*المنتدى الأول لاستعراض الهجرة/]],
    // «وقتها» (then): the forum by its kind alone is the one asked before.
    // A person asked by role ("delegate") is asked by name: the sentence naming her leads, not one that only says her role.
    [['الاجتماع العاشر ناقش الأونروا؟', 'ومين كانت مندوبة فلسطين'], [/^«[^»]*جمانة الغول/]],
    [['الموقف العربي من محاور GFMD 14 بأي اجتماع انناقش؟', 'ومين كانت ماسكة رئاسة المنتدى وقتها، وشو كان موضوعها الرئيسي'], [/فرنسا/, /تغير المناخ/]],
  ])('%j', (turns, facts) => expectAnswerSays(sampleApp(), turns, facts));

  it('"how did the figure move" after the records named: each record\'s figure, oldest first', async () => {
    const reply = answered(await lastReply(sampleApp(), 'palestine refugee numbers LAS has quoted - 2020 wrd stmt, the 2021 wrd event, 9th mtg in 2023. how did the figure move'));
    expect(reply.text).toMatch(/^2020 — [^\n]*5\.4 million[\s\S]*2021 — [^\n]*5\.6 million[\s\S]*2023 — [^\n]*5\.9 million/);
  });

  it('"when and where was it held" of a meeting the record holds no date for is not answered with another event\'s entry', async () => {
    const reply = await lastReply(sampleApp(), 'tell me about the 2nd regular meeting of the ARCP', 'When and where was it held?');
    expect(reply.text).not.toMatch(/10 November 2021/);
    expect(reply.kind === 'no-position' || (reply.kind === 'answer' && reply.coverage === 'partial')).toBe(true);
  });
});

it('a date put in a claim before the ask is not the year asked: the summit\'s days in 2020 are its dates, said without a note that they are not held', async () => {
  const reply = answered(await lastReply(sampleApp(), 'Dear Secretariat,\nOur notes say the 12th session of the GFMD took place in Ecuador in November 2019.\nWe would be grateful if you could confirm the dates on which the summit was in fact held.\nSincerely'));
  expect(reply.text).toMatch(/20–24 January 2020/);
  expect(reply.text).not.toMatch(/exact date/);
});

describe('what the record says of itself', () => {
  it('a date and an agenda asked in one letter: the month on record, and the record\'s word that the agenda is not held', async () => {
    const reply = answered(await lastReply(sampleApp(), 'السادة الأمانة الفنية،\nنعدّ عرضاً عن تاريخ العملية.\nنرجو إفادتنا بموعد انعقاد الاجتماع الأول للعملية، وبجدول أعماله والقرارات التي خرج بها.\nمع الشكر'));
    expect(reply.text).toMatch(/أبريل\/نيسان 2015/);
    expect(reply.text).toMatch(/جدول أعمال الاجتماع الأول[^»]*غير متوفرين/);
    expect(reply.coverage).toBe('partial');
  });

  it('a reason asked that no quote gives is said to be missing, beside what the record holds', async () => {
    const reply = answered(await lastReply(sampleApp(), 'الدورة 12 لل GFMD وين انعقدت قمتها؟ وليش تأجلت من نوفمبر 2019'));
    expect(reply.text).toMatch(/كيتو/);
    expect(reply.text).toMatch(/لا تذكر الوثائق المتاحة لدينا السبب الذي تسألون عنه/);
    expect(reply.coverage).toBe('partial');
  });

  it('the paper asked after its session is partial: the record says its content is not held', async () => {
    const reply = answered(await lastReply(sampleApp(), 'GFMD 10 - where was it?', 'ok and what did the arab position paper for it actually say, key points pls'));
    expect(reply.coverage).toBe('partial');
    expect(reply.text).toMatch(/content of the Arab position paper[^»]*is not in this corpus/);
  });

  it('"is it confirmed that\'s the 2017 one?" is answered by the record\'s own word that the dating is an inference', async () => {
    const reply = answered(await lastReply(sampleApp(), "the SPA report on the WRD statement that called for an 'integrated vision' - is it confirmed that's the 2017 one?"));
    expect(reply.text).toMatch(/probably the 2017 statement, but this dating is an inference/);
  });

  it('a compilation\'s line with no date of its own takes no year of a timeline', async () => {
    const reply = answered(await lastReply(sampleApp(), "Could you outline how the focus of the League's International Migrants Day statements changed from 2020 to 2025?"));
    expect(reply.text).toMatch(/2025 — «18 December 2025:/);
    expect(reply.text).not.toMatch(/issues a statement every year/);
  });
});

describe('the words beneath', () => {
  it('reads a conjunction and a preposition on the article («وبالشعار», «وللاجئين») as the word without them too', () => {
    expect(arabicStems('وبالشعار')).toContain('شعار');
    expect(arabicStems('وللاجئين')).toContain('لاجئ');
    expect(arabicStems('وكالات')).toEqual(['كال']);
  });

  it('reads «آخر» after an indefinite noun as "another", before one as the latest', () => {
    expect(timeRange('ما أضافه بيان 2019 من إشارة إلى قرار أممي آخر لم يرد في بيان 2018').latest).toBeUndefined();
    expect(timeRange('ماذا قال آخر بيان لليوم العالمي للاجئين؟').latest).toBe(true);
  });
});

it('a question that asks which document a thing is annexed to («وهو مرفق بأي وثيقة») is asked of the record, not filed as a submission', async () => {
  const reply = answered(await lastReply(sampleApp(), 'CRRF وش يعني بالعربي وهو مرفق بأي وثيقة'));
  expect(reply.text).toMatch(/الإطار الشامل للاستجابة للاجئين/);
  expect(reply.text).toMatch(/إعلان نيويورك/);
});
