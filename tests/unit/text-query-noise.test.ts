import { describe, expect, it } from 'vitest';
import { expandAbbreviation } from '../../src/text/abbreviations.js';
import { withoutFramingPhrases } from '../../src/text/framing-phrases.js';
import { isFormatCue, isQueryNoise } from '../../src/text/query-noise.js';
import { tokenize } from '../../src/text/tokenize.js';

const noise = (text: string) => tokenize(text).filter(isQueryNoise);

describe('words that frame a question', () => {
  it('are the question and meta words of both languages', () => {
    expect(noise('How has the position evolved? compare, is it correct')).toEqual(['position', 'evolved', 'compare', 'correct']);
    expect(noise('كيف تطور موقف العملية؟ بدي أعرف بالضبط')).toEqual(['تطور', 'موقف', 'بدي', 'اعرف', 'بالضبط']);
  });

  it('are never a topic: climate change, human rights, the needs of refugees', () => {
    expect(noise('climate change and human rights, the needs of refugees')).toEqual([]);
    expect(noise('تغير المناخ وحقوق الإنسان')).toEqual([]);
  });

  it('include the verb that asks what a meeting took up, but not the discussion that is a subject', () => {
    expect(noise('What did the 8th meeting discuss? Kindly advise which agencies co-organised it')).toEqual(['what', 'discuss', 'kindly', 'advise', 'co']);
    expect(noise('a philosophical discussion of force')).toEqual([]);
    // "How has it progressed?" asks for a timeline (it was refused); the Progress Declaration is a document.
    expect(noise('How has Arab participation progressed? The IMRF Progress Declaration')).toEqual(['progressed']);
  });

  it('leave out «كم مرة… لحد الآن», which found «المرة الأولى»', () => {
    expect(withoutFramingPhrases('كم مرة اجتمعت العملية لحد الآن؟')).toBe('كم اجتمعت العملية ؟');
  });

  it('include "ever", "anything", "something" and "else", which no document says ("did the ARCP adopt anything on the GCR?" was refused)', () => {
    expect(noise('has the arcp ever adopted anything on the gcr, or something else')).toEqual(['ever', 'anything', 'something', 'else']);
  });

  it('include the present a question is asked in ("currently", «حالياً», «دلوقتي»), but not "the current situation"', () => {
    expect(noise('how many member states does the arcp currently have')).toEqual(['currently']);
    expect(noise('كم عدد الدول الأعضاء في العملية حالياً، ومين بيرأسها دلوقتي')).toEqual(['حاليا', 'دلوقتي']);
    expect(noise('the current situation of unrwa')).toEqual([]);
  });

  it('include «موقف» with "your" on it and «ذكرته» as written, but not «ذكرت أن» (stated that), the anniversary «الذكرى», nor words that end like a pronoun', () => {
    expect(noise('ما موقفكم وشو موقفكن ومواقفهم من العدد الذي ذكرته الجامعة')).toEqual(['موقفكم', 'موقفكن', 'ومواقفهم', 'ذكرته']);
    expect(noise('في الذكرى السنوية ذكرت الهيئة أن لبنان مشترك، والسواكن')).toEqual([]);
  });

  it('include a framing word with a preposition written on it («لسنة 2023»), but not a word that only begins like one', () => {
    expect(noise('البيان السنوي لسنة 2023 اتكلم عن السودان')).toEqual(['لسنه']);
    expect(noise('بيان لبنان بشأن الكلمة')).toEqual([]);
  });

  it('include the request to be sent something, as Egypt and the Levant say it («تبعتولي», «ابعتلنا»)', () => {
    expect(noise('ممكن تبعتولي أهم نقاط بيان 2018')).toEqual(['ممكن', 'تبعتولي']);
  });
});

describe('the spoken dialects\' function words', () => {
  it('are no subject («إنو», «متل», «زي», «كمان»), unlike the words MSA shares («مثل», «دول», «عادي»)', () => {
    expect(noise('صح إنو الرئاسة بتدور متل باقي العمليات')).toEqual(['صح', 'انو', 'متل', 'باقي']);
    expect(noise('الدول الأعضاء في اجتماع عادي مثل هذا')).toEqual([]);
  });
});

describe('abbreviations of quick English questions', () => {
  it('stand for the word the collection spells out', () => {
    expect(expandAbbreviation('dept')).toBe('department');
    expect(expandAbbreviation('mtg')).toBe('meeting');
    expect(expandAbbreviation('xmtg')).toBe('extraordinary meeting');
    expect(expandAbbreviation('repped')).toBe('represented');
    expect(expandAbbreviation('migration')).toBeUndefined();
  });
});

