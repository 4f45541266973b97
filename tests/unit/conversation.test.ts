import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppServices } from '../../src/app.js';
import { MemoryChannel } from '../../src/channel/memory-channel.js';
import { ConversationScript, createTestApp } from '../support/test-app.js';

/** Conversation scripts through the core, as any channel drives it (botbuilder TestFlow style). */
describe('a conversation with the assistant', () => {
  let app: AppServices;
  const channel = new MemoryChannel('web');

  /** Each message, said alone in a new conversation, is answered, with text that holds what is expected. */
  const answersEach = (title: string, cases: Array<[string, RegExp]>) =>
    it.each(cases)(title, async (text, expected) => {
      const reply = await new ConversationScript(app).say(text);
      expect(reply.kind).toBe('answer');
      expect(reply.text).toMatch(expected);
    });

  beforeAll(async () => {
    app = await createTestApp();
    app.channels.register(channel);
  });
  afterAll(async () => app.close());

  it('answers an Arabic question about the objectives in Arabic, quoting the corpus with citations', async () => {
    const reply = await new ConversationScript(app).say('ما هي أهداف عملية التشاور العربية الإقليمية؟');
    expect(reply.kind).toBe('answer');
    expect(reply.lang).toBe('ar');
    if (reply.kind !== 'answer') return;
    expect(reply.citations.length).toBeGreaterThan(0);
    expect(reply.citations.map((c) => c.documentId)).toContain('arcp-objectives');
    expect(reply.text).toMatch(/\[1\]/);
    expect(reply.text).toMatch(/الحوار والتعاون بين الدول الأعضاء/);
  });

  it('answers the English question in English', async () => {
    const reply = await new ConversationScript(app).say("What are the ARCP's objectives?");
    expect(reply.kind).toBe('answer');
    expect(reply.lang).toBe('en');
    if (reply.kind !== 'answer') return;
    expect(reply.citations.map((c) => c.documentId)).toContain('arcp-objectives');
    expect(reply.text.toLowerCase()).toContain('dialogue and cooperation');
  });

  it('says plainly there is no established position on an out-of-scope question, and offers the secretariat', async () => {
    const reply = await new ConversationScript(app).say('What will the weather be in Cairo tomorrow?');
    expect(reply.kind).toBe('no-position');
    expect(reply.kind === 'no-position' && reply.offerTicket).toBe(true);
  });

  it('turns a registration request into a ticket with its number, and delivers the staff answer back', async () => {
    const script = new ConversationScript(app);
    const reply = await script.say('Please register our delegation for the next ARCP meeting.');
    expect(reply.kind).toBe('ticket');
    if (reply.kind !== 'ticket') return;
    expect(reply.text).toContain(reply.ticketId);
    const ticket = await app.tickets.get(reply.ticketId);
    expect(ticket?.category).toBe('registration');

    const result = await app.staff.reply(reply.ticketId, 'Enas', 'Your delegation is registered for the 12th meeting.');
    expect(result.delivered).toBe(true);
    const delivered = channel.sent.at(-1)!;
    expect(delivered.ref.conversationId).toBe(script.conversationId);
    expect(delivered.reply.kind).toBe('staff-answer');
    expect(delivered.reply.text).toContain('Your delegation is registered');
  });

  it('reopens the answered ticket when the asker writes again, instead of opening a second one', async () => {
    const script = new ConversationScript(app);
    const first = await script.say('أرجو تسجيل وفد المملكة الأردنية الهاشمية في الاجتماع القادم لعملية التشاور.');
    expect(first.kind).toBe('ticket');
    if (first.kind !== 'ticket') return;
    await app.staff.reply(first.ticketId, 'Enas', 'تم تسجيل الوفد.');
    const again = await script.say('نرجو أيضاً تسجيل عضو إضافي في الوفد نفسه.');
    expect(again).toMatchObject({ kind: 'ticket', ticketId: first.ticketId });
    expect(again.text).toContain(first.ticketId);
    expect((await app.tickets.get(first.ticketId))?.status).toBe('open');
    expect((await app.tickets.list({ conversationId: script.conversationId }))).toHaveLength(1);
  });

  it('answers «وكم عدد الدول المشاركة؟» of the conference asked before, from the record: it was filed as a registration', async () => {
    const script = new ConversationScript(app);
    await script.say('متى عُقد مؤتمر الاستعراض الإقليمي الأول للاتفاق العالمي للهجرة في المنطقة العربية؟');
    const followUp = await script.say('وكم عدد الدول المشاركة؟');
    expect(followUp.kind).toBe('answer');
    expect(followUp.text).toMatch(/18 دولة/);
    expect(await app.tickets.list({ conversationId: script.conversationId })).toHaveLength(0);
  });

  it('reads a short follow-up with the previous question of the conversation', async () => {
    const script = new ConversationScript(app);
    const first = await script.say('ماذا جاء في بيان اليوم العالمي للاجئين لعام 2024؟');
    expect(first.kind).toBe('answer');
    const followUp = await script.say('وفي عام 2019؟');
    expect(followUp.kind).toBe('answer');
    if (followUp.kind !== 'answer') return;
    expect(followUp.citations.map((c) => c.documentId)).toContain('wrd-2019');
  });

  // «انعقد» asks where or when as "held" does in English: the record's «عُقد الاجتماع الثالث… في القاهرة» answers it, not
  // the one sentence that happens to write «انعقد» (the extraordinary meeting the 3rd recommended, with no place).
  it('answers «وين انعقد؟» after a question on the 3rd meeting with where the 3rd meeting was held', async () => {
    const script = new ConversationScript(app);
    await script.say('متى كان الاجتماع الثالث؟');
    const followUp = await script.say('وين انعقد؟');
    expect(followUp.kind).toBe('answer');
    expect(followUp.text.split('\n\n')[0]).toMatch(/الاجتماع الثالث.*القاهرة/);
  });

  // A short turn that leans on the question before with no word that says so: alone, "main topic?" got the help
  // text and «ووش الاجتماع الدولي اللي كان يحضّر له؟» a registration ticket («يحضّر»). A greeting or a thanks stays one.
  it.each([
    ['when was the 7th arcp mtg held?', 'main topic?', /7th meeting reviewed the Global Compact on Refugees/],
    ['امتى كان اول اجتماع استثنائي للعمليه؟', 'ووش الاجتماع الدولي اللي كان يحضّر له؟', /الاجتماع رفيع المستوى للجمعية العامة/],
  ])('answers a short turn of the question before it: %s >> %s', async (first, turn, expected) => {
    const script = new ConversationScript(app);
    await script.say(first);
    const reply = await script.say(turn);
    expect(reply.kind).toBe('answer');
    expect(reply.text).toMatch(expected);
    expect(await app.tickets.list({ conversationId: script.conversationId })).toHaveLength(0);
  });

  // "which states" asks for states as "which countries" does: the GFMD "state-led process", which says "states", led.
  it('answers "and which states co-chaired it?" with the co-chairs of the session asked before', async () => {
    const script = new ConversationScript(app);
    await script.say('Where was the 10th session of the GFMD held?');
    const reply = await script.say('and which states co-chaired it?');
    expect(reply.text.split('\n\n')[0]).toMatch(/co-chaired by Germany and Morocco/);
  });

  it.each([['hi', 'notice'], ['thanks!', 'notice'], ["what's the weather in Cairo?", 'no-position']])('keeps a greeting, a thanks or a question out of scope after a question as it is: %s', async (turn, kind) => {
    const script = new ConversationScript(app);
    await script.say('When was the 9th meeting held?');
    const reply = await script.say(turn);
    expect(reply.kind).toBe(kind);
    expect(reply.text).not.toMatch(/29–30 May 2023/);
  });

  // A please or a thanks around a question, or a salutation before it, leaves it a question: "Thank you for your
  // feedback", the help text or a ticket answered these.
  it.each([['السادة الأفاضل، تحية طيبة وبعد، نرجو إفادتنا: شنو يعني GRF؟ وتفضلوا بقبول فائق الاحترام', /المنتدى العالمي للاجئين/], ['Dear colleagues, I would be grateful if you could let me know: whats the IMRF Best regards', /International Migration Review Forum/], ['شنو يعني GRF وشكراً', /المنتدى العالمي للاجئين/], ['لو سمحت، شنو يعني GRF؟', /المنتدى العالمي للاجئين/], ['Hi team, whats the IMRF Thanks!', /International Migration Review Forum/], ["For a briefing note we're drafting, whats the IMRF", /International Migration Review Forum/]])(
    'answers a question with the courtesy around it: %s',
    async (text, expected) => {
      const reply = await new ConversationScript(app).say(text);
      expect(reply.kind).toBe('answer');
      expect(reply.text).toMatch(expected);
    },
  );

  // A question passed on from a colleague, marked urgent, after a sentence saying who writes, with its purpose in
  // brackets or a thanks for something else after it: each was refused, ticketed or answered of another subject.
  answersEach('answers a question passed on, marked urgent or framed by who writes: %s', [
    ['My colleague asked: "Where did the 10th meeting happen?" Could you help?', /Cairo/],
    ['زميلي يسأل: «وين انعقد الاجتماع التاسع» هل يمكنكم المساعدة؟', /القاهرة/],
    ['URGENT: Who opened the 11th ARCP meeting??', /Fergany/],
    ['عاجل: منو افتتح الاجتماع السابع؟؟', /هيفاء أبو غزالة/],
    ['صباح الخير. أنا نقطة الاتصال من الأردن. إيمتى انطلقت العملية رسمياً وبأي مناسبة؟', /الاجتماع العالمي الخامس/],
    ['What is the CRRF (for the GCM review prep)?', /Annex I of the New York Declaration/],
    ['where was the 12th GFMD summit held in the end Also, thanks for the help last week.', /Quito/],
    ['عايز اعرف ما المبادئ التوجيهية للاتفاق العالمي للهجرة', /السيادة الوطنية/],
    ['One more thing - Do you know whats the IMRF', /every four years/],
  ]);

  // A question wrapped onto a second line, typed with no mark before a signature, labelled "Q:", or with a picture
  // after it: each half of a wrapped one read as a sentence of its own; a line with no mark before a blank line was
  // no sentence at all.
  answersEach('answers a question wrapped, signed, labelled or with a picture after it: %s', [
    ['What did LAS call for at the\nNovember 2021 regional consultations on the GCR?', /joint action/],
    ['منو افتتح\nالاجتماع السابع؟', /هيفاء أبو غزالة/],
    ['where was the 12th GFMD summit held in the end\n\nBest,\nAhmed Saleh\nPermanent Mission of Jordan, Geneva', /Quito/],
    ['Q: what is the HLOM', /High-Level Officials Meeting/],
    ['قارنلي بين الاجتماع السابع والتامن 🙏', /الاتفاق العالمي بشأن اللاجئين/],
  ]);

  // The asker's frame of the asking before a colon or dash, a wish for the one asked, a note verbale's opening and
  // closing around the ask, what to do if the record is silent, an apology before it: each was refused or ticketed.
  answersEach('answers a question inside the asker\'s own frame: %s', [
    ['Following up on my earlier message - roughly how many participants attended the 2017 Beirut consultation on the GCM?', /90/],
    ['طُلب مني التحقق مما يلي: المشاورة الإقليمية بتاعة الـGCM سنة 2017 كانت فين؟', /بيروت/],
    // («وبدي اتأكد»: the asker's wish to make sure is of the asking too.)
    ['عندي عرض بكرة قدام الوكيل وبدي اتأكد: القرار اللي أسس العملية رقمه كم؟', /7833/],
    ['أهلين، إن شاء الله بخير! شنو يعني GRF؟ يعطيكم العافية', /المنتدى العالمي للاجئين/],
    [
      'The Permanent Mission of Jordan to the League of Arab States presents its compliments to the Technical Secretariat of the ARCP and has the honour to request the following information: where was the 12th GFMD summit held in the end The Permanent Mission avails itself of this opportunity to renew to the Technical Secretariat the assurances of its highest consideration.',
      /Quito/,
    ],
    ['where was the 12th GFMD summit held in the end If this is not on record, please let me know who I could ask.', /Quito/],
    ['آسف على الإزعاج مرة ثانية. إيمتى انطلقت العملية رسمياً وبأي مناسبة؟', /الاجتماع العالمي الخامس/],
  ]);

  // A note verbale that asks "would be grateful to receive…", closed on a line of its own: its closing line was
  // searched with it, and every such note was refused. "Start" of a forum, "in a nutshell", "always": each vetoed.
  answersEach('answers a formal note or a chat line whose words the record does not use: %s', [
    // (A sender named at length, with the department in brackets: the frame ran past 200 characters and stayed.)
    [
      'The Permanent Mission of the Kingdom of Saudi Arabia to the League of Arab States presents its compliments to the General Secretariat (Social Affairs Sector – Department of Refugees, Expatriates and Migration Affairs) and would be grateful to receive confirmation of the place and dates of the 9th regular meeting of the ARCP.',
      /29–30 May 2023/,
    ],
    [
      'The Permanent Mission of the Syrian Arab Republic to the League of Arab States presents its compliments to the General Secretariat and would be grateful to receive information on the outcomes of the 3rd regular meeting of the Arab Regional Consultative Process held in May 2017.\nThe Permanent Mission avails itself of this opportunity to renew to the General Secretariat the assurances of its highest consideration.',
      /extraordinary meeting/,
    ],
    ["what's the GFMD in a nutshell - when did it start and is it binding?", /launched in Brussels in 2007/],
    ['has the arcp membership always been 22?', /22 member states/],
    // The year said before the courtesy is the year asked of.
    ['Dear colleagues,\n\nWe are compiling the World Refugee Day statements. For 2021, could you tell us at which meeting the statement was agreed?\n\nThank you,\nMaha', /7th regular meeting.*8 June 2021/],
  ]);

  // Arabic letters and chat as members write them: the salutation «حضرات الزملاء…،» on its own line, the facts
  // needed named («وأحتاج الأرقام التي…»), the reason after «إذ», «هل يمكن توضيح كيف…», «ما طرأ على…» (what
  // changed): each was refused or answered of another subject.
  answersEach('answers an Arabic letter or chat line as members write it: %s', [
    [
      'حضرات الزملاء في إدارة شؤون اللاجئين والمغتربين والهجرة،\nتحية طيبة وبعد،\nأعدّ مذكرة لوزيرنا وأحتاج التاريخ الذي انعقد فيه الاجتماع التاسع.\nولكم جزيل الشكر،\nعمر',
      /29 و30 مايو/,
    ],
    ['السادة في الأمانة الفنية،\nتحية طيبة وبعد،\nهل يمكن توضيح كيف تغيّر اسم الإدارة المسؤولة عن العملية ومتى؟\nمع خالص الشكر', /السياسات السكانية/],
    ['نرجو إفادتنا بما طرأ على الاسم العربي لعملية التشاور العربية الإقليمية منذ إنشائها، إذ ترد في مراسلاتنا القديمة بصيغة أخرى.', /اسم أقصر/],
    // Iraqi «عدكم» (do you have) and «تشتغل» (works on): the dialect's words, in no record.
    ['عدكم قائمة بالمواضيع اللي تشتغل عليها العملية حسب منظمة الهجرة الدولية؟', /هجرة الكفاءات/],
  ]);

  // As a ministry or a mission writes to the secretariat: a note verbale («تهدي … تحياتها…، وتتشرف بأن تطلب تأكيد…»),
  // the asker's own work before a comma and what it is for, a definition asked of a thing before what is asked of
  // it by a pronoun, «نبي منكم…», and the shape of the answer spelled out ("(day, month and city)"). Each was refused.
  answersEach('answers a note verbale, a request after the asker\'s work or a definition asked before its questions: %s', [
    [
      'تهدي سفارة دولة الكويت لدى جامعة الدول العربية تحياتها إلى الأمانة الفنية لعملية التشاور العربية الإقليمية، وتتشرف بأن تطلب تأكيد تاريخ انعقاد الاجتماع التاسع لعملية التشاور.\nوتغتنم السفارة هذه المناسبة لتعرب عن فائق احترامها وتقديرها.',
      /29 و30 مايو/,
    ],
    ['أين ومتى عُقد الاجتماع التاسع بالتحديد (اليوم والشهر والمدينة)؟', /29 و30 مايو\/أيار 2023 بمقر الأمانة العامة لجامعة الدول العربية في القاهرة/],
    ['نحضّر كلمة لمعالي الوزير بمناسبة اليوم العالمي للاجئين، ونرجو تأكيد متى صدر بيان عام 2019.', /19 يونيو\/حزيران 2019/],
    [
      'السادة الأمانة الفنية،\nنحتاج إلى تعريف موجز بالمنتدى العالمي للاجئين لإدراجه في ورقة خلفية: ما هو، وكل كم سنة يُعقد؟\nمع الشكر',
      /آلية المتابعة الرئيسية للاتفاق العالمي بشأن اللاجئين، ويُعقد كل أربع سنوات/,
    ],
    ['السادة الأمانة الفنية،\nنبي منكم لو تكرمتم قائمة أهداف عملية التشاور، وكم عددها بالضبط.\nوشكراً', /ستة أهداف/],
    // Who said it after the verb («يرى بعض الزملاء… أن»), and the check asked with what it is for.
    ['يرى بعض الزملاء في البعثة أن الاجتماع التاسع عُقد في عمّان.\nنأمل التأكد من صحة ذلك قبل إدراجه في مذكرتنا.', /^لا، ليس في عمان، بحسب السجل:.*القاهرة/s],
    ['تناقش لجنة الشؤون الخارجية في البرلمان الانضمام إلى التزامات دولية، وقد تساءل بعض الأعضاء: هل الاتفاق العالمي للهجرة ملزم قانونياً؟', /غير ملزم قانونياً/],
  ]);

  // «أبرز ما حذّر منه…» asks a list of what was said: the sentence of the warning leads, not the list of persons that
  // names the speaker (its evidence of a list led).
  it('answers what the Secretary-General warned of with the warning, not a list naming him', async () => {
    const reply = await new ConversationScript(app).say('ما أبرز ما حذّر منه الأمين العام للجامعة في الاجتماع الاستثنائي لعملية التشاور في أغسطس 2016؟');
    expect(reply.kind).toBe('answer');
    expect(reply.text).toMatch(/^«حذّر الأمين العام لجامعة الدول العربية في الاجتماع الاستثنائي من أن موجات النزوح/);
    expect(reply.text).not.toMatch(/الأشخاص الذين تذكرهم المصادر/);
  });

  // Where the answer will go («بدي حطها بسلايد»), the asker's occasion («بمناسبة تسلّمي مهامي…،»), «أودّ الاطلاع على…»,
  // "as the deck sets them out" («كما يحددها عرضها»), and a note verbale that refers to a meeting, then asks of "that
  // meeting" to complete its archive: each was refused.
  answersEach('answers a request with where it will go, the asker\'s occasion or the record it completes: %s', [
    ['عطيني أهداف العملية الستة باختصار، بدي حطها بسلايد', /ستة أهداف/],
    ['بمناسبة تسلّمي مهامي في بعثة الجامعة في جنيف، أودّ الاطلاع على أدوار الأمانة الفنية للعملية كما يحددها عرضها التعريفي.', /أدوار الأمانة الفنية لعملية التشاور/],
    [
      'تهدي سفارة دولة ليبيا لدى جمهورية مصر العربية أطيب تحياتها إلى الأمانة العامة لجامعة الدول العربية،\nوتتشرف بالإشارة إلى الاجتماع الخامس لعملية التشاور العربية الإقليمية المنعقد في القاهرة عام 2019، وترجو التكرم بتزويدها ببنود جدول أعمال ذلك الاجتماع لاستكمال ملف الأرشيف لدى الجهات المختصة.\nوتغتنم السفارة هذه المناسبة لتعرب عن فائق تقديرها واحترامها.',
      /جدول أعمال الاجتماع الخامس/,
    ],
  ]);

  // A belief in brackets beside the question, and "I need the figure…": the aside's number matched "5.6 million" and
  // another list of objectives led; "need" was searched and vetoed the answer.
  answersEach('answers a chat question with the asker\'s aside or need around it: %s', [
    ['list the ARCP objectives pls (there are 6 i think)', /^«The six objectives of the ARCP/],
    ['I need the figure for migrants+refugees hosted in the arab region that Abul Ghait gave at the 2nd GCM regional review in 2024', /41\.4 million migrants and refugees/],
  ]);

  // A ministry's own work in the third person, what a document gives asked for ("the agenda items of…", not the
  // agenda itself), and a closing "With appreciation," over a signature naming a director: a registration, a
  // document request and a wish to reach a person were ticketed.
  answersEach('answers an English letter whose frame reads as a request for staff: %s', [
    [
      'Dear Secretariat,\nThe Ministry of Labour of Jordan is preparing a file on our past participation in the Process.\nWe would appreciate the agenda items of the 5th regular ARCP meeting.\nWith appreciation,\nLaila Haddad, Director of International Cooperation',
      /Agenda of the 5th meeting/,
    ],
    // …but "What did the Director of the Department say…?" asks what was said, not whether it is true.
    ["What did the Director of the Department say about irregular migration across the Mediterranean when opening the ARCP's 3rd regular meeting?", /^«Opening the 3rd meeting, Enas El-Fergany[^»]*mixed nature/],
    // Who states the claim after a clause of the asker's ("In the draft of our report, the Department for Migration of …
    // states that…"), and the check asked with what it is for ("…before we finalise the text?").
    [
      'Dear Secretariat,\nIn the draft of our annual report, the Department for Migration of the Kingdom of Bahrain states that the second regional review conference of the GCM in the Arab region was, like the first, held online.\nCould you confirm whether this is correct before we finalise the text?\nRegards',
      /first regional review held in person/,
    ],
    ['Dear colleagues,\nOur new focal point is preparing to take up her duties.\nIt would assist her to know what roles the ARCP technical secretariat performs.\nWith appreciation,\nOmar Said, Director of Consular Affairs', /Send ARCP documents to the relevant UN bodies/],
  ]);

  // A claim a colleague, a minister or an old briefing made, put to be checked on the same line or in a sentence of
  // its own after it: the words of who said it and of the check were searched, or the check stood alone as the
  // question, and each was refused.
  answersEach('answers a claim someone else made, put to be checked: %s', [
    ['My colleague says the 9th meeting was held in Amman. Is that right?', /not in Amman.*Cairo/s],
    ["our delegation's briefing states that the GCM is legally binding. Can you confirm?", /non-legally binding/],
    ['The minister thinks the ARCP has 18 member states, which is why our note says so. Is that correct?', /not 18.*22 member states/s],
    ['زميلتي بتقول إنو الاجتماع التاسع انعقد في عمّان، هالحكي مزبوط؟', /ليس في عمان.*القاهرة/s],
    ['في ناس بيقولوا إن الاتفاق العالمي للهجرة ملزم قانونياً. صحيح هالكلام؟', /غير ملزم قانونياً/],
    ['مزبوط إنو الاجتماع العاشر كان أونلاين؟', /بمقر الأمانة العامة لجامعة الدول العربية في القاهرة/],
    // The year alone after the act, another year set against it, and «هو كلامه صح ولا غلط؟» (refused: «ليس» was searched).
    ['في زميل بيقول إن ARCP اتأسست 2015 مش 2014، هو كلامه صح ولا غلط؟', /^لا، ليس عام 2015، بحسب السجل:.*2014/s],
    ['is it true the ARCP was founded in 2015, not 2014?', /^No, not in 2015, according to the record:.*2014/s],
  ]);

  // A frequency put to be checked, or asked «في السنة»: «مرتين» vetoed the answer, and the "ninth annual meeting" or
  // the GCM's reviews every four years led.
  answersEach('answers how often the ARCP meets, asked or put to be checked: %s', [
    ['Is it true that the ARCP meets three times a year?', /^«The ARCP holds one regular meeting a year/],
    ['العملية بتجتمع مرتين بالسنة صح؟', /^«تعقد عملية التشاور العربية الإقليمية اجتماعاً سنوياً/],
    ['كم مرة تجتمع العملية في السنة؟', /^«تعقد عملية التشاور العربية الإقليمية اجتماعاً سنوياً/],
  ]);

  // "Could you outline the main milestones?" after the subject of the asker's paper: searched alone, it was refused.
  it('answers a question of a kind alone after the sentence that names its subject, as a timeline', async () => {
    const reply = await new ConversationScript(app).say(
      "We are drafting a paper on how the World Refugee Day statements' language on UNRWA evolved since 2017. Could you outline the main milestones?",
    );
    expect(reply.kind).toBe('answer');
    expect(reply.text).toMatch(/^2017 — .*UNRWA/);
    expect(reply.text).toMatch(/2025 — «The 2025 statement rejected any attempt to reduce, abolish or replace UNRWA/);
  });

  // A comparison asked for with a request's verb and the asker's use of it after a comma: a ticket for a document,
  // and "for inclusion in our annual report" searched with it.
  it.each([
    ['أرجو تزويدي بمقارنة سريعة بين المنتدى العالمي الأول للاجئين والمنتدى الثاني من حيث عدد التعهدات، لإدراجها في تقرير داخلي.', /770 تعهداً[^]*1600 تعهد/],
    ['Could you give me a quick comparison of the first and second Global Refugee Forums in terms of pledges, for inclusion in our annual report?', /770 pledges[^]*1,600 pledges/],
  ])('answers a comparison asked for as a document, with its purpose after it: %s', async (text, expected) => {
    const script = new ConversationScript(app);
    const reply = await script.say(text);
    expect(reply.kind).toBe('answer');
    expect(reply.kind === 'answer' && reply.coverage).not.toBe('partial');
    expect(reply.text).toMatch(expected);
    expect(await app.tickets.list({ conversationId: script.conversationId })).toHaveLength(0);
  });

  // Who "heads" a department is its director in the record's words: "heads" found the Head of the Social Affairs
  // Sector, and «بيرأس» the League that chairs the ARCP.
  answersEach('answers who heads a department with its director: %s', [
    // ("These days": the latest record that names her, the 11th meeting's.)
    ['who runs the refugees, expatriates and migration affairs dept these days?', /^«The 11th meeting was opened by Minister Plenipotentiary Enas El-Fergany, Director of the Department of Refugees/],
    ['مين بيرأس إدارة شؤون اللاجئين والمغتربين والهجرة حالياً؟', /إيناس الفرجاني، مديرة إدارة شؤون اللاجئين/],
  ]);

  // «انطلق» (set off) of a forum is the record's «أُطلق» (was launched): the 10th GFMD session's date answered.
  answersEach('answers when a forum was launched, asked with «انطلق»: %s', [
    ['متى انطلق المنتدى العالمي للهجرة والتنمية؟', /أُطلق المنتدى العالمي للهجرة والتنمية عام 2007 في بروكسل/],
  ]);

  // What a paper said, asked of one the record holds only by its title and the meeting that issued or discussed it:
  // the quotes that name it read as an answer; the record's own note that its content is not held is said beside them.
  it.each([
    ['What did the 2017 Arab position paper say about the social contract theme?', /do not hold[^]*The content of the Arab position paper on the themes of the 10th GFMD session is not in this corpus/],
    ['شو أبرز الرسائل اللي تضمنها الموقف العربي من محاور الدورة الثانية عشرة للمنتدى العالمي للهجرة والتنمية؟', /ما لا تتضمنه الوثائق المتاحة لدينا[^]*مضمون الموقف العربي الذي أُعدّ للدورة الثانية عشرة/],
  ])('says the content of a paper asked about is not on record: %s', async (text, expected) => {
    const reply = await new ConversationScript(app).say(text);
    expect(reply.kind === 'answer' && reply.coverage).toBe('partial');
    expect(reply.text).toMatch(expected);
  });

  // A place after what a noun is for names which event ("the paper for the 2017 GFMD session in Berlin"): read as a
  // place taken for granted, the paper issued in Cairo was answered "Not in Berlin".
  it('takes no place for granted that only names which event a paper was for', async () => {
    const reply = await new ConversationScript(app).say('What were the main messages of the Arab paper for the 2017 GFMD session in Berlin?');
    expect(reply.kind).toBe('answer');
    expect(reply.text).toMatch(/Arab position paper on the themes of the 10th session/);
    expect(reply.text).not.toMatch(/Not in Berlin/);
  });

  it('answers a follow-up of a time alone as the question before at that time', async () => {
    const script = new ConversationScript(app);
    await script.say('كم اجتماعاً عادياً عقدت العملية عندما أُعدّ العرض؟');
    const reply = await script.say('وبحلول مايو 2025؟');
    expect(reply.kind).toBe('answer');
    expect(reply.text).toMatch(/أحد عشر اجتماعاً عادياً/);
  });

  it('answers «وبالسنة اللي قبلها؟» as the question before, of the meeting a year earlier', async () => {
    const script = new ConversationScript(app);
    await script.say('الاجتماع الحادي عشر ركّز على شو؟');
    const reply = await script.say('وبالسنة اللي قبلها؟');
    expect(reply.kind).toBe('answer');
    expect(reply.text).toMatch(/^«ركّز الاجتماع العاشر/);
  });

  // "the 2nd one" after a question on the first GCM regional review conference is the second conference.
  it('answers a follow-up that ranks "one" of what the question before named', async () => {
    const script = new ConversationScript(app);
    await script.say('when was the 1st gcm regional review conf for the arab region?');
    const reply = await script.say('and who took part in the 2nd one?');
    expect(reply.kind).toBe('answer');
    expect(reply.text).toMatch(/^2024 — «IOM, ESCWA and LAS co-organised the second regional review conference/);
  });

  // "and the 2023 one?" asked in the same message leans on the question before it as a next turn would; a figure
  // said beside a target year ("…resettle one million refugees by 2030") is still the forum's own.
  it('answers a second question of one message that leans on the first as its follow-up', async () => {
    const reply = await new ConversationScript(app).say('GRF 2019 how many pledges? and the 2023 one?');
    expect(reply.kind).toBe('answer');
    expect(reply.kind === 'answer' && reply.coverage).not.toBe('partial');
    expect(reply.text).toMatch(/\*\*1\.\*\* [^]*770 pledges[^]*\*\*2\.\*\* (?:2023 — )?«The second GRF received more than 1,600 pledges/);
    expect(reply.text).not.toMatch(/2019 — «The second GRF/);
  });

  it('reads «تمام،» or "great," before a follow-up as taking the turn, not as its subject', async () => {
    const script = new ConversationScript(app);
    await script.say('مين افتتح الاجتماع الخامس سنة 2019؟');
    const reply = await script.say('تمام، وكان إيه جدول أعماله؟');
    expect(reply.kind).toBe('answer');
    expect(reply.text).toMatch(/جدول أعمال الاجتماع الخامس/);
  });

  // An ordinal written as its number, as chat writes it: each was answered of another meeting or refused.
  it.each([
    ['Where did the 10 meeting happen?', /10th regular meeting/],
    ['where was the 12 GFMD summit held in the end', /Quito/],
    ['منو افتتح الاجتماع رقم 7؟', /السابع/],
  ])('reads a meeting named by its number: %s', async (text, expected) => {
    const reply = await new ConversationScript(app).say(text);
    expect(reply.kind).toBe('answer');
    expect(reply.text.split('\n\n')[0]).toMatch(expected);
  });

  // How a position was put: "describe" asks for the sentence that describes ("LAS welcomed the adoption…" led), and a
  // second ask joined by «، وبأي…» is a question of its own.
  answersEach('answers how a body described what it spoke of: %s', [
    ['how did the LAS General Secretariat describe the GCM in its statement of 18 December 2018?', /^«LAS described the GCM as the first comprehensive international instrument on migration\.»/],
    // "characterise" is "describe" (the welcome led).
    ['How did LAS characterise the GCM in its International Migrants Day statement of Dec 2018?', /^«LAS described the GCM as the first comprehensive international instrument on migration\.»/],
    ['بيان الجامعة في يوم المهاجر الدولي 2018 وصف الـGCM بإيه؟', /^«وصفت جامعة الدول العربية الاتفاق العالمي للهجرة بأنه أول صك دولي شامل/],
    ['كيف وصفت الأمانة العامة لجامعة الدول العربية الاتفاق العالمي للهجرة في بيانها بمناسبة اليوم الدولي للمهاجرين 2018، وبأي غاية من أهداف التنمية المستدامة ربطته؟', /^\*\*1\.\*\* «وصفت جامعة الدول العربية[^]*\*\*2\.\*\* «ربطت جامعة الدول العربية الاتفاق العالمي للهجرة بالهدف 10\.7/],
  ]);

  // "Axes" is how «محاور» is put in English; the record says "themes" (the glossary's thematic areas). Unknown, the
  // word left the meeting's dates to answer.
  it('answers "the main axes of the Arab position" with the themes on record', async () => {
    const reply = await new ConversationScript(app).say('What were the main axes of the Arab position adopted at the August 2016 extraordinary meeting?');
    expect(reply.text).toMatch(/The root causes of large movements of refugees\.[^»]*Responsibility-sharing for refugees/);
  });

  // "pls list its roles" after a question is a second ask, as "please list…" is (it was dropped, and the roles with it).
  it('answers a hurried "pls list…" after a question as an ask of its own', async () => {
    const reply = await new ConversationScript(app).say('What is the ARCP technical secretariet supposed to do once a meeting has adopted its documents? pls list its roles');
    expect(reply.text).toMatch(/\*\*2\.\*\* «Roles of the ARCP technical secretariat\nSend ARCP documents[^»]*New York and Geneva/);
  });

  // "Where does X stand on…" asks a position: typed "where", the League's 2000 agreement with UNHCR, signed in New
  // York, led on UNRWA, and the date of the 9th meeting on return.
  answersEach('answers where a body stands as its position: %s', [
    ['where does the League stand on UNRWA?', /^2020 — «The 2020 statement called for support to UNRWA/],
    ['Where does the ARCP stand on the voluntary return of refugees?', /^(?:\d{4} — )?«ARCP and LAS positions on the GCR repeatedly call for[^»]*return in safety and dignity\.»/],
  ]);

  // "the LAS SG": the glossary's Secretary-General of the League, who the record calls "the Secretary-General".
  answersEach('answers of an office named by its acronym: %s', [
    ['what did the LAS SG say about the numbers of migrants at the 2nd GCM regional review?', /^«The Secretary-General said the Arab region hosts 41\.4 million migrants/],
  ]);

  // A change asked across records named by their years or numbers: no one passage names them all, so two of different
  // documents read together decide whether to answer (as for a comparison); years listed after a range are in it.
  answersEach('answers a change asked across named records, a line for each: %s', [
    ['how has the LAS figure for palestine refugees changed across WRD 2020, WRD 2021 and the 9th meeting?', /^2020 — «The 2020 statement said[^»]*5\.4 million Palestine refugees[^]*\n2021 — «Abu Ghazaleh noted[^»]*5\.6 million/m],
    ['كيف تطوّر عدد اللاجئين الفلسطينيين الذي ذكرته الجامعة العربية بين 2020 و2021 و2023؟', /^2023 — «قالت هيفاء أبو غزالة/m],
    // Records of two kinds (the statements, a meeting named by number): the meeting's own figure is a line, and each
    // line says the figure of what was counted, not the statement's other points.
    [
      'How has the LAS figure for Palestine refugees changed from the 2020 WRD statement to the 2021 celebration and the 9th meeting in 2023?',
      /^2020 — «The 2020 statement said[^»]*5\.4 million Palestine refugees[^»]*» \[1\]\n\n2021 — «[^»]*5\.6 million Palestine refugees[^»]*» \[2\]\n\n2023 — «Opening the 9th meeting[^»]*5\.9 million Palestine refugees/,
    ],
    ['كيف تغيّر عدد اللاجئين الفلسطينيين الذي ذكرته الجامعة بين بيان اليوم العالمي للاجئين 2020 واحتفالية 2021 والاجتماع التاسع 2023؟', /^2020 — «ذكر بيان عام 2020[^»]*5\.4 ملايين[^]*\n2021 — «أشارت أبو غزالة[^»]*5\.6 ملايين[^]*\n2023 — «قالت هيفاء أبو غزالة[^»]*5\.9 ملايين/],
  ]);

  // Letters: an ask that names its subject by a pronoun alone after the sentence that names it ("its date of adoption and
  // what it launched"), an ask opened "In particular,", "…confirm whether…" (a yes/no question), "the main milestones"
  // (a timeline). Each was refused; SDG target 10.7 "of the Sustainable Development Goals" was answered as their list.
  answersEach('answers what a letter asks around its subject: %s', [
    ['Dear colleagues,\nWe plan to refer to the New York Declaration for Refugees and Migrants in a statement.\nCould you kindly confirm its date of adoption and what it launched?\nBest regards,\nNadia Karim', /^«The high-level meeting adopted the New York Declaration .* on 19 September 2016/],
    ['Dear colleagues,\nOur delegation is reviewing the World Refugee Day messages.\nIn particular, how did the 2024 ARCP statement differ from the 2018 one in what it emphasised?\nKind regards', /security and support for refugees[^]*resolution 194/],
    ['To the Technical Secretariat,\nOur note lists 21 members and one suspended member for the ARCP.\nWe would be grateful if you could confirm whether that suspended member was Syria.\nRegards', /one suspended member without naming it[^]*this is uncertain/],
    ["Excellency,\nWe are drafting a background paper on the GCM.\nWe would be grateful if you could outline the main milestones of the ARCP's work on the GCM from the preparatory phase to the second regional review.\nWith highest consideration", /^2016 — [^]*\n2024 — .*second regional review conference/m],
    ['ماذا ينص الهدف 10.7 من اهداف التنميه المستدامه؟', /سياسات هجرة حسنة الإدارة/],
    // A chat line that names its subject, then asks of "it" (it was read as out of scope and never searched).
    ["target 10.7 - what's it about, in one line", /^«Sustainable Development Goal target 10.7 calls for/],
  ]);

  // Numbered asks: the closing after the last ("Thank you for your kind assistance." and a signature) is no part of it;
  // an item that names nothing but by a pronoun is of the meeting named before the list, or of the items before it.
  it.each([
    [
      'To the Technical Secretariat,\nWe are preparing a note on the 9th regular meeting.\n1) When was it held?\n2) Who opened it?\nThank you for your kind assistance.\nLayla Ahmed\nCounsellor, Ministry of Foreign Affairs, Amman',
      /^\*\*1\.\*\* «The 9th regular meeting[^»]*29–30 May 2023[^]*\*\*2\.\*\* «Opening the 9th meeting, Haifa Abu Ghazaleh/,
    ],
    [
      'Dear colleagues,\nCould you kindly confirm:\n1) on what dates the ARCP was officially launched;\n2) at which event;\n3) how many officials took part in that event?\nMany thanks in advance,\nOmar Said\nIOM Cairo',
      /\*\*3\.\*\* (?:2015 — )?«About 70 officials from 15 regional consultative processes on migration took part in the 5th Global RCP Meeting\.»/,
    ],
  ])('answers each numbered ask of a letter of what it is about: %s', async (text, expected) => {
    const reply = await new ConversationScript(app).say(text);
    expect(reply.kind).toBe('answer');
    expect(reply.text).toMatch(expected);
  });

  // Arabic letters' frames around the ask: «نودّ لأغراض … أن نعرف», «في سياق إعداد كتيّب…،», «يطلب منا … تعريفاً موجزاً
  // بـ…», and the use of the answer after it («، تمهيداً لمشاركته…», «، لنُدرجها في…»). Each was searched with its
  // frame (refused, or the wrong objectives) or ticketed as a registration or a submission.
  answersEach('answers an Arabic letter whatever frames its ask: %s', [
    ['السادة الأمانة الفنية المحترمين،\nنودّ لأغراض إعداد مذكرة داخلية أن نعرف أهداف عملية التشاور العربية الإقليمية.\nوتفضلوا بقبول فائق الاحترام', /^«أهداف عملية التشاور العربية الإقليمية/],
    ['في سياق إعداد كتيّب عن العملية، نرجو التكرم بتلخيص ما دعا إليه بيان عام 2019.', /^«أكد بيان عام 2019/],
    ['تحية طيبة وبعد،\nيطلب منا سعادة السفير تعريفاً موجزاً بالمنتدى العالمي للاجئين، تمهيداً لمشاركته في اجتماع قادم.\nمع التقدير', /^«المنتدى العالمي للاجئين هو آلية المتابعة الرئيسية للاتفاق العالمي بشأن اللاجئين/],
    ['نرجو إفادتنا بالجهات التي نظمت مؤتمر الاستعراض الإقليمي الثاني، لنُدرجها في تقريرنا السنوي.', /^«نظّمت المنظمة الدولية للهجرة واللجنة الاقتصادية والاجتماعية لغربي آسيا/],
  ]);

  // What members add around a question in mail and chat: their own work before it, how to reply, "no rush", an
  // apology, whom they ask for, "does anyone know", a subject line before a dash, a decimal in the question.
  answersEach('answers a question with what members add around it: %s', [
    ['We are updating our records on the ARCP. Is the GCM legally binding? Many thanks for your help with this.', /non-legally binding/],
    ['where was the 12th GFMD summit held in the end Please reply by email.', /Quito/],
    ['how many countries are members of the ARCP No rush. Sorry if this was already asked.', /22 member states/],
    ['What does SDG target 10.7 say (asking on behalf of our Ambassador)?', /responsible/],
    ['حدا بيعرف منو افتتح الاجتماع السابع؟', /هيفاء أبو غزالة/],
    ['بخصوص العملية - المشاورة الإقليمية بتاعة الـGCM سنة 2017 كانت فين؟', /بيروت/],
  ]);

  it('reads «رقم» before a meeting\'s number as saying it is one, not as a word to find («القرار رقم 7833»)', async () => {
    const reply = await new ConversationScript(app).say('حدا بيعرف منو افتتح الاجتماع رقم 7؟');
    expect(reply.text).toMatch(/هيفاء أبو غزالة/);
    expect(reply.text).not.toMatch(/7833/);
  });

  it('answers a comparison that names both its sides as asked, not against the question before', async () => {
    const script = new ConversationScript(app);
    await script.say('متى انعقد الاجتماع التاسع؟');
    const reply = await script.say('وش الفرق بين الاستعراض الإقليمي الأول والثاني للـGCM؟');
    expect(reply.text).toMatch(/عبر الإنترنت/);
    expect(reply.text).not.toMatch(/29 و30 مايو/);
  });

  it('still files a wish to reach the secretariat after a sentence saying who writes', async () => {
    const reply = await new ConversationScript(app).say('صباح الخير. أنا نقطة الاتصال من الأردن. أريد التحدث مع أحد الموظفين.');
    expect(reply.kind).toBe('ticket');
  });

  it('processes a message once: a retry of the same id gets no second answer', async () => {
    const script = new ConversationScript(app);
    const msg = script.message('ما هي أهداف عملية التشاور العربية الإقليمية؟');
    expect((await app.turns.handle(msg)).fresh).toBe(true);
    expect((await app.turns.handle(msg)).fresh).toBe(false);
    expect((await app.conversations.transcript(`web:${script.conversationId}`)).filter((m) => m.direction === 'out')).toHaveLength(1);
  });

  it('"Ask the secretariat" under the first answer files the first question, though another was asked since', async () => {
    const script = new ConversationScript(app);
    const first = await script.say('ما هي أهداف عملية التشاور العربية الإقليمية؟');
    await script.say('What is the Arab position on the Global Compact for Migration?');
    const ticket = await script.say('', { action: { type: 'ask-secretariat', replyId: first.replyId } });
    expect(ticket.kind).toBe('ticket');
    if (ticket.kind !== 'ticket') return;
    expect((await app.tickets.get(ticket.ticketId))?.question).toBe('ما هي أهداف عملية التشاور العربية الإقليمية؟');
  });

  it('"Ask the secretariat" under a 👎 offer files the question of the answer the offer was about', async () => {
    const script = new ConversationScript(app);
    const answer = await script.say('What are the objectives of the ARCP?');
    const offer = await script.say('', { action: { type: 'feedback', replyId: answer.replyId!, helpful: false } });
    await script.say('Who chairs the ARCP meetings?');
    const ticket = await script.say('', { action: { type: 'ask-secretariat', replyId: offer.replyId } });
    expect(ticket.kind === 'ticket' && (await app.tickets.get(ticket.ticketId))?.question).toBe('What are the objectives of the ARCP?');
  });

  it('keeps an audit record of every reply with the passages and document versions used', async () => {
    const reply = await new ConversationScript(app).say('ما هي أهداف عملية التشاور العربية الإقليمية؟');
    const audit = await app.audit.get(reply.replyId!);
    expect(audit?.kind).toBe('answer');
    expect(audit?.passages.length).toBeGreaterThan(0);
    expect(audit?.passages[0].contentHash).toMatch(/^[0-9a-f]{64}$/);
  });
});
