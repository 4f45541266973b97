import { describe, expect, it } from 'vitest';
import { itemAsked } from '../../src/question/item-asked.js';
import { useSampleApp } from '../support/sample-app.js';
import { answered, expectAnswerSays, lastReply } from '../support/test-app.js';

/**
 * Asks that lean on an answer, not on a question: "which meeting…? >> where was that meeting held?" is of the meeting
 * answered; "the meeting that prepared states for the 2nd GRF - who opened it?" names a meeting by what it did, which
 * is asked first; "the fourth theme" is one item of a list, by its place. Through the core over the sample corpus;
 * each was answered with the event the question named, or the whole list, or refused, before its change.
 */
const app = useSampleApp();

describe('a turn or a part that asks of the event an answer named', () => {
  it.each([
    // "that mtg" is the 9th meeting answered, not the forum the question named (Geneva).
    [['which ARCP mtg prepped states for the 2nd GRF?', 'and where was that mtg held?'], [/^«The 9th regular meeting[^»]*Cairo/]],
    // "it" is the 8th meeting; "face to face" is asked as the records say it ("in person", "by videoconference").
    [['which ARCP meeting prepared states for the first IMRF?', 'was it face to face?'], [/^[^«]*«[^»]*8th regular meeting[^»]*by videoconference/]],
    [['أي اجتماع للعملية حضّر الدول للمنتدى العالمي الثاني للاجئين؟', 'ومين افتتحه؟'], [/^«[^»]*أبو غزالة[^»]*الاجتماع التاسع/]],
    // An event named by its name, not its number ("the December 2021 High-Level Officials Meeting"), the answer's second
    // quote when the lead names none («سبقت اجتماعَ المسؤولين رفيعي المستوى…»).
    [['nov 2021 arab regional consultations on the GCR: ahead of which meeting were they held?', 'and when was that meeting'], [/^«The HLOM was held virtually on 14–15 December 2021/]],
    [['المشاورات الاقليميه حول GCR بنوفمبر 2021 كانت تحضير لأي اجتماع؟', 'وهذاك الاجتماع متى صار؟'], [/^«عُقد اجتماع المسؤولين رفيعي المستوى افتراضياً يومي 14 و15 ديسمبر/]],
    // "the forum it was preparing for": what the meeting asked before did, asked first with that question.
    [['when was the 8th arcp meeting?', 'and the forum it was preparing for, where was it held?'], [/^«The first IMRF was held at UN headquarters in New York/]],
    [['إمتى كان الاجتماع الثامن للـARCP؟', 'والمنتدى اللي كان بيحضّر له اتعقد فين؟'], [/^«عُقد المنتدى الأول لاستعراض الهجرة الدولية[^»]*نيويورك/]],
    // "whats her name" after what a delegate said: the record that answered names her.
    [['what did palestine\'s delegate say at the 10th mtg', 'whats her name'], [/^«[^»]*Jumana Al-Ghoul/]],
    // A part of one message that leans on a "which forum?" part asks of the forum answered: the first IMRF, in New York.
    [['الاجتماع الثامن كان تحضير لأي منتدى؟ ووين انعقد هالمنتدى؟'], [/\*\*2\.\*\*\s*«[^»]*نيويورك/]],
    // "that session" is the GFMD's 10th, which the first part's answer names (asked as "the 10th session", it was refused).
    [["Which GFMD session was the 3rd meeting's position paper prepared for, and where was that session held?"], [/\*\*2\.\*\*\s*«[^»]*Berlin/]],
  ])('%j', async (turns, facts) => {
    await expectAnswerSays(app(), turns, facts);
  });
});

describe('an event named by what it did is asked of once it is known', () => {
  it.each([
    ['the arcp mtg that got everyone ready for the 2nd GRF - who opened it and where was it held', [/Abu Ghazaleh/, /held on 29–30 May 2023 at LAS headquarters in Cairo/]],
    // An extraordinary meeting has no number: its year says which («الاجتماع الاستثنائي 2016»).
    ['الاجتماع الاستثنائي اللي سوّوه قبل اجتماع نيويورك رفيع المستوى 2016 منو افتتحه ووين انعقد', [/\*\*1\.\*\*[^*]*أبو الغيط/, /\*\*2\.\*\*[^*]*القاهرة/]],
  ])('%s', async (question, facts) => {
    await expectAnswerSays(app(), [question], facts);
  });
});