describe('framing phrases and format cues', () => {
  it('read "was … hold" as held, but not an act still to come ("is the ARCP going to hold a meeting")', () => {
    expect(withoutFramingPhrases('Was the 7th meeting hold in person?')).toBe('Was the 7th meeting held in person?');
    expect(withoutFramingPhrases('where was hold the 9th meeting?')).toBe('where was held the 9th meeting?');
    expect(withoutFramingPhrases('Is the ARCP going to hold a meeting in 2027?')).toBe('Is the ARCP going to hold a meeting in 2027?');
  });

  it('drop the tag of a claim put to be checked, but keep the right of return', () => {
    expect(withoutFramingPhrases('The 9th meeting was held in Cairo, right?')).toBe('The 9th meeting was held in Cairo ');
    expect(withoutFramingPhrases('What did the 2018 statement say about the right of return?')).toBe('What did the 2018 statement say about the right of return?');
  });

  it('drop talking points and "our line on", but keep a line that is a subject', () => {
    expect(withoutFramingPhrases('Give me 3 talking points on remittances from our past positions')).toBe('Give me   on remittances  ');
    expect(withoutFramingPhrases('the line of return between the two states')).toBe('the line of return between the two states');
    expect(withoutFramingPhrases('ما خطنا السابق بشأن التحويلات؟')).toBe('ما   بشأن التحويلات؟');
  });

  it('drop "to achieve" after "aim", but keep what a conference achieved', () => {
    expect(withoutFramingPhrases('What does the GCR aim to achieve?')).toBe('What does the GCR aim?');
    expect(withoutFramingPhrases('What is the GCM meant to do')).toBe('What is the GCM meant');
    expect(withoutFramingPhrases('What did the conference achieve?')).toBe('What did the conference achieve?');
    expect(withoutFramingPhrases('ما أبرز نقاط الموقف العربي؟')).toBe('ما أبرز الموقف العربي؟');
    expect(withoutFramingPhrases('the main points of the statement')).toBe('the main of the statement');
    expect(withoutFramingPhrases('من هي نقاط الاتصال الوطنية؟')).toBe('من هي نقاط الاتصال الوطنية؟');
    expect(withoutFramingPhrases('مكان انعقاد مؤتمر الاستعراض الإقليمي الثاني')).toBe('انعقاد مؤتمر الاستعراض الإقليمي الثاني');
    expect(withoutFramingPhrases('ما مكان اللجوء الأول؟')).toBe('ما مكان اللجوء الأول؟');
  });

  it('read an English phrasal verb as the act the collection writes, and leave other particles alone', () => {
    expect(withoutFramingPhrases('when did the ARCP kick off?')).toBe('when did the ARCP launched?');
    expect(withoutFramingPhrases('who turned up at the 10th meeting?')).toBe('who attended the 10th meeting?');
    expect(withoutFramingPhrases('what did they set out in the statement?')).toBe('what did they set out in the statement?');
  });

  it('drop what frames a definition: «المقصود», «عبارة عن», "what kind of body is"', () => {
    expect(withoutFramingPhrases('ما المقصود بالعمليات التشاورية؟').trim()).toBe('ما  بالعمليات التشاورية؟'.trim());
    expect(withoutFramingPhrases('عملية التشاور دي عبارة عن إيه؟')).toBe('عملية التشاور دي  إيه؟');
    expect(withoutFramingPhrases('what kind of body is the ARCP')).toBe('what is the ARCP');
    expect(withoutFramingPhrases('what kind of support did states ask for')).toBe('what kind of support did states ask for');
  });

  it('read "convene for the first time", «اجتمعت أول مرة» as the first meeting, the words the collection uses', () => {
    expect(withoutFramingPhrases('When did the ARCP meet for the first time?')).toBe('When did the ARCP   first meeting?');
    expect(withoutFramingPhrases('متى اجتمعت العملية لأول مرة؟')).toBe('متى الاجتماع العملية  الأول؟');
  });

  it('drop "times" from "how many times a year", a frequency no sentence gives with that word', () => {
    expect(withoutFramingPhrases('How many times a year does the ARCP meet?')).toBe('How many a year does the ARCP meet?');
    expect(withoutFramingPhrases('how many times did the ARCP meet in 2017')).toBe('how many times did the ARCP meet in 2017');
  });

  it('drop the frame of a degree asked ("how far", "to what extent", «لأي درجة»), but not a distance', () => {
    expect(withoutFramingPhrases('How far is the Arab region exposed to climate change?')).toBe(' is the Arab region exposed to climate change?');
    expect(withoutFramingPhrases('لأي درجة المنطقة العربية معرضة لتغير المناخ؟')).toBe(' المنطقة العربية معرضة لتغير المناخ؟');
    expect(withoutFramingPhrases('How far is Cairo from Geneva?')).toBe('How far is Cairo from Geneva?');
  });

  it('drop what asks for a duration: "how long … run", «كم استمر»; "how long ago" asks a date, read "when"', () => {
    expect(withoutFramingPhrases('how long did the first regional review of the gcm run')).toBe(' did the first regional review of the gcm');
    expect(withoutFramingPhrases('How long did the review last?')).toBe(' did the review?');
    expect(withoutFramingPhrases('how long ago was the ARCP set up')).toBe('when was the ARCP established');
    expect(withoutFramingPhrases('قديش استمرت المشاورات؟')).toBe('قديش المشاورات؟');
    expect(withoutFramingPhrases('كم دام الاجتماع الاستثنائي؟')).toBe('كم الاجتماع الاستثنائي؟');
  });

  it('read «حضوري» as asking how a meeting was held, not as a topic', () => {
    expect(isFormatCue('حضوري')).toBe(true);
    expect(isFormatCue('حضوريا')).toBe(true);
    expect(isFormatCue('الحضور')).toBe(false);
  });
});
