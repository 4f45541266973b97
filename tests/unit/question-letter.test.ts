import { describe, expect, it } from 'vitest';
import { withoutCourtesy } from '../../src/question/courtesy.js';
import { eventOf, inContext, letterQuestions } from '../../src/question/letter.js';
import { namesNoSubject } from '../../src/question/sentence-parts.js';

describe('the questions of a letter to the secretariat', () => {
  it('takes the numbered questions of an Arabic letter with their own labels, leaving greeting, closing and signature out', () => {
    const letter = [
      'سعادة مدير إدارة شؤون اللاجئين والمغتربين والهجرة المحترم،',
      'تحية طيبة وبعد،',
      '',
      'يطيب لي أن أتوجه إليكم بالاستفسار عما يلي تمهيداً لإعداد تقرير الوزارة:',
      '',
      'أولاً: متى عُقد الاجتماع الحادي عشر للعملية؟',
      'ثانياً: ما المحاور التي تناولها ذلك الاجتماع',
      'وما الذي دعت إليه الأمانة العامة فيه؟',
      '',
      'وتفضلوا بقبول فائق الاحترام والتقدير،',
      'المستشار سالم الراشد',
      'وزارة الخارجية',
      'هاتف: 00965 2200 0000',
    ].join('\n');
    expect(letterQuestions(letter)).toEqual([
      { label: 'أولاً', text: 'متى عُقد الاجتماع الحادي عشر للعملية؟' },
      // «ذلك الاجتماع» is the 11th, which the item before names.
      { label: 'ثانياً', text: 'ما المحاور التي تناولها ذلك الاجتماع وما الذي دعت إليه الأمانة العامة فيه؟', context: 'متى عُقد الاجتماع الحادي عشر للعملية؟' },
    ]);
  });

  it('keeps "how many officials, and from how many processes, took part in…" one ask, which "that meeting" after it points back to', () => {
    const parts = letterQuestions('Dear Director,\n\nWe would also like to know how many officials, and from how many processes, took part in the global meeting that LAS hosted in Cairo in 2015, and which subjects that meeting addressed.\n\nYours sincerely,\nDaniela Moretti');
    expect(parts.map((p) => p.text)).toContain('We would also like to know how many officials, and from how many processes, took part in the global meeting that LAS hosted in Cairo in 2015');
    expect(parts.find((p) => /subjects that meeting addressed/.test(p.text))?.context).toMatch(/global meeting that LAS hosted in Cairo in 2015/);
  });

  it('parts a prose letter at «وهل…» asked of "this chairmanship" the part before names, and at «، وأخيراً ما…»', () => {
    const letter = [
      'سعادة مديرة إدارة شؤون اللاجئين والمغتربين والهجرة المحترمة،',
      'تحية طيبة وبعد،',
      '',
      'نرجو إفادتنا بالجهة التي تتولى رئاسة عملية التشاور، وهل تتناوب الدول الأعضاء على هذه الرئاسة. ونود كذلك أن نعرف متى صدر قرار إنشاء العملية، وأخيراً ما الأهداف التي وضعتها العملية لنفسها.',
      '',
      'وتفضلوا بقبول فائق الاحترام،',
      'المستشار خالد العلي',
    ].join('\n');
    const parts = letterQuestions(letter);
    // «هذه الرئاسة» is the chairmanship the part before asks of: asked with it (alone, the rotation was refused).
    expect(parts.find((p) => p.text.startsWith('وهل تتناوب'))?.context).toMatch(/تتولى رئاسة عملية التشاور/);
    // The last ask after «وأخيراً» is its own (it was asked with the date of the decision).
    expect(parts.map((p) => p.text)).toContain('وأخيراً ما الأهداف التي وضعتها العملية لنفسها.');
    expect(parts.some((p) => /صدر قرار إنشاء العملية$/u.test(p.text))).toBe(true);
  });

  it('takes bulleted items as parts of the paragraph that introduces them, which names what they are asked of', () => {
    const letter = [
      'السيدة مديرة إدارة شؤون اللاجئين والمغتربين والهجرة المحترمة،',
      'تحية طيبة وبعد،',
      '',
      'وبالإشارة إلى إعداد المكتب وثيقة مرجعية، نرجو التكرم بتزويدنا بالمعلومات التالية عن المشاورة الإقليمية',
      'التي عُقدت في بيروت:',
      '',
      '- تاريخ انعقاد المشاورة ومكانها؛',
      '• عدد المشاركين فيها؛',
      '',
      'مع أطيب التمنيات،',
      'المدير الإقليمي',
    ].join('\n');
    const questions = letterQuestions(letter);
    expect(questions.map((q) => q.text)).toEqual(['تاريخ انعقاد المشاورة ومكانها', 'عدد المشاركين فيها']);
    // The introduction, hard-wrapped over two lines, is each item's context; as searched, its courtesy goes.
    for (const q of questions) expect(withoutCourtesy(q.context!)).toBe('المشاورة الإقليمية التي عُقدت في بيروت');
  });

  it('splits ", and the themes on which that meeting…" from the ask before it, which "that meeting" points back to, and takes "would also be grateful to know" as an ask', () => {
    const letter = [
      'Excellency,',
      '',
      'The Mission would appreciate it if the Department could kindly indicate the dates on which the ARCP extraordinary meeting of 2016 was held, and the themes on which that meeting coordinated the Arab position. The Mission would also be grateful to know the name of the Special Adviser who met the Secretary-General at the same meeting.',
    ].join('\n');
    const questions = letterQuestions(letter);
    expect(questions).toHaveLength(3);
    expect(questions[1]!.text).toMatch(/^and the themes on which that meeting/);
    expect(questions[1]!.context).toMatch(/the dates on which the ARCP extraordinary meeting of 2016 was held$/);
    expect(questions[2]!.text).toMatch(/grateful to know the name of the Special Adviser/);
  });

  it('gives bulleted items the subject when their introduction names no event and the subject does', () => {
    const letter = ['Dear Director,', '', 'We would be grateful for the following details:', '', '* the date(s) on which the statement was published;', '* the date of the summit it reaffirmed.'].join('\n');
    const questions = letterQuestions(letter, { subject: 'World Refugee Day 2025 statement of the ARCP' });
    expect(questions).toHaveLength(2);
    expect(questions[0]!.context).toBe('World Refugee Day 2025 statement of the ARCP');
    expect(withoutCourtesy('With reference to the 2025 statement, please provide the following information about the GFMD in 2019:')).toBe('With reference to the 2025 statement the GFMD in 2019');
  });

  it('takes (a)/(b) items and questions asked without a question mark, in an English note verbale', () => {
    const letter = [
      'Excellency,',
      '',
      'The Permanent Mission presents its compliments and would be grateful for guidance on the following:',
      '',
      '(a) When was the first regional review of the GCM held?',
      '(b) Which organisations co-chair the Working Group on International Migration in the Arab Region?',
      '',
      'The Mission avails itself of this opportunity to renew the assurances of its highest consideration.',
      '',
      'Second Secretary',
      '---',
      'DISCLAIMER: This message is confidential. If you are not the intended recipient, what you do with it is unlawful?',
    ].join('\n');
    expect(letterQuestions(letter).map((q) => q.label)).toEqual(['(a)', '(b)']);
    expect(letterQuestions(letter)[1]!.text).toBe('Which organisations co-chair the Working Group on International Migration in the Arab Region?');
  });

  it('takes items labelled "First, … Second, …" or «1» «2» (the ordinal word stayed in the question, "Second" read as a second event)', () => {
    const english = ['Dear Director,', '', 'First, what is the legal basis of the ARCP?', 'Second, how many member states does the ARCP have?', '', 'Best regards'].join('\n');
    expect(letterQuestions(english)).toEqual([
      { label: 'First', text: 'what is the legal basis of the ARCP?' },
      { label: 'Second', text: 'how many member states does the ARCP have?' },
    ]);
    const arabic = ['تهدي البعثة تحياتها، وترجو الإفادة بما يلي:', '«1» متى عقد الاجتماع التاسع؟', '«2» كم عدد الدول الأعضاء في العملية؟'].join('\n');
    expect(letterQuestions(arabic).map((q) => q.label)).toEqual(['«1»', '«2»']);
  });

  it('numbers questions asked one after another in prose, and splits (a)…(b) inside one sentence', () => {
    const prose = 'Dear Director,\n\nI would be grateful if you could indicate which LAS Council decision created the ARCP. Where was its 10th meeting held?\n\nBest regards,\nAmal';
    expect(letterQuestions(prose)).toEqual([
      { label: '1', text: 'I would be grateful if you could indicate which LAS Council decision created the ARCP.' },
      { label: '2', text: 'Where was its 10th meeting held?' },
    ]);
    const inline = 'Could you clarify (a) whether the 2020 statement was issued by the ARCP and (b) when the 2021 statement was issued?';
    expect(letterQuestions(inline).map((q) => [q.label, q.text])).toEqual([
      ['(a)', 'Could you clarify whether the 2020 statement was issued by the ARCP'],
      ['(b)', 'Could you clarify when the 2021 statement was issued?'],
    ]);
  });

  it('reads the questions of a forwarded letter, and leaves a chat question as it is', () => {
    const forwarded = 'FYI, see below.\n\n---------- Forwarded message ---------\nFrom: Mission <mission@example.test>\nSubject: Query\n\nDear colleagues,\nWhat did the 2024 World Refugee Day statement say about UNRWA?\n\nRegards';
    expect(letterQuestions(forwarded)).toEqual([{ text: 'What did the 2024 World Refugee Day statement say about UNRWA?' }]);
    expect(letterQuestions('وين انعقد الاجتماع العاشر')).toEqual([{ text: 'وين انعقد الاجتماع العاشر' }]);
  });

  it.each([
    'متى انشئت عملية التشاور العربية؟ وابي اعرف رقم القرار بعد',
    'When was the ARCP created? I also want to know the decision number.',
  ])('answers a second part said as "I also want to know…" in turn, with the question it adds to as its context: %s', (message) => {
    const [first, second] = letterQuestions(message);
    expect(second!.context).toBe(first!.text);
    expect(`${first!.text} ${second!.text}`).toBe(message);
  });

  it('asks a question too short to name anything ("Can you list them?", «ممكن تعددها؟») with the sentence before it', () => {
    expect(letterQuestions('We need the key messages of the July 2017 extraordinary meeting for a briefing. Can you list them?')).toEqual([
      { text: 'Can you list them?', context: 'We need the key messages of the July 2017 extraordinary meeting for a briefing.' },
    ]);
    expect(letterQuestions('نحتاج الرسائل الرئيسية للاجتماع الاستثنائي في يوليو 2017 لإحاطة. ممكن تعددها؟')[0]!.context).toBe('نحتاج الرسائل الرئيسية للاجتماع الاستثنائي في يوليو 2017 لإحاطة.');
  });

  it.each([
    [
      'hi, a few qs for our note: when did the 5th mtg take place, who opened it, was GFMD 12 on its agenda',
      ['hi, a few qs for our note: when did the 5th mtg take place', 'who opened it', 'was GFMD 12 on its agenda'],
    ],
    ['9th mtg - how many palestine refugees did the ASG cite and did she mention sudan, also who came from morocco', ['9th mtg - how many palestine refugees did the ASG cite', 'and did she mention sudan', 'who came from morocco']],
    ['متى انعقد الاجتماع الخامس، من افتتحه، هل كان المنتدى العالمي على جدول أعماله؟', ['متى انعقد الاجتماع الخامس', 'من افتتحه', 'هل كان المنتدى العالمي على جدول أعماله؟']],
  ])('asks chat questions in a row, each opening with its question word, one by one: %s', (message, asked) => {
    const parts = letterQuestions(message);
    expect(parts.map((p) => p.text)).toEqual(asked);
    // "who opened it" is asked of the meeting the first names.
    expect(parts[1]!.context).toBe(asked[0]);
  });

  it.each([
    'Could you please tell me, was the 9th meeting held in Cairo?',
    'When, where and by whom was the GCM adopted?',
    'For a note we are drafting: when and where was the 2nd GCM regional review held?',
    // "when did it say so" asks of the first part's answer.
    'what share of IDPs were in arab countries according to UNHCR and when did it say so',
    // "which meeting adopted it" asks of the first part's paper (the regression run showed it split and refused).
    'what is the content of the arab position paper on GFMD-10 and which meeting adopted it?',
  ])(
    'keeps one question whose comma or "and" opens no ask of its own: %s',
    (message) => {
      expect(letterQuestions(message)).toHaveLength(1);
    },
  );

  it('asks a later part that names its own compact by acronym alone, not of the first part\'s event', () => {
    const [, second] = letterQuestions('what did the 2024 review conf hear from the SG on numbers hosted, and how many arab states endorsed the GCM in the first place');
    expect(second).toEqual({ label: '2', text: 'and how many arab states endorsed the GCM in the first place' });
  });

  it.each([
    ['Could you tell me where the 10th GFMD session was held and which UNHCR official spoke at the 11th meeting?', 'and which UNHCR official spoke at the 11th meeting?'],
    ['Please indicate when the second review took place, and the figures the Secretary-General cited', 'and the figures the Secretary-General cited'],
    ['The Mission would appreciate to learn when the 3rd regular meeting was held and which outputs it has produced.', 'and which outputs it has produced.'],
  ])('asks "and which <who> <verb>…" and ", and the figures…" as a second part: %s', (message, second) => {
    expect(letterQuestions(message).map((p) => p.text)[1]).toBe(second);
  });

  it('asks a later part that points back with "there" of the first part\'s meeting, whatever body it names', () => {
    expect(letterQuestions('For my report: what was the 8th ARCP meeting preparing member states for, and who spoke for IOM there?')[1]!.context).toBeDefined();
  });

  it('asks a later part that names the League by its acronym of the first part\'s event ("…and the figures the LAS SG gave")', () => {
    expect(letterQuestions('2nd GCM regional review conf - date, venue, and the figures the LAS SG gave')[1]).toEqual({
      label: '2',
      text: 'and the figures the LAS SG gave',
      context: '2nd GCM regional review conf - date, venue',
    });
  });

  it('gives the first of two Arabic counts the subject the second names after it («…في الاتفاق العالمي…»)', () => {
    expect(letterQuestions('كم هدفاً وكم مبدأً توجيهياً في الاتفاق العالمي من أجل الهجرة؟').map((p) => p.text)).toEqual([
      'كم هدفاً في الاتفاق العالمي من أجل الهجرة؟',
      'وكم مبدأً توجيهياً في الاتفاق العالمي من أجل الهجرة؟',
    ]);
  });

  it('asks a later part that names only an abbreviation of two letters ("MS": member states) of the first part\'s meeting', () => {
    expect(letterQuestions('4th mtg - exact date and what did MS present')[1]).toEqual({ label: '2', text: 'and what did MS present', context: '4th mtg - exact date' });
  });

  it('gives a joined part that says "it" the first part as its context', () => {
    expect(letterQuestions('Could you tell me when the 2nd regional review was held, and who organised it?')).toEqual([
      { label: '1', text: 'Could you tell me when the 2nd regional review was held' },
      { label: '2', text: 'and who organised it?', context: 'Could you tell me when the 2nd regional review was held' },
    ]);
  });

  it('gives a joined part that says "she" the first part, which asked who she is, as its context', () => {
    expect(letterQuestions('Who spoke for IOM at the July 2017 extraordinary meeting, and what did she say the GCM should cover?')[1]).toEqual({
      label: '2',
      text: 'and what did she say the GCM should cover?',
      context: 'Who spoke for IOM at the July 2017 extraordinary meeting',
    });
  });

  it('asks "how do the two figures compare?" with the statement before it, which names them', () => {
    const message = 'The Beirut consultation in 2017 and the SG in 2024 both cited how many migrants the Arab region hosts. How do the two figures compare?';
    expect(letterQuestions(message)).toEqual([{ text: 'How do the two figures compare?', context: 'The Beirut consultation in 2017 and the SG in 2024 both cited how many migrants the Arab region hosts.' }]);
  });

  it('answers each of several questions that lean on the first, each with the first as its context (the later ones were lost)', () => {
    const letter = 'نرجو إفادتنا عن الاجتماع السادس: هل عُقد حضورياً أم عن بعد؟ وما الموضوعات التي ناقشها؟ وبماذا طالب بيانه الختامي؟';
    const items = letterQuestions(letter);
    expect(items.map((q) => q.label)).toEqual(['1', '2', '3']);
    expect(items[1]).toEqual({ label: '2', text: 'وما الموضوعات التي ناقشها؟', context: items[0]!.text });
    expect(items[2]!.context).toBe(items[0]!.text);
  });
});

