import { describe, expect, it } from 'vitest';
import { classifyIntent } from '../../src/intents/classify.js';

describe('classifyIntent', () => {
  it.each([
    ['please register our delegation', 'registration', 'en'],
    ['أرجو تسجيل وفدنا في الاجتماع العادي القادم', 'registration', 'ar'],
    ['send me the final statement', 'document-request', 'en'],
    ['أرسلوا لنا البيان الختامي', 'document-request', 'ar'],
    ['we submit our contribution to the regional review', 'submission', 'en'],
    ['نرفق طيه مساهمة المملكة في الاستعراض الإقليمي', 'submission', 'ar'],
    ["I'd like to speak to the focal point", 'ask-person', 'en'],
    ['أود التحدث مع المسؤول عن ملف اللاجئين في الأمانة', 'ask-person', 'ar'],
    ['hello', 'greeting', 'en'],
    ['مرحبا', 'greeting', 'ar'],
    ['help', 'greeting', 'en'],
    ['مساعدة', 'greeting', 'ar'],
    ['thank you, that was useful', 'feedback', 'en'],
    ['الإجابة غير دقيقة', 'feedback', 'ar'],
    ['ما هو الطقس في القاهرة غداً؟', 'out-of-scope', 'ar'],
    ['Who won the football match last night?', 'out-of-scope', 'en'],
    ['What is the Arab position on the Global Compact for Migration?', 'position-question', 'en'],
    ['ما هو الموقف العربي من الاتفاق العالمي بشأن اللاجئين؟', 'position-question', 'ar'],
    ['Hello, what did the 2016 final statement say about the return of refugees?', 'position-question', 'en'],
  ])('%s → %s', (text, intent, lang) => {
    const result = classifyIntent(text);
    expect(result).toMatchObject({ intent, lang });
    expect(result.confidence).toBeGreaterThanOrEqual(0.5);
    expect(result.confidence).toBeLessThanOrEqual(1);
  });

  it.each([
    ['الاجتماع الحادي عشر اتعمل إمتى؟', 'position-question'],
    ['منو افتتح الاجتماع السابع؟', 'position-question'],
    ['I would be grateful if you could indicate which LAS Council decision constitutes the legal basis of the ARCP.', 'position-question'],
    ['Where do I upload the national report, is there a portal?', 'submission'],
    ['What is the GFMD?', 'position-question'],
    ['شو يعني GRF؟', 'position-question'],
    ['What is the capital of Brazil?', 'out-of-scope'],
    ['please register our delegation for the 12th meeting', 'registration'],
    ['هل عُقد الاجتماع الثامن حضورياً؟', 'position-question'],
    ['السلام عليكم، هل هذا مساعد عملية التشاور؟', 'greeting'],
    ['Can we register two delegates for the 12th meeting?', 'registration'],
    // An abbreviation is read written out: "mtg" names the domain as "meeting" does.
    ['what was discussed at the 8th mtg', 'position-question'],
    // "Why" asks for a fact on record too, in any dialect; "the League" is the League of Arab States.
    ['Why does the League call for burden-sharing?', 'position-question'],
    ['ليه الجامعة بتطالب بتقاسم الأعباء؟', 'position-question'],
    ['Who is playing in the Champions League final?', 'out-of-scope'],
    // A summary of a document is on record; a copy of it is a request for staff.
    ['ممكن تعطيني فكرة عن بيان 2021؟', 'position-question'],
    ['give me an overview of the 2019 WRD statement', 'position-question'],
    ['Could I have a short summary of the 8th ARCP meeting?', 'position-question'],
    ['أرجو إرسال نسخة من ملخص البيان الختامي', 'document-request'],
    // Information about what is on record is answered from it (it was a document request).
    ['نرجو تزويدنا بمعلومات عن الاجتماع الاستثنائي الذي عقد في أغسطس 2016', 'position-question'],
    // A fact of the record asked with the verb of a document request is answered, with no ticket for a document.
    ['Please provide us with the date of the 8th meeting.', 'position-question'],
    ['Kindly provide the names of the speakers at the 9th meeting.', 'position-question'],
    ['نرجو تزويدنا بمكان انعقاد الاجتماع التاسع.', 'position-question'],
    ['نرجو التكرم بتزويدنا بأسماء المتحدثين في الاجتماع التاسع.', 'position-question'],
    // …as is a date or an author of a document asked with a question word (it opened a ticket for the document).
    ['تقرير 2021 اتطلق امتى؟', 'position-question'],
    ['Please provide us with a copy of the 9th meeting report.', 'document-request'],
    ['نرجو تزويدنا بنسخة من البيان الختامي للاجتماع التاسع', 'document-request'],
    // A claim about the record put to be checked is a question, though its words are a registration's or a contact's.
    ['هل صحيح أن الاجتماع السابع عُقد حضورياً في القاهرة؟', 'position-question'],
    ['هل صحيح أن مديرة الإدارة هي إيناس الفرجاني؟', 'position-question'],
    ['Is it true that we can register two delegates for the next meeting?', 'registration'],
    // An ask to summarise what is on record, typed in a hurry, is no feedback.
    ['Pls summarize the WRD 2020 statment', 'position-question'],
    // Asked about the conversation, not the record: the help text answers it.
    ['who am I chatting with?', 'greeting'],
    // «المرفق الأول» of a declaration is its annex, not a file attached.
    ['ايش هو المرفق الأول لإعلان نيويورك؟', 'position-question'],
    // How something is done by others asks for the record; how the asker does something is a request.
    ['How is the WRD statement agreed?', 'position-question'],
    ['How do I register for the meeting?', 'registration'],
    // A fact put to be checked, as typed in chat: «صحيح» judges no answer here.
    ['صحيح انو الGCM اعتمد بجنيف', 'position-question'],
    ['الجواب صحيح', 'feedback'],
    // «ألقى» is "delivered" after «من»; as "I find" («وين ألقى…») it is the asker's own step.
    ['من ألقى كلمة المفوضية في الاجتماع الحادي عشر؟', 'position-question'],
  ])('a question word asking for a fact makes a question of a message with no request cue: %s → %s', (text, intent) => {
    expect(classifyIntent(text).intent).toBe(intent);
  });

  it.each([
    ['انواع الخطوط العربية؟', 'position-question'],
    ['GCM?', 'position-question'],
    ['x', 'greeting'],
    ['ب', 'greeting'],
    ['asdf', 'greeting'],
    ['ok', 'greeting'],
    ['مين معي؟', 'greeting'],
    // A note or a claim on a compact of the domain, with no word of judgement, is asked of the record.
    ['gcr vote result in the ga', 'position-question'],
    ['so the gcm was adopted in geneva', 'position-question'],
    // …but a remark on the reply itself stays feedback.
    ['الرابط اللي أرسلته يفتح وثيقة ثانية.', 'feedback'],
  ])('needs a salutation for a greeting and a word of thanks or judgement for feedback: %s → %s', (text, intent) => {
    expect(classifyIntent(text).intent).toBe(intent);
  });

  it.each([['شكرا'], ['thanks'], ['great, thanks!'], ['👍'], ['الإجابة مفيدة'], ['that helped, thanks'], ['ما أفادني، شكراً']])('still reads a short unambiguous message as feedback: %s', (text) => {
    expect(classifyIntent(text).intent).toBe('feedback');
  });

  // Chat lines typed as notes, naming an event on record with no question word: "Thank you for your feedback" answered them.
  it.each([['11th mtg attendees'], ['2nd grf 2023 pledges count'], ['7th mtg was online or in cairo'], ['2016 extraordinary mtg']])('reads a note naming an event on record as a question of it: %s', (text) => {
    expect(classifyIntent(text).intent).toBe('position-question');
  });

  // What the answer is for ("need it for my report") asks staff for nothing; "exactly" in a question judges no answer.
  // So do «سجل الاجتماعات» (the record of meetings, not "register"), a paper prepared before the asker's chief
  // takes part in a meeting, and «بالضبط» after a question word.
  it.each([['10th mtg exact date, need it for report'], ['need the date of 7th mtg for my report'], ['when exactly was the 9th meeting held?'], ['Where was the Global Compact for Migration adopted? We need this for a note to the Ambassador.'], ['قارنلي بين الاجتماع السابع والتامن نحتاج ذلك لمذكرة إلى السفير.'], ['نراجع سجل الاجتماعات في وزارتنا ولا نجد تاريخ الاجتماع السادس. نرجو إفادتنا بتاريخ انعقاده.'], ['أكتب لكم من وزارة الداخلية، ونحن نجهّز ورقة خلفية لسعادة الوكيل قبل مشاركته في الاجتماع العادي القادم. نرجو إفادتنا بعدد أهداف العملية بالضبط.']])('reads a question with the asker\'s purpose after it as a question: %s', (text) => {
    expect(classifyIntent(text).intent).toBe('position-question');
  });

  // A salutation no longer hides a question after it; the asker's own acts after it stay a request.
  it.each([
    ['Hi team, is the GCM legally binding? Thanks!', 'position-question'],
    ["Hi, is it possible to follow the meeting online? I'd like to get the virtual link.", 'registration'],
  ])('reads the ask after a salutation: %s → %s', (text, intent) => {
    expect(classifyIntent(text).intent).toBe(intent);
  });

  it('treats a message with files attached as a contribution when its text is ambiguous', () => {
    expect(classifyIntent('تقرير المملكة الوطني', { hasAttachments: true }).intent).toBe('submission');
  });

  it('is sure of an empty message being nothing to answer', () => {
    expect(classifyIntent('   ')).toEqual({ intent: 'out-of-scope', confidence: 1, lang: 'en' });
  });

  it.each([
    ['Who participates in ARCP meetings?', true],
    ['مين بيحضر الاجتماعات العادية؟', true],
    // Who attends one meeting may be who is coming to it, and who may take part is a rule: for staff.
    ['Who attends the meeting?', false],
    ['who can participate in the meetings?', false],
    // A chat line naming an event on record, with only the words registrations share with questions of record…
    ['10th mtg participants?', true],
    ['name of palestinian delegate at 10th mtg', true],
    // …but a request's own words stay a request.
    ['10th mtg registration form pls', false],
    ['contact details of the 11th mtg focal points', false],
  ])('reads who takes part in the meetings, or in one on record, as a fact on record, tried before a ticket: %s', (text, fact) => {
    expect(classifyIntent(text).factQuestion).toBe(fact);
  });

  it.each([
    // A sentence about the asker before a question of record: the question is tried on the record.
    ['Our delegation is new to this file. Who opened the 9th ARCP meeting?', true],
    ['I would like to register for the next meeting. When is it?', false],
    // What the delegation "would welcome" is a fact of record (it was a registration); registering stays one.
    ['our delegation would welcome the dates of the 11th arcp meeting', true],
    ['Dear colleagues, our delegation would appreciate knowing who opened the 9th meeting.', true],
    ['Our delegation would welcome registering two delegates for the 12th meeting.', false],
    // A statement put to be checked is a yes-or-no question, not a request.
    ['افتتح الاجتماع التاسع السيدة هيفاء أبو غزالة، صحيح؟', true],
    ['من افتتح الاجتماع الحادي عشر؟ سمعت أنها السيدة إيناس الفرجاني، هل هذا صحيح؟', true],
    // A list labelled (i), (ii): the labels are not the asker's "I".
    [
      'I am a new focal point for the ARCP and would like to understand better how the technical secretariat works.\n\n(i) What was the department responsible for the ARCP called in 2016?\n(ii) Who has been the Director of the Department of Refugees, Expatriates and Migration Affairs?\n(iii) Which thematic areas does IOM list for the ARCP?',
      true,
    ],
    // Asked in Gulf dialect with no question mark: a name of the past with «كان» between (it was thanked as
    // feedback), a count with no «عدد» (a contact request).
    ['شنو كان اسم الاداره في 2016', true],
    ['كم مسؤول تدربو مع المفوضيه', true],
    // What a body of record contributed is asked of the record; a state's own contribution is sent to staff.
    ["what's the ARCP's contribution to the GCM", true],
    ['We are pleased to submit our contribution to the ARCP report.', false],
  ])('reads what the question sentence asks, not the asker\'s own words before it: %s', (text, fact) => {
    const r = classifyIntent(text);
    expect(r.intent === 'position-question' || r.factQuestion).toBe(fact);
  });

  it.each([
    ['Is this correct: the ARCP has 22 member states?', 'position-question'],
    ['هل هذا بوت؟', 'greeting'],
    // Out of what the assistant is about: no ticket for staff.
    ['Can you tell me the visa requirements for Syrian nationals?', 'out-of-scope'],
  ])('«هل هذا صحيح؟» checks a fact, «هل هذا بوت؟» asks about the assistant: %s → %s', (text, intent) => {
    expect(classifyIntent(text).intent).toBe(intent);
  });
});

