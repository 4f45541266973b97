import { describe, expect, it } from 'vitest';
import { letterQuestions } from '../../src/question/letter.js';
import { withoutOwnAside } from '../../src/question/own-aside.js';
import { useSampleApp } from '../support/sample-app.js';
import { answered, ConversationScript, expectAnswerSays } from '../support/test-app.js';

/**
 * Letters as ministries and missions write them: items labelled «البند الأول:» or "Item 2:", asks written as a
 * wish ("we would also like the four objectives listed"), the asker's own doubts beside the ask ("; our records
 * mention…"), a request for staff that also asks questions of record, and Egyptian spellings of the commonest
 * question. Each was misread before its change: the label taken for an item of a list, the ask dropped or
 * refused, the writer's labels renumbered, the question refused.
 */
const app = useSampleApp();

const letter = (...lines: string[]) => ['Dear Madam,', '', ...lines, '', 'With our thanks and highest consideration,', '', 'Mohamed Lemine', 'Director of Migration Affairs'].join('\n');

/** The reply to an English letter of these lines, sent by mail under this subject. */
const mailed = (subject: string, ...lines: string[]) => new ConversationScript(app(), 'email').say(letter(...lines), { subject, lang: 'en' });

describe('the labels a letter gives its questions', () => {
  it('takes «البند الأول:» and "Item 2:" as labels, not as the first item of a list asked', () => {
    const arabic = ['السيدة المديرة،', 'تحية طيبة وبعد،', '', 'البند الأول: ما آخر اجتماع عادي عقدته العملية، وفي أي تاريخ انعقد؟', 'البند الثاني: أين عُقد الاجتماع العاشر؟', '', 'وتقبلوا فائق التقدير.'].join('\n');
    // (An item that asks twice is two asks under its one label; the second is asked after the first, as a chat line's.)
    expect(letterQuestions(arabic).map((q) => [q.label, q.text])).toEqual([
      ['البند الأول', 'ما آخر اجتماع عادي عقدته العملية'],
      ['البند الأول', 'وفي أي تاريخ انعقد؟'],
      ['البند الثاني', 'أين عُقد الاجتماع العاشر؟'],
    ]);
    const english = letter('Item 1: When was the 9th meeting held?', 'Item 2: Who opened it?');
    expect(letterQuestions(english).map((q) => q.label)).toEqual(['Item 1', 'Item 2']);
    // A line that opens with the words of a sentence, not a label, is no item.
    expect(letterQuestions('البند الأول من جدول أعمال الاجتماع التاسع ما هو؟').map((q) => q.label)).toEqual([undefined]);
  });

  it('answers each labelled question of a request for staff under the writer\'s own label', async () => {
    const reply = await mailed(
      'Membership and chairing arrangements of the ARCP',
      'The Ministry would be grateful for the following clarifications before the next regular meeting:',
      '',
      'A. How many member states does the ARCP have?',
      'B. Does the ARCP have a rotating chairmanship held by member states in turn?',
      'C. Could the secretariat also register two delegates for the next meeting?',
    );
    expect(reply.text).toMatch(/^\*\*A\.\*\* «According to IOM, the ARCP has 22 member states/);
    expect(reply.text).toMatch(/\*\*B\.\*\* «The ARCP has no rotating chair: the League of Arab States is its permanent chair/);
    expect(answered(reply).ticketId).toBeDefined();
  });
});