describe('a wish to be told, said with a word between', () => {
  it('takes "We would first like to know…", "we would like to understand in what ways…" and "we are keen to learn…" as asks (they went unanswered)', () => {
    const letter = [
      'Dear Director,',
      'Our ministry is preparing a review of regional mechanisms on migration.',
      'We would first like to know when the 9th ARCP meeting was held.',
      'We would like to understand in what ways the ARCP supports the migration-related targets of the 2030 Agenda.',
      'We are also keen to learn which organisations the ARCP works with.',
      'With kind regards,',
      'Noor Hassan',
    ].join('\n');
    expect(letterQuestions(letter).map((q) => q.text)).toEqual([
      'We would first like to know when the 9th ARCP meeting was held.',
      'We would like to understand in what ways the ARCP supports the migration-related targets of the 2030 Agenda.',
      'We are also keen to learn which organisations the ARCP works with.',
    ]);
  });

  it('takes «ونودّ أخيراً معرفة…» and «يهمّنا الوقوف على…» as asks, and leaves the frame sentence before them out', () => {
    const letter = [
      'السيدة مديرة الإدارة المحترمة،',
      'تعدّ الوزارة دراسة عن مواقف عملية التشاور من قضايا اللاجئين.',
      'ويهمّنا الوقوف على ما أكده بيان عام 2018 بشأن مسؤولية المجتمع الدولي.',
      'ونودّ أخيراً معرفة ما إذا كانت العملية قد اعتمدت موقفاً من مشروع الاتفاقية العربية لتنظيم أوضاع اللاجئين.',
      'وتفضلوا بقبول فائق الاحترام،',
    ].join('\n');
    expect(letterQuestions(letter).map((q) => q.text)).toEqual([
      'ويهمّنا الوقوف على ما أكده بيان عام 2018 بشأن مسؤولية المجتمع الدولي.',
      'ونودّ أخيراً معرفة ما إذا كانت العملية قد اعتمدت موقفاً من مشروع الاتفاقية العربية لتنظيم أوضاع اللاجئين.',
    ]);
  });
});

