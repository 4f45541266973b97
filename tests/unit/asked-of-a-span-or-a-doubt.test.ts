import { describe, expect, it } from 'vitest';
import { useSampleApp } from '../support/sample-app.js';
import { answered, expectAnswerSays, lastReply } from '../support/test-app.js';

/**
 * Asks that the record answers but the reader refused or answered with something else: a span told up to now or
 * from the start in the dialects, what a meeting took up in every voice of «بحث», whether a statement is the
 * process's when the record says that is uncertain, founding in the words no record uses, and a list named by the
 * heading that counts its items. Through the core over the sample corpus.
 */
const app = useSampleApp();

describe('a change told up to now, or from the start', () => {
  it.each([
    // «لهلأ» (until now, the «ل» joined): read as 2017 alone, the timeline ended with the 2017 statement.
    ['كيف تطوّر موقف بيانات اليوم العالمي للاجئين من الأونروا من 2017 لهلأ؟', [/^2017 — /, /2025 — «[^»]*لا غنى عنها/]],
    // «من بدايتها» and "since it began" vetoed the process's names (no record writes them).
    ['شلون تغيّر اسم العملية بالعربي من بدايتها لين الحين؟', [/اسم أقصر/]],
    ["How has the ARCP's Arabic name changed since it began?", [/a shorter name without the word for asylum/]],
  ])('%s', async (question, facts) => {
    await expectAnswerSays(app(), [question], facts);
  });
});

describe('what a meeting took up, as «بحث» in every voice', () => {
  it.each([
    // The Levant's passive «انبحثت» and the standard «بحثها»: the records write «ناقش», and their one «البحث» is
    // their own search for a text; the question was refused.
    ['شو المواضيع يلي انبحثت بالاجتماع التاسع سنة 2023؟'],
    ['ما المواضيع التي بحثها الاجتماع التاسع عام 2023؟'],
  ])('%s', async (question) => {
    await expectAnswerSays(app(), [question], [/محاور الاجتماع التاسع/, /المنتدى العالمي الثاني للاجئين/]);
  });
});

describe('whether a statement is the process\'s, where the record says that is uncertain', () => {
  it.each([
    // It led with "the LAS General Secretariat issued a statement", which shares more of the words and decides nothing.
    ['Was the 20 June 2020 World Refugee Day statement actually issued by the ARCP?', /^«Whether the 2020 statement is an ARCP statement is uncertain/],
    // Egypt's «هو… ولا…؟» (is it… or…?) was read as asking a position, and led with what the statement said.
    ['هو بيان 20 يونيو 2020 بتاع اليوم العالمي للاجئين طالع من عملية التشاور ولا من الأمانة العامة؟', /^«نسبة بيان عام 2020 إلى عملية التشاور[^»]*غير مؤكدة/],
  ])('%s leads with the doubt', async (question, lead) => {
    const reply = answered(await lastReply(app(), question));
    expect(reply.text).toMatch(lead);
    expect(reply.coverage).toBe('partial');
  });
});

describe('founding, in the words no record uses', () => {
  it.each([
    // «تأسست» led with a sentence counting meetings «منذ إنشاء العملية عام 2014»; «من أسس…؟» was refused.
    ['متى تأسست عملية التشاور العربية الإقليمية؟', /^«أُنشئت عملية التشاور العربية الإقليمية[^»]*عام 2014/],
    ['من أسس عملية التشاور؟', /^«عملية التشاور العربية الإقليمية[^»]*أنشأتها جامعة الدول العربية/],
  ])('%s', async (question, lead) => {
    await expectAnswerSays(app(), [question], [lead]);
  });
});

describe('a list named by the heading that counts its items', () => {
  it('gives the process\'s objectives, not the secretariat\'s roles, when the secretariat is said to have set them', async () => {
    await expectAnswerSays(app(), ['ما الأهداف التي حددتها الأمانة الفنية لعملية التشاور العربية الإقليمية حول الهجرة واللجوء؟'], [/^«أهداف عملية التشاور العربية الإقليمية \(ستة أهداف\)\n/]);
  });
  it('does not give the process\'s six objectives for the objectives of a compact it follows', async () => {
    const reply = await lastReply(app(), 'ما أهداف الاتفاق العالمي بشأن اللاجئين التي تتابعها عملية التشاور العربية الإقليمية؟');
    expect(reply.text).not.toMatch(/ستة أهداف/);
  });
});

