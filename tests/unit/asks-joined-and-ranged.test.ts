import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppServices } from '../../src/app.js';
import { answered, createTestApp, lastReply } from '../support/test-app.js';

/**
 * Asks as members write them, through the core over the sample corpus: two asks joined in one sentence, a range of
 * years closed by "the latest one", a dialect's "which", a person's points, a body's roles, a statement's occasion.
 * Each was answered from the wrong record, or refused, before.
 */
let app: AppServices;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => app.close());

const answer = async (question: string) => answered(await lastReply(app, question));

describe('"which…, and when?" asks for the thing and its date', () => {
  it.each([
    ['أيّ اجتماع من اجتماعات العملية خُصّص لتحضير الدول للمنتدى الأول لاستعراض الهجرة الدولية، ومتى عُقد؟', /الاجتماع الثامن/, /10 مارس\/آذار 2022/],
    ['Which ARCP meeting prepared member states for the first IMRF, and when?', /8th/, /10 March 2022/],
  ])('%s names the meeting and its date (read as "when" alone, a date of another sentence led)', async (question, meeting, date) => {
    const reply = await answer(question);
    expect(reply.text).toMatch(meeting);
    expect(reply.text).toMatch(date);
  });
});

describe('"on what day and where did…" is one ask of one event', () => {
  it('asks the day and the place of the 1st meeting, and what it decided, of that meeting (split, "On what exact day" was asked of nothing)', async () => {
    const reply = await answer('On what exact day and where did the 1st ARCP meeting take place in 2015, and what did it decide?');
    expect(reply.text).toMatch(/do not give the day of the 1st ARCP meeting/);
    expect(reply.text).toMatch(/agenda and outcome of the 1st ARCP meeting are not in this corpus/);
    expect(reply.text).not.toMatch(/International Migrants Day|Review Forum/);
    expect(reply.coverage).toBe('partial');
  });
});

describe('"from 2017 to the latest one" is every year from 2017', () => {
  it.each([
    'How has the language of the WRD statements on UNRWA evolved from 2017 to the latest one?',
    'كيف تطورت لغة بيانات يوم اللاجئ العالمي عن الأونروا من 2017 حتى آخر بيان؟',
  ])('%s is a timeline from 2017 to 2025 (read as the latest alone, it held 2017 only)', async (question) => {
    const cited = (await answer(question)).citations.map((c) => c.documentId);
    expect(cited).toEqual(expect.arrayContaining(['wrd-2017', 'wrd-2019', 'wrd-2025']));
  });
});

describe('Iraq\'s «يا» asks "which"', () => {
  it('«يا اجتماعات…انعقدت عن بعد» names both meetings held by videoconference', async () => {
    const reply = await answer('يا اجتماعات مال العملية انعقدت عن بعد بالاتصال المرئي؟');
    expect(reply.text).toMatch(/الاجتماع السابع/);
    expect(reply.text).toMatch(/الاجتماع العادي الثامن|الاجتماع الثامن/);
  });
});

describe('"…, and about how many attended?" is a second ask, of a count', () => {
  it('names who represented LAS at Beirut and the number who attended, with nothing said to be missing', async () => {
    const reply = await answer('Who represented the League at the Beirut regional consultation on the GCM in Sept 2017, and about how many people attended?');
    expect(reply.text).toMatch(/Enas El-Fergany/);
    expect(reply.text).toMatch(/About 90 participants/);
    expect(reply.coverage).not.toBe('partial');
  });
});

describe('what a body does is its roles', () => {
  it.each([
    ['What does the ARCP technical secretariat do?', /^«Roles of the ARCP technical secretariat[^»]*New York and Geneva/],
    ['ما هي مهام الأمانة الفنية للعملية؟', /^«أدوار الأمانة الفنية[^»]*نيويورك وجنيف/],
  ])('%s leads with the list of its roles (it led with who acts as the secretariat)', async (question, roles) => {
    expect((await answer(question)).text).toMatch(roles);
  });
});

describe('the points a person made are what the person said', () => {
  it('"what points did ASG Abu Ghazaleh make" at the 2021 celebration gives the list of what she said (it gave who held the celebration)', async () => {
    const reply = await answer('At the World Refugee Day 2021 celebration at the League in Cairo, what points did ASG Abu Ghazaleh make?');
    expect(reply.text).toMatch(/^«What Assistant Secretary-General Haifa Abu Ghazaleh said[^»]*5\.6 million Palestine refugees/);
  });

  it('"the main messages of Secretary-General Abul Gheit" are the sentences where the LAS Secretary-General warned and noted (it gave a list of people named)', async () => {
    const reply = await answer('What were the main messages of Secretary-General Abul Gheit at the extraordinary meeting of August 2016?');
    expect(reply.text).toMatch(/Secretary-General warned that displacement/);
    expect(reply.text).toMatch(/countries of first asylum/);
    expect(reply.text).not.toMatch(/People named in the sources/);
  });
});

describe('"set for itself", «التي وضعتها لنفسها»: the act of setting the thing asked frames the question', () => {
  it.each([
    ['What objectives has the ARCP set for itself?', /^«The six objectives of the ARCP/],
    ['ما الأهداف التي وضعتها العملية لنفسها؟', /^«أهداف عملية التشاور العربية الإقليمية/],
  ])('%s is answered with the six objectives (it gave the six types of document "setting out…", or was refused)', async (question, objectives) => {
    expect((await answer(question)).text).toMatch(objectives);
  });
});

describe('whether the chair rotates', () => {
  it.each([
    ['وهل تتناوب الدول الأعضاء على رئاسة العملية؟', /لا توجد لعملية التشاور العربية الإقليمية رئاسة دورية/],
    ['Do member states take turns chairing the ARCP?', /The ARCP has no rotating chair/],
  ])('%s is answered by the record that it has no rotating chair ("take turns", «تتناوب» are the glossary\'s rotation)', async (question, fact) => {
    expect((await answer(question)).text).toMatch(fact);
  });

  it('«…، وأخيراً ما المجالات…»: "and finally" is no latest record, and the fields the process covers are answered', async () => {
    expect((await answer('وأخيراً ما المجالات المواضيعية التي تغطيها العملية؟')).text).toMatch(/تتناول: الهجرة/);
  });
});

describe('the day a statement is issued on is its occasion, not its subject', () => {
  it.each([
    'How have the LAS messages on International Migrants Day shifted between 2020 and 2025?',
    'كيف تغيرت رسائل الجامعة في اليوم الدولي للمهاجرين بين 2020 و2025؟',
  ])('%s is a line for each year\'s statement, 2020 to 2025 (each line had to name the day: 2025 alone)', async (question) => {
    const text = (await answer(question)).text;
    for (const year of ['2020', '2022', '2024', '2025']) expect(text).toMatch(new RegExp(`^${year} — «`, 'm'));
  });
});

describe('a list asked for by two nouns joined with "and"', () => {
  it('"Which international events and processes does the ARCP help member states prepare for?" is the list under that heading, alone (it was a timeline of every preparation)', async () => {
    const reply = await answer('Which international events and processes does the ARCP help member states prepare for?');
    expect(reply.text).toMatch(/^«International events the ARCP prepares for[^»]*Global Forum on Migration and Development/);
    expect(reply.citations.map((c) => c.documentId)).toEqual(['arcp-objectives']);
  });
});