describe('a second ask joined by "and would you be able to…"', () => {
  it('is a part of its own, and each part that points back takes the sentence before as its context', () => {
    const letter = 'We understand that the ARCP issues an annual statement on World Refugee Day. Could you confirm whether this is the case, and would you be able to share the main points of that statement?';
    const before = 'We understand that the ARCP issues an annual statement on World Refugee Day.';
    expect(letterQuestions(letter)).toEqual([
      { label: '1', text: 'Could you confirm whether this is the case', context: before },
      { label: '2', text: 'and would you be able to share the main points of that statement?', context: before },
    ]);
  });
});

describe('eventOf', () => {
  it('keeps of a context only the meeting and year it names, or nothing', () => {
    expect(eventOf('نرجو إفادتنا بأسماء أعضاء الوفد الأردني في الاجتماع التاسع (مايو 2023)')).toBe('الاجتماع التاسع 2023');
    expect(eventOf('which Moroccan authorities represented the Kingdom at the 9th meeting')).toBe('9th meeting');
    expect(eventOf('what the Assistant Secretary-General stressed')).toBeUndefined();
    expect(eventOf('معلومات عن الاجتماع الاستثنائي الذي عقد في أغسطس 2016: مكان انعقاده')).toBe('الاجتماع الاستثنائي 2016');
  });
});

describe('one Arabic ask of several facts, with no comma between them', () => {
  it('«نرجو إفادتنا بمكان انعقاد الاجتماع العاشر وبعدد المشاركين فيه وبالجهة التي نظمته» is three questions, the later ones about the meeting the first names', () => {
    const questions = letterQuestions('نرجو إفادتنا بمكان انعقاد الاجتماع العاشر وبعدد المشاركين فيه وبالجهة التي نظمته.');
    expect(questions.map((q) => q.text)).toEqual(['نرجو إفادتنا بمكان انعقاد الاجتماع العاشر', 'وبعدد المشاركين فيه', 'وبالجهة التي نظمته.']);
    expect(questions[1]!.context).toBe('نرجو إفادتنا بمكان انعقاد الاجتماع العاشر');
  });

  it('a noun after «وب» that asks nothing stays in its sentence', () => {
    expect(letterQuestions('ما موقف العملية من العودة وبالتحديد عودة اللاجئين السوريين؟')).toHaveLength(1);
  });
});

describe('the other ways a letter asks to be told', () => {
  it.each([
    'We request information on the dates of the 9th ARCP meeting.',
    'I was wondering whether the ARCP adopted a position on the revised ENP.',
    'May we ask which agencies took part in the 10th meeting.',
    'Could the Secretariat indicate when the 9th meeting was held.',
    "I'd appreciate knowing who opened the 8th meeting.",
    'Information on the venue of the 7th meeting would be appreciated.',
    'Our question concerns how the ARCP prepared for the GFMD.',
    'Please be so kind as to inform us of the date of the 6th meeting.',
    'We need to establish when the ARCP was created.',
    'We would be interested to know how the ARCP contributes to the SDGs.',
    'نحتاج إلى معرفة تاريخ الاجتماع السابع.',
    'ونطلب كذلك تحديد الجهة التي نظمت الاجتماع الثامن.',
    'كما نود الإحاطة بما دعا إليه بيان 2024.',
    'ونتساءل عما إذا كانت العملية قد اعتمدت موقفاً من الاتفاقية العربية.',
  ])('is asked beside another ask, not dropped: %s', (ask) => {
    const other = /[\u0600-\u06FF]/.test(ask) ? 'متى عُقد الاجتماع العاشر؟' : 'When was the 10th meeting held?';
    expect(letterQuestions(`${other}\n${ask}`).map((q) => q.text)).toEqual([other, ask]);
  });

  it.each(['Any assistance would be greatly appreciated.', 'Your prompt reply would be most welcome.', 'We seek to strengthen our cooperation with the League.', 'نطلب منكم تسجيل وفدنا في الاجتماع القادم.'])(
    'a courtesy or an errand that asks nothing of the record is no ask: %s',
    (said) => {
      const other = /[\u0600-\u06FF]/.test(said) ? 'متى عُقد الاجتماع العاشر؟' : 'When was the 10th meeting held?';
      expect(letterQuestions(`${other}\n${said}`).map((q) => q.text)).toEqual([other]);
    },
  );
});

describe('a second request after a comma', () => {
  it('«…، وبما تضمّنه بيان…» and «…، ثم إفادتنا بعدد…» ask a thing of their own (each was lost in the ask before it)', () => {
    expect(letterQuestions('ونرجو إفادتنا بتاريخ توزيع بيان عام 2019، وبما تضمّنه بيان عام 2023 بشأن السودان.').map((q) => q.text)).toEqual([
      'ونرجو إفادتنا بتاريخ توزيع بيان عام 2019',
      'وبما تضمّنه بيان عام 2023 بشأن السودان.',
    ]);
    expect(letterQuestions('فنرجو أولاً بيان تعريف مجموعة العمل المعنية بالهجرة الدولية، ثم إفادتنا بعدد الوكالات التي تضمها.').map((q) => q.text)).toEqual([
      'فنرجو أولاً بيان تعريف مجموعة العمل المعنية بالهجرة الدولية',
      'ثم إفادتنا بعدد الوكالات التي تضمها.',
    ]);
  });
});

describe('two questions in one chat line with no comma or question mark', () => {
  it('"…discuss and what did its closing statement call for" is two questions, the second about the first\'s meeting', () => {
    const [first, second] = letterQuestions('what did the 6th mtg discuss and what did its closing statement call for');
    expect(first!.text).toBe('what did the 6th mtg discuss');
    expect(second).toEqual({ label: '2', text: 'and what did its closing statement call for', context: 'what did the 6th mtg discuss' });
  });

  it('leaves "when and where…" and one question typed without a question mark whole', () => {
    expect(letterQuestions('when and where was the 9th meeting held')).toHaveLength(1);
    expect(letterQuestions('where was the 9th meeting held')).toEqual([{ text: 'where was the 9th meeting held' }]);
  });
});

describe('a part that names no subject of its own', () => {
  it('"…, and in what year?" is asked of what the first part names, as its context', () => {
    const [first, second] = letterQuestions('Where was the GCM adopted, and in what year?');
    expect(second).toEqual({ label: '2', text: 'and in what year?', context: first!.text });
  });

  it('"and where was it held?" names its subject by "it": its words are not searched as the subject\'s', () => {
    expect(namesNoSubject('and where was it held?')).toBe(false);
    expect(namesNoSubject('and on what day?')).toBe(true);
  });
});

describe('a note verbale that asks in the mission\'s own voice', () => {
  const NOTE = 'تهدي المندوبية الدائمة لجمهورية مصر العربية لدى جامعة الدول العربية أطيب تحياتها إلى الأمانة الفنية لعملية التشاور، وترجو التكرم بإفادتها بمن افتتح الاجتماع الخامس لعملية التشاور العربية الإقليمية. كما نرجو إفادتنا بالموضوعات المدرجة على جدول أعمال ذلك الاجتماع، ونود الاستفسار أيضاً عن الشهر والأيام التي عُقد فيها تحديداً.\n\nوتغتنم المندوبية هذه المناسبة لتعرب عن فائق تقديرها.';

  it('reads «ترجو… إفادتها بمن افتتح…», «ونود الاستفسار أيضاً عن…» as asks: three questions, the greeting opening the first', () => {
    const questions = letterQuestions(NOTE);
    expect(questions).toHaveLength(3);
    expect(questions[0]!.text).toMatch(/^تهدي المندوبية.*بمن افتتح الاجتماع الخامس/);
    expect(questions[1]!.text).toMatch(/^كما نرجو إفادتنا بالموضوعات/);
    expect(questions[2]!.text).toMatch(/^ونود الاستفسار أيضاً عن الشهر/);
  });

  it('takes «ترجو البعثة إفادتها بتاريخ…» and «وتود الاستفسار عن مساهمة…» for questions, though the second has no question word', () => {
    const questions = letterQuestions('ترجو البعثة إفادتها بتاريخ انعقاد الاجتماع الاستثنائي. وتود الاستفسار عن مساهمة عملية التشاور في الدورة الثالثة عشرة للمنتدى العالمي.');
    expect(questions.map((q) => q.text)).toEqual(['ترجو البعثة إفادتها بتاريخ انعقاد الاجتماع الاستثنائي.', 'وتود الاستفسار عن مساهمة عملية التشاور في الدورة الثالثة عشرة للمنتدى العالمي.']);
  });

  it('keeps the errand a letter opens with as the opening of its first ask, not a question of its own', () => {
    const questions = letterQuestions('تعدّ وزارة الخارجية ملفاً عن مسار عملية التشاور العربية الإقليمية، ونرجو إفادتنا عن موعد الإطلاق الرسمي للعملية ومكانه. كما نرجو إفادتنا بموعد انعقاد المنتدى الأول لاستعراض الهجرة الدولية.');
    expect(questions).toHaveLength(2);
    expect(questions[0]!.text).toMatch(/^تعدّ وزارة الخارجية.*موعد الإطلاق الرسمي/);
  });
});