describe('one item of a list, asked by its place', () => {
  it.each([
    ['what was the fourth theme of the August 2016 final statement?', /^Item 4 of 4 — «[^»]*\nResponsibility-sharing for refugees within a global compact/],
    ['what is the second objective of the ARCP?', /^Item 2 of 6 — «[^»]*\nBuild a shared understanding/],
    // «الثالث» is no meeting here, and no word of the list: the ARCP's objectives, not the 3rd meeting's outputs.
    ['ما الهدف الثالث لعملية التشاور؟', /^البند 3 من 6 — «[^»]*\nإنشاء شبكات للتواصل/],
    // A generic "item" is of the list the question reaches, whatever its heading calls its items.
    ['what was the third item on the agenda of the 9th meeting?', /^Item 3 of 4 — «Topics of the 9th meeting\nThe migration-related targets of the 2030 Agenda/],
  ])('%s', async (question, lead) => {
    await expectAnswerSays(app(), [question], [lead]);
  });

  it('is a question of the record, not a request for the document it names', async () => {
    const reply = answered(await lastReply(app(), 'المحور الرابع لبيان 2016 الختامي؟'));
    expect(reply.text).toMatch(/^البند 4 من 4 — «[^»]*\nتقاسم المسؤولية تجاه اللاجئين/);
    expect(reply.ticketId).toBeUndefined();
  });

  it('is not a numbered meeting or a list heading the record does not have', () => {
    expect(itemAsked('من افتتح الاجتماع الرابع؟')).toBeUndefined();
    expect(itemAsked('who opened the first day of the 11th meeting')).toBeUndefined();
    expect(itemAsked('the third of its six objectives')).toEqual({ rank: 3, noun: 'objective' });
    expect(itemAsked('ما هي التوصية الأخيرة؟')).toEqual({ rank: 'last', noun: 'توصيه' });
  });
});

describe('a turn that says "it" of the event asked before, and names only the kind of answer', () => {
  it.each([
    // "agenda" is no word of the 11th meeting's topics: the meeting the question before named chooses them (the 2030
    // Agenda's list led).
    [['When was the 11th ARCP meeting?', 'what was on its agenda?'], [/^«Topics of the 11th meeting\n[^»]*Global Compact on Refugees/]],
    // "which UNGA resolution" is what is asked, not what "it" is (read alone, the 1949 UNRWA resolution answered).
    [['Who organised the Beirut regional consultation on the GCM?', 'under which UNGA resolution was it held?'], [/^«The Beirut consultation was mandated by UN General Assembly resolution 71\/280/]],
  ])('%j', async (turns, facts) => {
    await expectAnswerSays(app(), turns, facts);
  });
});

describe('a part that says "the first one" of what the part before named', () => {
  it('dates the first IMRF, not the ARCP\'s first meeting', async () => {
    const reply = answered(await lastReply(app(), 'Remind me what IMRF stands for and when the first one was held'));
    expect(reply.text).toMatch(/\*\*2\.\*\*\s*«The first IMRF was held at UN headquarters in New York on 17–20 May 2022/);
  });
});

describe('a turn of its own record whose topic is "it"', () => {
  it.each([
    [['what is UNRWA?', 'what did the 2025 statement say about it?'], /^«The 2025 statement said the United Nations Relief and Works Agency[^»]*indispensable/],
    [['ما هي الأونروا؟', 'وماذا قال بيان 2025 عنها؟'], /^«أكد بيان عام 2025 أن وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين[^»]*لا غنى عنها/],
  ])('asks that record of what was asked before: %j', async (turns, lead) => {
    await expectAnswerSays(app(), turns, [lead]);
  });
});