describe('what a letter asks, as it writes it', () => {
  it('takes a wish for a thing ("we would also like the four objectives … listed") as an ask, not one for the asker\'s own paper', () => {
    const asks = letterQuestions(
      letter(
        'UNHCR is finalising a stocktaking paper, and we would like the section on the League of Arab States to reflect the ARCP\'s record accurately.',
        '',
        'We would first be grateful to know which ARCP regular mtgs between 2021 and 2025 were focused on the GCR. We would also like the four objectives of the GCR listed exactly as they are reflected in the ARCP documentation.',
      ),
    ).map((q) => q.text);
    expect(asks).toEqual([
      'We would first be grateful to know which ARCP regular mtgs between 2021 and 2025 were focused on the GCR.',
      'We would also like the four objectives of the GCR listed exactly as they are reflected in the ARCP documentation.',
    ]);
  });

  it('answers a wish for a list "listed exactly as reflected in the ARCP documentation" with the whole list', async () => {
    // "listed" asks for the list; "as they are reflected in the ARCP documentation" says where, which is every record
    // (its words vetoed the answer).
    await expectAnswerSays(app(), ['We would like the four objectives of the GCR listed exactly as they are reflected in the ARCP documentation.'], [/^«The GCR shares the CRRF's four objectives:\nEase pressures on host countries\.\nEnhance refugee self-reliance\.\nExpand access to third-country solutions\./]);
  });

  it('reads an ask without the asker\'s own papers and doubts beside it', () => {
    expect(withoutOwnAside('We would also like to confirm the names of the IOM and ESCWA officials who spoke at that meeting; our records mention a "Carmella Goudeau", but we are not certain of the spelling.')).toBe(
      'We would also like to confirm the names of the IOM and ESCWA officials who spoke at that meeting.',
    );
    expect(withoutOwnAside('Who delivered Palestine\'s intervention at the 10th mtg (we have her name as "Joumana El Ghoul"), and what did she say?')).toBe('Who delivered Palestine\'s intervention at the 10th mtg, and what did she say?');
    expect(withoutOwnAside('من افتتح الاجتماع التاسع؛ إذ تشير محاضرنا إلى اسم آخر؟')).toBe('من افتتح الاجتماع التاسع؛ إذ تشير محاضرنا إلى اسم آخر؟');
    expect(withoutOwnAside('من افتتح الاجتماع التاسع؛ فمحاضرنا تذكر اسماً آخر.')).toBe('من افتتح الاجتماع التاسع.');
    // A clause that asks, or that is not the asker's, stays.
    expect(withoutOwnAside('When was the 9th meeting held; and could you tell us who opened it?')).toBe('When was the 9th meeting held; and could you tell us who opened it?');
    expect(withoutOwnAside('Which GFMD sessions did the ARCP prepare for (2017 onwards)?')).toBe('Which GFMD sessions did the ARCP prepare for (2017 onwards)?');
  });

  it('answers the officials asked of in a letter whose writer doubts the spelling of their names', async () => {
    const reply = answered(
      await mailed(
        '8th ARCP meeting and preparation for the first IMRF',
        'The Permanent Observer Mission is preparing a note for the Arab Group on lessons from the first International Migration Review Forum.',
        '',
        'We would be grateful to know what the 8th ARCP mtg in March 2022 was preparing member states for. We would also like to confirm the names of the IOM and ESCWA officials who spoke at that meeting; our records mention a "Carmella Goudeau" and a "Mehrnaz Al-Awadi", but we are not certain of the spelling.',
      ),
    );
    expect(reply.text).toMatch(/\*\*2\.\*\* «[^»]*Carmela Godeau[^»]*Mehrinaz El Awady/);
  });
});

describe('a session numbered with no body named, in a letter on one body', () => {
  it('is a session of the body an item before it names, not the ARCP\'s own meeting of that number', async () => {
    const reply = answered(await mailed('ARCP contributions to the GFMD since 2017', '1) Where was the 10th GFMD session held?', '2) Which country chaired the 14th session, and what was its central theme?'));
    expect(reply.text).toMatch(/\*\*2\)?\.\*\*[^]*France[^]*climate change/);
  });
});

describe('the commonest question in Egyptian spelling', () => {
  it.each([
    // «اتنشأت» is the Egyptian passive of «نشأ», a form the corpus never writes; «وبقرار» the corpus writes once, «القرار» often.
    ['متي اتنشأت عمليه التشاور العربيه وبقرار رقم كام؟', [/7833/, /2014/]],
  ])('%s', async (question, facts) => {
    await expectAnswerSays(app(), [question], facts);
  });
});

describe('an Arabic letter that opens with what its writer noticed in the correspondence', () => {
  const body = [
    'سعادة مدير إدارة شؤون اللاجئين والمغتربين والهجرة،',
    '',
    'تحية طيبة وبعد،',
    '',
    'فقد لاحظنا عند مراجعة المراسلات السابقة أن الإدارة المعنية بالعملية وردت بأكثر من اسم، فنرجو أن توضحوا لنا كيف تغيّر اسم هذه الإدارة عبر السنوات، وأن تفيدونا كذلك بالأدوار التي تقوم بها الأمانة الفنية لعملية التشاور. كما نودّ الاستيضاح عن المقصود بالهدف 10.7 من أهداف التنمية المستدامة.',
    '',
    'وتفضلوا بقبول فائق الاحترام.',
  ].join('\n');

  it('asks three questions: after «، وأن تفيدونا…» and in «كما نودّ الاستيضاح عن…»', () => {
    expect(letterQuestions(body).map((q) => q.text)).toEqual([
      expect.stringMatching(/كيف تغيّر اسم هذه الإدارة/),
      expect.stringMatching(/^وأن تفيدونا كذلك بالأدوار/),
      expect.stringMatching(/^كما نودّ الاستيضاح عن المقصود بالهدف 10\.7/),
    ]);
  });

  it('answers each, though the correspondence it speaks of is in no record (the whole letter was refused)', async () => {
    await expectAnswerSays(app(), [body], [/\*\*1\.\*\*[^*]*إدارة السياسات السكانية[^*]*اعتباراً من عام 2017/, /\*\*2\.\*\* «أدوار الأمانة الفنية لعملية التشاور/, /\*\*3\.\*\*[^*]*«الهدف 10\.7 من أهداف التنمية المستدامة يدعو إلى تيسير الهجرة/]);
  });
});