describe('Arabic letter labels with a dot or a dash', () => {
  it('«أ.», «ب.», «ج-» label the questions, and are no question of their own', () => {
    const letter = 'السادة الكرام،\nنرجو إفادتنا بما يلي:\nأ. متى عقد الاجتماع التاسع؟\nب. أين عقد الاجتماع العاشر؟\nج- من افتتح الاجتماع الحادي عشر؟\nمع التحية';
    expect(letterQuestions(letter).map((q) => [q.label, q.text])).toEqual([
      ['أ', 'متى عقد الاجتماع التاسع؟'],
      ['ب', 'أين عقد الاجتماع العاشر؟'],
      ['ج', 'من افتتح الاجتماع الحادي عشر؟'],
    ]);
  });
});

describe('asks split within a sentence', () => {
  it.each([
    ['we would be grateful if you could confirm the theme of the tenth GFMD and which countries co-chaired it.', ['we would be grateful if you could confirm the theme of the tenth GFMD', 'and which countries co-chaired it.']],
    ["Could you confirm the date it was distributed and which UNGA resolution on UNRWA's mandate it referred to?", ['Could you confirm the date it was distributed', "and which UNGA resolution on UNRWA's mandate it referred to?"]],
    ['could you please confirm the name of the department that served as ARCP technical secretariat in 2016, and its current name?', ['could you please confirm the name of the department that served as ARCP technical secretariat in 2016', 'and its current name?']],
  ])('%s', (sentence, parts) => {
    expect(letterQuestions(sentence).map((q) => q.text)).toEqual(parts);
  });

  it('asks each part of a sentence that says "it" of the record the sentence before names', () => {
    const [first, second] = letterQuestions("Dear colleagues, we are preparing a file on the 2019 WRD statement. Could you confirm the date it was distributed and which UNGA resolution on UNRWA's mandate it referred to?");
    expect(first!.context).toMatch(/2019 WRD statement/);
    expect(second!.context).toMatch(/2019 WRD statement/);
  });

  it('reads «أولاً: … ثانياً: …» written on one line as two items', () => {
    const letter = 'تهدي البعثة الدائمة أطيب تحياتها، وترجو التكرم بإفادتها بما يلي: أولاً: تاريخ انعقاد الاجتماع العادي الثالث لعملية التشاور. ثانياً: المخرجات التي صدرت عن ذلك الاجتماع.';
    expect(letterQuestions(letter).map((q) => [q.label, q.text])).toEqual([
      ['أولاً', 'تاريخ انعقاد الاجتماع العادي الثالث لعملية التشاور.'],
      ['ثانياً', 'المخرجات التي صدرت عن ذلك الاجتماع.'],
    ]);
  });
});

describe('a period that ends no sentence', () => {
  it('keeps "no. of" and "decision No. 7833" inside their question', () => {
    expect(letterQuestions('no. of pledges at the first grf?').map((q) => q.text)).toEqual(['no. of pledges at the first grf?']);
    expect(letterQuestions('Dear colleagues, what does decision No. 7833 say? And when was it adopted?').map((q) => q.text)).toEqual([
      'Dear colleagues, what does decision No. 7833 say?',
      'And when was it adopted?',
    ]);
  });
});

describe('two questions in one sentence', () => {
  it('asks what the asker\'s office "would like to know", not the bare request after it', () => {
    expect(letterQuestions('Our mission would like to know when the 9th meeting was held. Could you clarify?').map((q) => q.text)).toEqual(['Our mission would like to know when the 9th meeting was held.']);
    expect(letterQuestions('نود معرفة ما إذا كان الاجتماع الثامن قد عقد حضورياً. هل يمكنكم التوضيح؟').map((q) => q.text)).toEqual(['نود معرفة ما إذا كان الاجتماع الثامن قد عقد حضورياً.']);
  });

  it('keeps what a part after a semicolon leans on: "and who chaired it" is asked of the IMRF, not of nothing', () => {
    const parts = letterQuestions('We are drafting the report of our participation; please confirm the dates of the first International Migration Review Forum and who chaired it.');
    expect(parts.at(-1)).toMatchObject({ text: 'and who chaired it.', context: 'please confirm the dates of the first International Migration Review Forum' });
  });

  it.each([
    // A count of two things.
    ['How many objectives and member states does the ARCP have?', ['How many objectives does the ARCP have?', 'How many member states does the ARCP have?']],
    ['كم عدد أهداف العملية وكم عدد الدول الأعضاء فيها؟', ['كم عدد أهداف العملية', 'وكم عدد الدول الأعضاء فيها؟']],
    // «وكم» opens a second count whatever follows it; "and how many people took part" with no comma too.
    ['كم تعهداً قُدّم في المنتدى العالمي الثاني للاجئين وكم كان عدد المشاركين؟', ['كم تعهداً قُدّم في المنتدى العالمي الثاني للاجئين', 'وكم كان عدد المشاركين؟']],
    ['How many pledges did the second Global Refugee Forum receive and how many people took part?', ['How many pledges did the second Global Refugee Forum receive', 'and how many people took part?']],
    // One thing of two kinds is one count.
    ['How many Arab and African states attended?', ['How many Arab and African states attended?']],
    // The same question word asked again of another thing.
    ['When was the first Global Refugee Forum held and when was the HLOM?', ['When was the first Global Refugee Forum held', 'when was the HLOM?']],
    ['متى عُقد الاجتماع الثامن ومتى عُقد المنتدى الأول؟', ['متى عُقد الاجتماع الثامن', 'متى عُقد المنتدى الأول؟']],
    // In chat, the subject first, then two questions joined by «و» and a question word, no comma, no mark.
    ['بيان اليوم العالمي للاجئين 2024 متى صدر وشو ذكر عن البحرين', ['بيان اليوم العالمي للاجئين 2024 متى صدر', 'وشو ذكر عن البحرين']],
    ['احتفالية اليوم العالمي للاجئين 2021 كانت تحت اي شعار ومين حضرها من الوزراء', ['احتفالية اليوم العالمي للاجئين 2021 كانت تحت اي شعار', 'ومين حضرها من الوزراء']],
    // A second ask after a semicolon, though the first asks nothing of the record.
    ['We wish to register two delegates for the upcoming 12th regular meeting; could you also confirm where the 11th regular meeting was held?', ['We wish to register two delegates for the upcoming 12th regular meeting', 'could you also confirm where the 11th regular meeting was held?']],
    // A change over time asked in steps is one timeline.
    ['شلون تطورت صيغة انعقاد الاجتماعات، متى صارت عن بعد ومتى رجعت حضورية بالقاهرة؟', ['شلون تطورت صيغة انعقاد الاجتماعات، متى صارت عن بعد ومتى رجعت حضورية بالقاهرة؟']],
    // «ومن» may be "and from": no second question.
    ['ما موقف الجامعة من اللاجئين ومن العودة', ['ما موقف الجامعة من اللاجئين ومن العودة']],
    // Two kinds of fact of one thing are one question.
    ['When and where was the 9th meeting held?', ['When and where was the 9th meeting held?']],
    // A question word after its preposition asks again: the building was lost to the count.
    ['How many participants attended the Beirut consultation, and in which building was it held?', ['How many participants attended the Beirut consultation', 'and in which building was it held?']],
    // "and who" with its verb, "and what" with its subject: a second ask with no comma (the theme was lost).
    ['Kindly confirm the theme of the 10th GFMD session and who co-chaired it.', ['Kindly confirm the theme of the 10th GFMD session', 'and who co-chaired it.']],
    ['Please confirm who opened the 5th meeting and what she said about unifying the Arab position.', ['Please confirm who opened the 5th meeting', 'and what she said about unifying the Arab position.']],
    // «، وكذلك…» (and likewise…) asks a second thing of the secretariat.
    ['يرجى بيان أدوار الأمانة الفنية لعملية التشاور، وكذلك الجهة التي تتولى رئاسة العملية.', ['يرجى بيان أدوار الأمانة الفنية لعملية التشاور', 'وكذلك الجهة التي تتولى رئاسة العملية.']],
    // «، وأي…» asks again, as «، ومتى…» does.
    ['متى انعقد الاجتماع العاشر، وأي منظمة عرضت فيه دورها؟', ['متى انعقد الاجتماع العاشر', 'وأي منظمة عرضت فيه دورها؟']],
    // …but not a "who" that qualifies the thing asked.
    ['Which states and who else attended?', ['Which states and who else attended?']],
  ])('%s is asked as %j', (question, parts) => {
    expect(letterQuestions(question).map((q) => q.text)).toEqual(parts);
  });
});