describe('what a compact is, asked with or without «هو»', () => {
  it.each([
    // It led with the report the compact was presented in; «ما الاتفاق…؟» with no pronoun was read as asking a position and
    // answered with a timeline of meetings that named it.
    ['What is the Global Compact on Refugees?', /^«The GCR is not legally binding; it rests on the 1951 Refugee Convention/],
    ['ما الاتفاق العالمي بشأن اللاجئين؟', /^«الاتفاق العالمي بشأن اللاجئين غير ملزم قانونياً/],
  ])('%s leads with what binds it', async (question, lead) => {
    await expectAnswerSays(app(), [question], [lead]);
  });
});

describe('how a body described a compact, asked after another ask', () => {
  it('answers the second part with the description, not with any position of that December', async () => {
    // "LAS welcomed the adoption… on 10 December 2018" led: it holds the date asked in the first part, and "welcomed"
    // counted as much as "described".
    await expectAnswerSays(
      app(),
      ['Which SDG target did LAS link the Global Compact for Migration to in December 2018, and how did it describe the compact?'],
      [/\*\*1\.\*\* «[^»]*target 10\.7/, /\*\*2\.\*\* «LAS described the GCM as the first comprehensive international instrument on migration\.»/],
    );
  });
});

describe('an item of a letter that asks twice', () => {
  it('answers both asks under the item\'s one label', async () => {
    // Asked as one, the item lost the opener and was told the point was not on record ("on behalf of" is no record's).
    const letter =
      'Dear Minister Plenipotentiary,\nWe would be grateful for the secretariat\'s help on the following points:\n1. When was the 11th regular meeting held?\n2. Who opened the 11th regular meeting, and who delivered remarks on behalf of UNHCR at its opening session?\nWith our highest consideration';
    const reply = answered(await lastReply(app(), letter));
    const second = reply.text.slice(reply.text.indexOf('**2.**'));
    expect(second).toMatch(/^\*\*2\.\*\* «The 11th meeting was opened by Minister Plenipotentiary Enas El-Fergany/);
    expect(second).toMatch(/\n\n«Dr Hanan Hamdan, UNHCR Representative/);
    expect(reply.text.match(/\*\*2\.\*\*/g)).toHaveLength(1);
    expect(second).not.toMatch(/do not speak of the point/);
  });
});

describe('the aspects of a difference', () => {
  it('compares the two regional reviews by how each was held', async () => {
    // «أوجه» (aspects) is no record's word, and «صيغة الانعقاد» was no aspect: the search abstained.
    await expectAnswerSays(app(), ['ما أوجه الاختلاف بين مؤتمري الاستعراض الأول والثاني من حيث صيغة الانعقاد؟'], [/عبر الإنترنت يومي 24 و25 فبراير/, /«عُقد مؤتمر الاستعراض الإقليمي الثاني/]);
  });
});

describe('a name changed over the years', () => {
  it('quotes the names, not who issues a statement "in the name of" whom', async () => {
    const reply = answered(await lastReply(app(), "how has the ARCP's name changed over the years?"));
    expect(reply.text).toMatch(/Arab Regional Consultative Process on Migration and Refugee Affairs \(IOM, UNHCR, LAS in 2022\)/);
    expect(reply.text).not.toMatch(/in the name of/);
  });
  it('asks a letter\'s "…; how has its name changed?" of what the writer states before the semicolon', async () => {
    // Its "also" leaned on the sentence before, on the July 2017 meeting, and that meeting's timeline came.
    const letter =
      "Dear Minister Plenipotentiary,\nWe would be grateful to know what IOM's Deputy Director General told the July 2017 extraordinary meeting about the scope of the Global Compact for Migration. We also notice that the Process appears under different English names in different documents; how has its name changed over the years?\nWith our highest consideration";
    const reply = answered(await lastReply(app(), letter));
    expect(reply.text.slice(reply.text.indexOf('**2.**'))).toMatch(/a shorter name without the word for asylum/);
  });
});
