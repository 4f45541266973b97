import { describe, it } from 'vitest';
import { useSampleApp } from '../support/sample-app.js';
import { expectAnswerSays } from '../support/test-app.js';

/**
 * Asks that lean on an answer, not on a question: "which meeting…? >> where was that meeting held?" is of the meeting
 * answered; "the meeting that prepared states for the 2nd GRF - who opened it?" names a meeting by what it did, which
 * is asked first. Through the core over the sample corpus; each was answered with the event the question named, or
 * refused, before its change.
 */
const app = useSampleApp();

describe('a turn or a part that asks of the event an answer named', () => {
  it.each([
    // "that mtg" is the 9th meeting answered, not the forum the question named (Geneva).
    [['which ARCP mtg prepped states for the 2nd GRF?', 'and where was that mtg held?'], [/^«The 9th regular meeting[^»]*Cairo/]],
    // "it" is the 8th meeting; "face to face" is asked as the records say it ("in person", "by videoconference").
    [['which ARCP meeting prepared states for the first IMRF?', 'was it face to face?'], [/^[^«]*«[^»]*8th regular meeting[^»]*by videoconference/]],
    [['أي اجتماع للعملية حضّر الدول للمنتدى العالمي الثاني للاجئين؟', 'ومين افتتحه؟'], [/^«[^»]*أبو غزالة[^»]*الاجتماع التاسع/]],
    // "whats her name" after what a delegate said: the record that answered names her.
    [['what did palestine\'s delegate say at the 10th mtg', 'whats her name'], [/^«[^»]*Jumana Al-Ghoul/]],
    // A part of one message that leans on a "which forum?" part asks of the forum answered: the first IMRF, in New York.
    [['الاجتماع الثامن كان تحضير لأي منتدى؟ ووين انعقد هالمنتدى؟'], [/\*\*2\.\*\*\s*«[^»]*نيويورك/]],
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