describe('withoutCourtesy', () => {
  it.each([
    // A request to confirm closed by a colon, and the asker's use of the answer said after it, in either language.
    ['يرجى التأكيد: وين انعقد الاجتماع التاسع؟', 'وين انعقد الاجتماع التاسع؟'],
    ['Could you please confirm: whats the IMRF', 'whats the IMRF'],
    ['قارنلي بين الاجتماع السابع والتامن نحتاج ذلك لمذكرة إلى السفير.', 'قارنلي بين الاجتماع السابع والتامن'],
    ['Where was the Global Compact for Migration adopted? We need this for a note to the Ambassador.', 'Where was the Global Compact for Migration adopted?'],
    ['Could you confirm whether the 9th meeting was held in Cairo?', 'Could you confirm whether the 9th meeting was held in Cairo?'],
    ['أرجو التكرم بإفادتنا بعدد الدول الأعضاء في عملية التشاور، وذلك لتحديث صفحة العملية في منشوراتنا الإقليمية.', 'عدد الدول الأعضاء في عملية التشاور.'],
    ['يشرفني أن أطلب منكم، لأغراض الأرشيف، الإفادة بالجهات التي مثلت المملكة في الاجتماع التاسع.', 'الجهات التي مثلت المملكة في الاجتماع التاسع.'],
    ['I would be grateful if you could let us know which LAS Council decision established the ARCP, for our records.', 'which LAS Council decision established the ARCP.'],
    // …and said after it: "the minister", "Thursday" are no search words.
    ["When was the 9th meeting held, for the minister's brief due Thursday?", 'When was the 9th meeting held?'],
    ['For a note we are drafting for our New York mission: what did the 2024 statement say about Gaza?', 'what did the 2024 statement say about Gaza?'],
    // What the answer is for, said first, goes: a talking point, a quick question for a mission, a note for the minister.
    ["I'm preparing talking points: what's the Arab position on burden sharing under the GCR?", "what's the Arab position on burden sharing under the GCR?"],
    ['Quick q for our mission in Geneva - did the ARCP issue a WRD statement in 2022?', 'did the ARCP issue a WRD statement in 2022?'],
    ['Quick questions from the Geneva mission ahead of a UNHCR meeting next week: when were the GCR consultations held?', 'when were the GCR consultations held?'],
    // A reference to an earlier exchange, and "please confirm:", frame the ask.
    ['Further to our call, please confirm: the date and format of the 7th ARCP meeting', 'the date and format of the 7th ARCP meeting'],
    ['إلحاقاً باتصالنا الهاتفي، متى عقد الاجتماع السابع وكيف؟', 'متى عقد الاجتماع السابع وكيف؟'],
    ['لمذكرة للوزير: متى وأين انعقد الاستعراض الإقليمي الثاني ومن نظمه؟', 'متى وأين انعقد الاستعراض الإقليمي الثاني ومن نظمه؟'],
    // A clause of circumstance before the courtesy goes with it.
    ['As I take up this role, I would be grateful if you could tell me what the objectives of the ARCP are', 'what the objectives of the ARCP are'],
    ['ما هي أهداف العملية؟', 'ما هي أهداف العملية؟'],
    // "For our archive" is what the answer is for (the whole letter was a registration ticket).
    ['For our archive, please let us know which Moroccan authorities represented the Kingdom at the 9th meeting', 'which Moroccan authorities represented the Kingdom at the 9th meeting'],
    // A greeting on the question's own line goes, and so does "could you remind us…".
    ['Dear colleagues, for a briefing we are preparing, could you remind us when the EU published the results of the 2015 ENP review?', 'when the EU published the results of the 2015 ENP review?'],
    ['Hi team - who opened the 7th meeting?', 'who opened the 7th meeting?'],
    ['We are updating our website: how many objectives does the GCR have?', 'how many objectives does the GCR have?'],
    ['السلام عليكم، متى عقد الاجتماع الثامن؟', 'متى عقد الاجتماع الثامن؟'],
    ['الزملاء الأعزاء، نرجو إفادتنا بتاريخ انعقاد الاجتماع الثامن.', 'تاريخ انعقاد الاجتماع الثامن.'],
    // A formal letter's ask begins after its "inform us of", whatever courtesy and purpose come before.
    ['يطيب لي أن أتوجه إليكم، في إطار إعداد دراسة لدائرة شؤون اللاجئين، راجياً التكرم بإفادتنا بأبرز ما تضمنه بيان عام 2025 بشأن اللاجئين الفلسطينيين', 'أبرز ما تضمنه بيان عام 2025 بشأن اللاجئين الفلسطينيين'],
    ['يطيب لي أن أتقدم إليكم بطلب الإفادة بمضمون الموقف العربي بشأن سياسة الجوار الأوروبية', 'مضمون الموقف العربي بشأن سياسة الجوار الأوروبية'],
    ['أرجو إفادتنا بيان موقف العملية من العودة الطوعية', 'بيان موقف العملية من العودة الطوعية'],
    // A ministry or a mission writes of itself in the third person.
    ['تهدي وزارة الخارجية أطيب تحياتها، وترجو الوزارة التكرم بإفادتها بتاريخ توقيع مذكرة التفاهم ومكان توقيعها.', 'تاريخ توقيع مذكرة التفاهم ومكان توقيعها.'],
    // A purpose before "we need to know": what follows is asked.
    ['السلام عليكم، نعد ورقة للوزير ونحتاج نعرف ما هي الدول الشريكة للعملية؟', 'ما هي الدول الشريكة للعملية؟'],
    ['Hi, we are preparing a brief for the minister and need to know which agencies co-organised the Beirut consultation?', 'which agencies co-organised the Beirut consultation?'],
    ['Could you confirm whether the 8th meeting was held in person?', 'Could you confirm whether the 8th meeting was held in person?'],
    ['Kindly advise which UN agencies co-organised the sixth meeting', 'which UN agencies co-organised the sixth meeting'],
    ['Please let us know when the 7th meeting was held.', 'when the 7th meeting was held.'],
    // What the answer is for, before the ask; but "For the 9th meeting, who…" names the subject and stays.
    ['For our induction pack, could you tell us how the World Refugee Day statement is agreed each year?', 'how the World Refugee Day statement is agreed each year?'],
    // "For an update of the RCP profile": the asker's own update, whose "profile" led to IOM's.
    ['For an update of the RCP profile, could you list the thematic areas the ARCP covers?', 'what are the thematic areas the ARCP covers?'],
    ['For the 9th meeting, who opened it?', 'For the 9th meeting, who opened it?'],
    // Asks to shed light, elaborate, remind; an appreciation of clarity, a keenness to understand; an aside
    // first. Their words are in no document, and the search refused each.
    ['Could you shed some light on what the 2024 WRD statement said about Gaza?', 'what the 2024 WRD statement said about Gaza?'],
    ["Kindly elaborate on the ARCP's objectives.", "the ARCP's objectives."],
    ['Please remind us of the date of the 9th ARCP meeting.', 'the date of the 9th ARCP meeting.'],
    ["I'd appreciate some clarity on where the 2nd GCM regional review took place.", 'where the 2nd GCM regional review took place.'],
    ['We are keen to understand the Arab position on the GCR.', 'the Arab position on the GCR.'],
    ['Just checking: did the ARCP contribute to the GCR?', 'did the ARCP contribute to the GCR?'],
    ['In a nutshell, what did the 11th meeting focus on?', 'what did the 11th meeting focus on?'],
    // A preamble that names nothing, before a question asked as a clause of it.
    ['Sorry to bother you, but when was the 8th ARCP meeting held?', 'when was the 8th ARCP meeting held?'],
    ['Any chance you could tell me how many member states the ARCP has?', 'how many member states the ARCP has?'],
    ["I've been asked by my minister to find out what the closing statement of the 6th meeting called for.", 'what the closing statement of the 6th meeting called for.'],
    ['My boss wants to know, like, who opened the 11th meeting?', 'who opened the 11th meeting?'],
    ['Separately, a colleague asked me: in which city was the 12th GFMD summit held?', 'in which city was the 12th GFMD summit held?'],
    ['Ahead of our regional briefing we would appreciate a few quick clarifications on the International Migration Review Forum.', 'the International Migration Review Forum.'],
    ['Ahead of the 12th meeting, who will chair it?', 'Ahead of the 12th meeting, who will chair it?'],
    // A preamble that says what the answer is for, or who asks, goes even with capitals in it.
    ['The Bureau is updating its fact sheet: when was the ARCP created?', 'when was the ARCP created?'],
    ['Our DG asks when the ARCP was created and by which decision.', 'when the ARCP was created and by which decision.'],
    ['لقسم الخلفية: متى أنشئت عملية التشاور؟', 'متى أنشئت عملية التشاور؟'],
    // The Arabic preamble before a colon speaks of the asker; one that names the subject stays.
    ['أستعد لاجتماع جنيف الأسبوع المقبل وأحتاج معلومة سريعة: كم عدد اللاجئين الفلسطينيين الذي ذكرته أبو غزالة؟', 'كم عدد اللاجئين الفلسطينيين الذي ذكرته أبو غزالة؟'],
    ['سؤالنا: ما المحور الرئيسي لرئاسة فرنسا للمنتدى العالمي؟', 'ما المحور الرئيسي لرئاسة فرنسا للمنتدى العالمي؟'],
    ['زميلي سألني: في أي مدينة عقد الاجتماع الخامس؟', 'في أي مدينة عقد الاجتماع الخامس؟'],
    ['الاجتماع التاسع: من افتتحه؟', 'الاجتماع التاسع: من افتتحه؟'],
    ['بيان اليوم العالمي للاجئين 2024: ما الذي قاله عن غزة؟', 'بيان اليوم العالمي للاجئين 2024: ما الذي قاله عن غزة؟'],
    // Formal Arabic asides between commas, the asks of «أستوضح منكم», «أسألكم», «تتفضلوا بإخباري», and «عمّن» fused.
    ['أود الاستفسار، لو تكرمتم، عن الموعد الذي انعقد فيه الاجتماع الثالث', 'الموعد الذي انعقد فيه الاجتماع الثالث'],
    ['يسعدني أن أستوضح منكم، إن أمكن، عن عدد الدول الأعضاء في عملية التشاور', 'عدد الدول الأعضاء في عملية التشاور'],
    ['أرجو إفادتي، مشكورين، بتاريخ انعقاد مؤتمر الاستعراض الإقليمي الثاني', 'تاريخ انعقاد مؤتمر الاستعراض الإقليمي الثاني'],
    ['يشرفني أن أسألكم عن عدد المشاركين في المشاورة الإقليمية', 'عدد المشاركين في المشاورة الإقليمية'],
    ['أرجو أن تتفضلوا بإخباري عمّن مثّلت فلسطين في الاجتماع العاشر', 'من مثّلت فلسطين في الاجتماع العاشر'],
    // «ببيان» / «بيان» is "by stating" here (its «ب» was taken alone: «يان تاريخ…»); a statement named stays.
    ['يرجى التكرم ببيان تاريخ انعقاد الاجتماع الثامن.', 'تاريخ انعقاد الاجتماع الثامن.'],
    ['يرجى بيان الجهة التي ترأس عملية التشاور.', 'الجهة التي ترأس عملية التشاور.'],
    ['نرجو تزويدنا ببيان اليوم العالمي للاجئين لعام 2023', 'بيان اليوم العالمي للاجئين لعام 2023'],
    ['أرجو التكرم بإفادتي عن المسؤول الذي افتتح الاجتماع الحادي عشر، إذ إنني أبحث عن اسمه تحديداً.', 'المسؤول الذي افتتح الاجتماع الحادي عشر.'],
    // A note verbale asks in the third person: the sender, its compliments and "ascertain" go (searched whole,
    // each was refused); so do the occasion before a courtesy, the asker's own work before a semicolon, a
    // purpose between commas inside the ask, and the asker's reason after it.
    ['The Permanent Mission of the Kingdom of Morocco presents its compliments and would be grateful to be informed where and when the ARCP was officially launched.', 'where and when the ARCP was officially launched.'],
    ['The Permanent Observer Mission of the League of Arab States in Geneva wishes to ascertain how many member states the ARCP comprises.', 'how many member states the ARCP comprises.'],
    ['UNHCR would be grateful if the Secretariat could confirm which organisations co-chair the Working Group on International Migration in the Arab Region.', 'which organisations co-chair the Working Group on International Migration in the Arab Region.'],
    ['The Delegation kindly request the Secretariat to remind us what are the objectives of the ARCP, since our Ambassador needs them for a speech.', 'what are the objectives of the ARCP.'],
    ['The Mission kindly requests the items of the agenda of the 5th regular meeting of the ARCP held in 2019.', 'the items of the agenda of the 5th regular meeting of the ARCP held in 2019.'],
    ['The UNHCR capacity-building unit kindly requests confirmation of the number of officials trained jointly by LAS and UNHCR.', 'the number of officials trained jointly by LAS and UNHCR.'],
    ['The Secretariat is kindly requested to indicate who were the opening speakers of the extraordinary meeting of August 2016.', 'who were the opening speakers of the extraordinary meeting of August 2016.'],
    ['In preparation for the IMRF round tables, please recall how many objectives and guiding principles the GCM contains.', 'please recall how many objectives and guiding principles the GCM contains.'],
    ['Ahead of the IMRF we are preparing talking points for the Head of Delegation; could you kindly confirm on which date the 8th meeting was convened?', 'could you kindly confirm on which date the 8th meeting was convened?'],
    ['Kindly recall, for our talking points on Palestine refugees, the main points of the ARCP statement on World Refugee Day 2018.', 'Kindly recall the main points of the ARCP statement on World Refugee Day 2018.'],
    ['Could the Secretariat confirm whether the ARCP adopted a joint position with the Rabat Process?', 'whether the ARCP adopted a joint position with the Rabat Process?'],
    // The request as a verb of the one asked («أن توافونا ب…», «هل يمكن أن تذكّرونا…»): each part so asked was refused.
    ['نرجو أن توافونا بتذكير موجز بتاريخ انعقاد الاجتماع الثامن', 'تاريخ انعقاد الاجتماع الثامن'],
    ['هل يمكن أن تذكّرونا بعدد الدول الأعضاء', 'عدد الدول الأعضاء'],
    ['وأخيراً هل يمكن أن ترسلوا لي نص بيان عام 2021، وفي أي اجتماع تم الاتفاق على مضمونه؟', 'نص بيان عام 2021، وفي أي اجتماع تم الاتفاق على مضمونه؟'],
    // A request put as a question asks what it names, not whether it can be done (read as yes/no, "Could you
    // outline the objectives of the ARCP?" was refused); "confirm whether" stays a yes/no question.
    ['Could you outline the objectives of the ARCP?', 'what are the objectives of the ARCP?'],
    ['Can you describe the roles of the technical secretariat?', 'what are the roles of the technical secretariat?'],
    ['Could you confirm which meeting prepared the states for the IMRF?', 'which meeting prepared the states for the IMRF?'],
    ['Could you confirm whether the ARCP produced a contribution to the GCM?', 'Could you confirm whether the ARCP produced a contribution to the GCM?'],
    // A question word before the courtesy's words asks of its own subject; a meeting named in the asker's work stays.
    ['Which meeting requested the Secretariat to indicate the agenda of the next session?', 'Which meeting requested the Secretariat to indicate the agenda of the next session?'],
    ['Our Mission is preparing a note on the 9th regular meeting; kindly indicate which Moroccan institutions composed the delegation.', 'Our Mission is preparing a note on the 9th regular meeting; kindly indicate which Moroccan institutions composed the delegation.'],
    // …but not a subject, a question word of its own, nor a relative clause ("the date on which").
    ['When and where was the GCM adopted?', 'When and where was the GCM adopted?'],
    ['the date on which the 2019 WRD statement was distributed', 'the date on which the 2019 WRD statement was distributed'],
  ])('%s → %s', (question, asked) => {
    expect(withoutCourtesy(question)).toBe(asked);
  });
});

