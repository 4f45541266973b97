import { describe, expect, it } from 'vitest';
import { asClaimChecked, asksOnlyForVerdict } from '../../src/question/reported-claim.js';

describe('a claim reported and put to be checked', () => {
  it.each(['Is that right?', 'is this correct', 'Could you please confirm this for us?', 'Is that still the case?', 'صحيح هالكلام؟', 'هالحكي مزبوط؟', 'هل هذا صحيح؟'])('reads "%s" as asking only for a verdict', (s) => {
    expect(asksOnlyForVerdict(s)).toBe(true);
  });

  it.each(['Is that in Cairo?', 'Who is right?', 'Can you send the report?', 'هل هذا الاجتماع في القاهرة؟', 'هل يمكن إرسال التقرير؟'])('reads "%s" as a question of its own', (s) => {
    expect(asksOnlyForVerdict(s)).toBe(false);
  });

  it.each([
    [{ text: 'Is that right?', context: 'Our older briefing says the ARCP was created in 2015.' }, 'Is it true that the ARCP was created in 2015?'],
    [{ text: 'my colleague says the 9th meeting was in Amman - is that correct?' }, 'Is it true that the 9th meeting was in Amman?'],
    [{ text: 'the minister thinks the ARCP meets twice a year?' }, 'Is it true that the ARCP meets twice a year?'],
    [{ text: 'صحيح هالكلام؟', context: 'سمعت إن سوريا كانت معلقة العضوية لين 2023 وعشان كذا كانوا يقولون 21 دولة.' }, 'صحيح أن سوريا كانت معلقة العضوية لين 2023؟'],
    [{ text: 'زميلي عم يقول إنو الاتفاق ملزم قانونياً، هالحكي مزبوط؟' }, 'صحيح أن الاتفاق ملزم قانونياً؟'],
    [{ text: 'مظبوط إنو الاجتماع السادس انعقد سنة 2020؟' }, 'صحيح أن الاجتماع السادس انعقد سنة 2020؟'],
  ])('asks %j as the claim it checks', (asked, expected) => {
    expect(asClaimChecked(asked).text).toBe(expected);
    expect(asClaimChecked(asked).context).toBeUndefined();
  });

  it.each([
    [{ text: 'My colleague says the 9th meeting was in Amman.' }],
    [{ text: 'Where was the 9th meeting held?', context: 'My colleague says it was in Amman.' }],
    [{ text: 'The 3rd meeting was in Beirut, right?' }],
    // A question of what was said, after "and": it was checked as "Is it true that the GCM should cover?".
    [{ text: 'and what did she say the GCM should cover?' }],
  ])('leaves %j as it is', (asked) => {
    expect(asClaimChecked(asked)).toEqual(asked);
  });
});