describe('who holds an office, typed a letter off', () => {
  it('reads «وين اقدم طلب لجوء» as the asker\'s own application, not a question of record («أقدم بيان» is the oldest statement)', () => {
    expect(classifyIntent('وين اقدم طلب لجوء في الاردن').intent).not.toBe('position-question');
    expect(classifyIntent('ما أقدم بيان لليوم العالمي للاجئين؟').intent).toBe('position-question');
  });

  it.each([['who is the diretor of the LAS Dept of Refugees, Expatriates and Migration Affairs?'], ['who is the directr of the refugees dept at LAS?']])(
    '%s is a question of record, whatever the model calls it (it became a ticket)',
    (text) => {
      expect(classifyIntent(text).factQuestion).toBe(true);
    },
  );
});

describe('who writes, and which body holds a role', () => {
  it.each([
    // The sender's «نقطة الاتصال» read as a wish to reach a focal point; "secretariat" as a wish to reach staff.
    ['من نقطة الاتصال العراقية: أولاً: ما هي ادوار الامانة الفنية لعملية التشاور. ثانياً: مع اي بعثات للجامعة تنسق. ثالثاً: من هم الشركاء الدوليون للعملية.'],
    ['من نقطة الاتصال الأردنية: متى عقد الاجتماع التاسع؟'],
  ])('%s is a question of record', (text) => {
    expect(classifyIntent(text).intent).toBe('position-question');
  });

  it('"which LAS department acts as the secretariat?" is tried on the record before any ticket; a wish to reach a focal point stays one', () => {
    expect(classifyIntent('which LAS department acts as the secretariat?').factQuestion).toBe(true);
    expect(classifyIntent('اريد التواصل مع نقطة الاتصال الأردنية').intent).toBe('ask-person');
  });
});