describe('asks that say "also"', () => {
  it('"We would also like to know…", "It would also be helpful to learn…" are questions, asked of what the first one is about', () => {
    const letter = 'Dear colleagues,\nWe are preparing a note on the 9th meeting. When was it held? We would also like to know who opened it. It would also be helpful to learn which organisations took part.\nBest regards,\nAhmed';
    const questions = letterQuestions(letter);
    expect(questions.map((q) => q.text)).toEqual(['When was it held?', 'We would also like to know who opened it.', 'It would also be helpful to learn which organisations took part.']);
    // The question leant on leans on the 9th meeting: so do the ones after it (they were asked of "When was it held?" alone).
    expect(questions[1]!.context).toMatch(/9th meeting/);
    expect(questions[2]!.context).toMatch(/9th meeting/);
  });
});

describe('a short question that names its subject by a pronoun', () => {
  it('is about the subject: "how often is it held?" after "What is the IMRF?"', () => {
    expect(letterQuestions('how often is it held?', { subject: 'What is the IMRF?' })).toEqual([{ text: 'how often is it held?', context: 'What is the IMRF?' }]);
    expect(letterQuestions('when was it distributed?', { subject: 'WRD 2019' })[0]!.context).toBe('WRD 2019');
  });

  it('typed in chat without a question mark, is about the subject too ("and where was it held" was searched alone)', () => {
    expect(letterQuestions('and where was it held', { subject: '2016 extraordinary mtg when' })).toEqual([{ text: 'and where was it held', context: '2016 extraordinary mtg when' }]);
    expect(letterQuestions('who opened it', { subject: 'gfmd 12 chaired by who' })[0]!.context).toBe('gfmd 12 chaired by who');
  });

  it('a question that names its own subject keeps it', () => {
    expect(letterQuestions('How many states took part in its 2022 review forum in New York?', { subject: 'What is the IMRF?' })[0]!.context).toBeUndefined();
  });
});

describe('a letter that opens by naming what it writes about', () => {
  it.each([
    ['بالإشارة إلى البيان الصادر بمناسبة اليوم العالمي للاجئين 2019، نرجو إفادتنا بتاريخ توزيعه، وبما ورد فيه بشأن ولاية الأونروا.', 'نرجو إفادتنا بتاريخ توزيعه، وبما ورد فيه بشأن ولاية الأونروا. (البيان الصادر بمناسبة اليوم العالمي للاجئين 2019)'],
    ['السلام عليكم، بخصوص الاجتماع التاسع لعملية التشاور، نرجو إفادتنا بمن افتتحه ومكان انعقاده.', 'نرجو إفادتنا بمن افتتحه ومكان انعقاده. (الاجتماع التاسع لعملية التشاور)'],
    ['With reference to the 2019 World Refugee Day statement, could you tell us when it was distributed?', 'could you tell us when it was distributed? (the 2019 World Refugee Day statement)'],
    // A reference to the correspondence names no subject: the courtesy drops it as before.
    ['بالإشارة إلى كتابنا رقم 245 بتاريخ 3 مارس، نرجو التكرم بإفادتنا بعدد الدول الأعضاء في عملية التشاور.', 'بالإشارة إلى كتابنا رقم 245 بتاريخ 3 مارس، نرجو التكرم بإفادتنا بعدد الدول الأعضاء في عملية التشاور.'],
    ['Further to our call, could you confirm when the ARCP held its first meeting?', 'Further to our call, could you confirm when the ARCP held its first meeting?'],
    // A question that names its own meeting asks of it; what the opening refers to is background.
    ['With reference to the 10th regular meeting, could you tell us who attended the second GCM regional review conference?', 'could you tell us who attended the second GCM regional review conference?'],
    ['بالإشارة إلى الاجتماع العاشر، نرجو إفادتنا بمن حضر مؤتمر الاستعراض الإقليمي الثاني.', 'نرجو إفادتنا بمن حضر مؤتمر الاستعراض الإقليمي الثاني.'],
  ])('asks of it: %s', (question, asked) => {
    const [only, ...rest] = letterQuestions(question);
    expect(rest).toEqual([]);
    expect(only!.text).toBe(asked);
  });

  it('keeps the subject once the courtesy is gone', () => {
    const [only] = letterQuestions('بالإشارة إلى البيان الصادر بمناسبة اليوم العالمي للاجئين 2019، نرجو إفادتنا بتاريخ توزيعه.');
    expect(withoutCourtesy(only!.text)).toBe('تاريخ توزيعه. (البيان الصادر بمناسبة اليوم العالمي للاجئين 2019)');
  });
});

describe('two asks in one sentence among others', () => {
  it('are two questions, then the next sentence; a part that says "there" takes the first as its context', () => {
    const parts = letterQuestions('Hello,\n\nWhen were the Arab regional consultations on the GCR held in 2021, and what did the Assistant Secretary-General call for there? Also, which meeting were they preparing for?\n\nMany thanks,\nLayla');
    expect(parts.map((p) => p.label)).toEqual(['1', '2', '3']);
    expect(parts[0]!.text).toMatch(/^When were the Arab regional consultations on the GCR held in 2021$/);
    expect(parts[1]!.text).toMatch(/^and what did the Assistant Secretary-General call for there\?$/);
    expect(parts[1]!.context).toBe(parts[0]!.text);
  });

  it('labelled in one sentence, a later item that says "it" is about the first: "(1) the date of the 7th meeting; (2) who opened it"', () => {
    const [first, second] = letterQuestions('Please confirm: (1) the date and format of the 7th ARCP meeting; (2) who opened it; (3) whether the WRD statement was agreed at the 7th meeting.');
    expect(first!.context).toBeUndefined();
    expect(second!.context).toMatch(/the date and format of the 7th ARCP meeting$/);
  });
});

describe('two questions joined in one sentence of a letter', () => {
  it.each([
    ['أرجو التكرم بإفادتنا بعدد الدول الأعضاء في عملية التشاور العربية الإقليمية، وبما إذا كانت للعملية رئاسة دورية تتناوب عليها الدول الأعضاء.', 2],
    ['We would be grateful if you could indicate the number of member states of the ARCP, and whether the process has a rotating chair among them.', 2],
    ['ما هي أهداف عملية التشاور العربية الإقليمية، وما أبرز الوثائق التي تصدرها العملية؟', 2],
    ['When and where was the 9th meeting held, and by whom?', 1],
    ['يطيب لي أن أتقدم إليكم بطلب الإفادة بمضمون الموقف العربي بشأن سياسة الجوار الأوروبية، كما أرجو إفادتنا بتاريخ نشر الاتحاد الأوروبي لنتائج المراجعة عام 2015.', 2],
    ['راجياً التكرم بإفادتنا بأبرز ما تضمنه بيان عام 2025 بشأن اللاجئين الفلسطينيين، وكيف تطور موقف العملية من حق العودة منذ عام 2018.', 2],
    // Each further thing to be told of, with its article: «…، وبعدد…، وبالجهة التي…».
    ['يرجى التكرم بإفادتنا بالقرار الذي أُنشئت بموجبه العملية وتاريخ صدوره، وبعدد الدول الأعضاء فيها حالياً، وبالجهة التي تتولى رئاستها.', 3],
    // "In cooperation with" is no further thing asked.
    ['نرجو إفادتنا بمكان انعقاد الاجتماع الاستثنائي الذي نُظّم في يوليو 2017، وبالتعاون مع أي المنظمات.', 1],
  ])('%s → %i question(s)', (letter, count) => {
    expect(letterQuestions(letter)).toHaveLength(count);
  });
});

describe('a question that points back to the sentence before it', () => {
  const note = [
    'Dear Madam Director,',
    '',
    'We understand that the ARCP lists an Arab position on the revised European Neighbourhood Policy among the documents it issues. Could you share the main points of that position?',
    '',
    'Kind regards,',
  ].join('\n');

  it('carries that sentence as its context, and is searched with it', () => {
    const [q] = letterQuestions(note);
    expect(q!.text).toBe('Could you share the main points of that position?');
    expect(q!.context).toMatch(/revised European Neighbourhood Policy/);
    expect(inContext(q!)).toMatch(/^Could you share the main points of that position\? \(We understand/);
  });

  it('takes the mail\'s subject when nothing before it says what it points to', () => {
    const letter = 'السيدة المديرة المحترمة،\n\n1. متى صدر هذا البيان؟\n2. ما أبرز ما تضمنه؟\n\nوتفضلوا بقبول فائق الاحترام،';
    const [first, second] = letterQuestions(letter, { subject: 'بيان اليوم العالمي للاجئين لعام 2025' });
    expect(first!.context).toBe('بيان اليوم العالمي للاجئين لعام 2025');
    // Naming no year of its own, the second is about the subject's year too.
    expect(second!.context).toBe('بيان اليوم العالمي للاجئين لعام 2025');
  });

  it('gives a question that names no meeting or year the one its letter\'s subject names, and leaves one that names its own', () => {
    const letter = 'Dear Sir/Madam,\n\n(a) When and where was the regional consultation held?\n(b) How many people took part?\n(c) What did the 2018 review say?\n\nWith thanks,';
    const [a, b, c] = letterQuestions(letter, { subject: 'Beirut regional consultation, 2017' });
    expect(a!.context).toBe('Beirut regional consultation, 2017');
    expect(b!.context).toBe('Beirut regional consultation, 2017');
    expect(c!.context).toBeUndefined();
    expect(letterQuestions(letter, { subject: 'A question from ESCWA' })[1]!.context).toBeUndefined();
  });

  it('counts a word with its vowel marks as one word: «هل عُقد حضورياً؟» is too short to name its subject', () => {
    const letter = 'سعادة المديرة المحترمة،\n\n1- ما الجهات التي نُظّم الاجتماع السادس بالتعاون معها؟\n2- هل عُقد حضورياً؟\n\nوتفضلوا بقبول فائق الاحترام.';
    const [, second] = letterQuestions(letter, { subject: 'استفسار عن الاجتماع السادس' });
    expect(second!.context).toBe('استفسار عن الاجتماع السادس');
  });

  it('splits "…of the date, and of the number…" («…بتاريخ توقيع المذكرة، وبعدد الدورات…») into two questions', () => {
    const parts = letterQuestions('ترجو الوزارة التكرم بإفادتها بتاريخ توقيع مذكرة التفاهم ومكان توقيعها، وبعدد الدورات التدريبية المنظمة في إطارها.');
    expect(parts).toHaveLength(2);
    expect(parts[1]!.text).toMatch(/^وبعدد الدورات التدريبية/);
  });

  it('gives a joined part that names no year the first part\'s: «…بيان 2024 عن غزة، وهل تطرق لموضوع الأونروا؟»', () => {
    const [first, second] = letterQuestions('ودنا نعرف وش أبرز ما جاء في بيان اليوم العالمي للاجئين لعام 2024 عن غزة، وهل تطرق لموضوع الأونروا؟');
    expect(second!.context).toBe(first!.text);
  });

  it('splits Arabic questions joined in one sentence into parts of three words: its words carry "and" and "it"', () => {
    const parts = letterQuestions('متى عُقد الاجتماع العاشر للعملية، ومن افتتحه رسمياً؟');
    expect(parts.map((p) => p.text)).toEqual(['متى عُقد الاجتماع العاشر للعملية', 'ومن افتتحه رسمياً؟']);
  });

  it('needs none when it names its subject', () => {
    const [q] = letterQuestions('We are preparing a brief. When was the 9th meeting held?');
    expect(q!.context).toBeUndefined();
  });
});

describe('asks with no question mark', () => {
  it.each([
    // "Remind me of…", "send me…", "I need the exact dates": each asks for a fact, though another sentence has the "?".
    ['Please remind me of the number of the decision that created the ARCP. And when did the 4th meeting take place?', 2],
    ['Who opened the 9th meeting? Also send me the number of participants at the Beirut consultation.', 2],
    ['Can you tell me who opened the 11th meeting? And I need the exact dates too, for the minister\'s brief.', 2],
    ['أرجو تزويدي بتاريخ الاجتماع الثامن؟ وذكّرني كذلك بعدد الدول الأعضاء.', 2],
    // A chat ask opening with a question word needs no question mark; a sentence said with a full stop is said.
    ['when was the 8th meeting? which person spoke from IOM', 2],
    ['امتى انعقد الاجتماع الثامن؟ مين حضر من المنظمة الدولية للهجرة', 2],
    // Labelled "1) … 2) …" inside one sentence, with no opening bracket: one question, and the search abstained.
    ['Could you tell me 1) the date of the 7th regular meeting, 2) whether it was held in person or virtually, and 3) who opened it?', 3],
    // «ومين افتتحه»: two words, whose verb takes the first part's meeting; «، ومتى انعقد؟» asks of the first part's answer.
    ['متى انعقد الاجتماع السابع ومين افتتحه؟', 2],
    ['ما آخر اجتماع عادي عقدته العملية، ومتى انعقد؟', 1],
    // …in the Maghreb's and the Gulf's words too («وشنو», «وقداش», «وشحال»): the second ask was dropped unsaid.
    ['متى انعقد الاجتماع الثالث؟ وشنو طلع منه', 2],
    ['متى انعقد الاجتماع الثامن؟ وقداش واحد شارك فيه', 2],
    ['شنو هي تقارير الحالة اللي تصدرها مجموعة العمل؟ وشحال من مليون لاجئ كان في المنطقة', 2],
    ['Thanks. When we met in Cairo we discussed this. Who opened the 9th meeting?', 1],
    // A remark is no question.
    ['Who opened the 9th meeting? Thanks again for the dinner last week.', 1],
  ])('%s holds %i questions', (text, n) => {
    expect(letterQuestions(text)).toHaveLength(n);
  });
});

describe('a question word typed after the question mark', () => {
  it.each([
    ['الاجتماع التاسع؟ امتى', ['الاجتماع التاسع امتى؟']],
    ['9th meeting? when', ['9th meeting when?']],
    // A question and a thank-you stay so.
    ['When was the 9th meeting held? Thanks', ['When was the 9th meeting held?']],
  ])('%s is asked as %j', (text, asked) => {
    expect(letterQuestions(text).map((q) => q.text)).toEqual(asked);
  });
});

describe('a sentence that wants the text of what the question before names', () => {
  it('"I need the complete text." is asked of the statement the question before names', () => {
    expect(letterQuestions('What did the 2023 refugee day statement say? I need the complete text.')).toEqual([
      { label: '1', text: 'What did the 2023 refugee day statement say?' },
      { label: '2', text: 'I need the complete text.', context: 'What did the 2023 refugee day statement say?' },
    ]);
  });
});

describe('a numbered item that names a subject of its own', () => {
  it('is not asked of the event an item before it names («ما الأهداف التي حدّدها عرض الأمانة الفنية للعملية؟» after the 2015 launch)', () => {
    const letter = [
      'نرجو التكرم بإفادتنا بما يلي:',
      'أولاً: في أي مدينة أُعلن الإطلاق الرسمي للعملية خلال عام 2015؟',
      'ثانياً: ما الأهداف التي حدّدها عرض الأمانة الفنية للعملية؟',
      'ثالثاً: ومن افتتح ذلك الاجتماع؟',
    ].join('\n');
    const [, objectives, opener] = letterQuestions(letter);
    expect(objectives).toEqual({ label: 'ثانياً', text: 'ما الأهداف التي حدّدها عرض الأمانة الفنية للعملية؟' });
    expect(opener!.context).toBe('في أي مدينة أُعلن الإطلاق الرسمي للعملية خلال عام 2015؟');
  });
});

describe('a letter of numbered items typed on one line', () => {
  it('asks each item that says "it" of the meeting an item before names, and leaves the closing and signature out', () => {
    const letter = 'الى الامانة الفنية، نرجو التكرم بافادتنا: أولاً: من افتتح الاجتماع السابع. ثانياً: هل عقد حضورياً ام عن بعد. ثالثاً: ما الذي اتفق عليه في نهايته. مع التقدير - نقطة الاتصال';
    expect(letterQuestions(letter)).toEqual([
      { label: 'أولاً', text: 'من افتتح الاجتماع السابع.' },
      { label: 'ثانياً', text: 'هل عقد حضورياً ام عن بعد.', context: 'من افتتح الاجتماع السابع.' },
      { label: 'ثالثاً', text: 'ما الذي اتفق عليه في نهايته.', context: 'من افتتح الاجتماع السابع.' },
    ]);
  });
});

describe('a subject named once and what is asked of it listed after it', () => {
  it.each([
    ['beirut gcm consultation - when, venue, who organised?', 'beirut gcm consultation', ['when', 'venue', 'who organised']],
    ['arab position on the revised ENP - when adopted & content?', 'arab position on the revised ENP', ['when adopted', 'content']],
    ['الاجتماع الأول: متى وأين ومن افتتحه؟', 'الاجتماع الأول', ['متى', 'أين', 'من افتتحه']],
  ])('asks each aspect of the subject: %s', (text, subject, aspects) => {
    expect(letterQuestions(text)).toEqual(aspects.map((a) => ({ label: `${a[0]!.toUpperCase()}${a.slice(1)}`, text: a, context: subject })));
  });

  // A short question naming its subject by an acronym, or ending on a definite noun whose «ة» is written «ه», names it:
  // the framing sentence before it is no context.
  it.each([['I have a question regarding the ARCP. whats the IMRF', 'whats the IMRF'], ['في إطار التحضير لإحاطة البعثة، نراجع سجل العملية. متى اعتُمد الاتفاق العالمي للهجرة؟', 'متى اعتُمد الاتفاق العالمي للهجرة؟']])('asks %s alone', (text, asked) => {
    expect(letterQuestions(text)).toEqual([{ text: asked }]);
  });

  // The preposition said again: one question of two subjects, whose answer spoke of the first alone.
  it.each([
    ['ماذا قال بيان 2024 عن البحرين وعن غزة؟', ['ماذا قال بيان 2024 عن البحرين', 'ماذا قال بيان 2024 عن غزة؟']],
    ['What did the 2024 statement say about Bahrain and about Gaza?', ['What did the 2024 statement say about Bahrain', 'What did the 2024 statement say about Gaza?']],
  ])('asks "about X and about Y" of each: %s', (text, parts) => {
    expect(letterQuestions(text).map((q) => q.text)).toEqual(parts);
  });

  it.each([['9th mtg dates + main topics pls'], ['quick q: 9th mtg dates + main topics pls']])('asks "X + Y" as two parts, the second of the subject the first names: %s', (text) => {
    expect(letterQuestions(text)).toEqual([
      { label: '1', text: '9th mtg dates' },
      { label: '2', text: 'main topics pls', context: '9th mtg dates' },
    ]);
  });

  // Of chat lines with no question mark, the one that asks is the question, not the framing sentence before it.
  it.each([
    ['I have a question regarding the ARCP. define RCP pls, short version', 'define RCP pls, short version'],
    ["Ahead of our mission's briefing, we are reviewing the ARCP record. gfmd 12 ecuador - where did it end up being held and when", 'gfmd 12 ecuador - where did it end up being held and when'],
  ])('asks the line that asks: %s', (text, asked) => {
    expect(letterQuestions(text)).toEqual([{ text: asked }]);
  });

  it.each([['Quick q: when was the 9th meeting held?'], ['what about this: when, where?']])('leaves one question whole: %s', (text) => {
    expect(letterQuestions(text)).toHaveLength(1);
  });

  it('leaves a comparison of two aspects one comparison', () => {
    expect(letterQuestions('compare 1st vs 2nd gcm regional review - format and venue').map((q) => q.text)).not.toContain('venue');
  });
});

describe('what a letter asks after saying what it lacks', () => {
  it('asks after «؛ لذا نرجو…» of the meeting the clause after «غير أن» names, not of the asker\'s whole archive', () => {
    const [asked, ...rest] = letterQuestions('السادة الأمانة الفنية المحترمين،\nتحية طيبة وبعد،\nنعمل على تحديث الجدول الزمني لاجتماعات العملية في أرشيف الوزارة، وقد اكتملت لدينا بيانات معظم الاجتماعات، غير أن الاجتماع العادي الثاني يغيب تماماً عن ملفاتنا؛ لذا نرجو إفادتنا بتاريخه ومكان انعقاده، حتى تكتمل السلسلة من 2015 إلى اليوم.\nمع التقدير');
    expect(rest).toEqual([]);
    expect(asked!.text).toMatch(/^لذا نرجو إفادتنا بتاريخه/);
    expect(asked!.context).toMatch(/^الاجتماع العادي الثاني يغيب/);
    expect(withoutCourtesy(asked!.text)).toBe('تاريخه ومكان انعقاده.');
  });

  it('asks each thing listed before "each of them", each of two set side by side before a colon, and each meeting a chat line numbers before "but what was each"', () => {
    expect(letterQuestions('We are ordering two milestones: the extraordinary meeting of July 2017, and the consultation ESCWA held in Beirut. Please let us have the date of each of them.').map((q) => q.text)).toEqual([
      'Please let us have the date of the extraordinary meeting of July 2017.',
      'Please let us have the date of the consultation ESCWA held in Beirut.',
    ]);
    expect(letterQuestions("IOM's Regional Office is preparing a summary of the Second Regional Review Conference of the GCM (July 2024). We would like to set the emphasis of the League's Secretary-General alongside that of the ESCWA Executive Secretary: what did each of them stress in their remarks?")).toEqual([
      { text: "what did the League's Secretary-General stress in the remarks?", label: '1', context: 'second regional review 2024' },
      { text: 'what did the ESCWA Executive Secretary stress in the remarks?', label: '2', context: 'second regional review 2024' },
    ]);
    // ("each" before a noun asks of every one of those, not of each thing listed before.)
    expect(letterQuestions('We cover two events: the first Global Refugee Forum, and the High-Level Officials Meeting. What did each member state pledge?')).toHaveLength(1);
    expect(letterQuestions('the 8th and the 10th meetings were both on the gcm, but what was each of them prepping states for').map((q) => q.text)).toEqual([
      'what was the 8th meeting prepping states for',
      'what was the 10th meeting prepping states for',
    ]);
  });
});

it('names a session by its compound ordinal and the forum it is of («الدورة الرابعة عشرة للمنتدى العالمي للهجرة والتنمية»)', () => {
  expect(eventOf('يحضّر المكتب ملخصاً عن الدورة الرابعة عشرة للمنتدى العالمي للهجرة والتنمية، وقد وردتنا معلومات متضاربة')).toBe('الدوره الرابعه عشره للمنتدي العالمي للهجره والتنميه');
  expect(eventOf('a note on the 14th GFMD session')).toBe('14th gfmd');
});
