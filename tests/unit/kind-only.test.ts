import { describe, expect, it } from 'vitest';
import { askedOfTheSentenceBefore, namesOnlyTheKind } from '../../src/question/kind-only.js';

describe('a question of a kind of answer alone', () => {
  it.each(['Could you outline the main steps?', 'Can you summarise the main points?', 'What were the main milestones?', 'هل يمكن تزويدنا بأبرز المحطات؟', 'ممكن التفاصيل؟'])('"%s" names only the kind of answer', (q) => {
    expect(namesOnlyTheKind(q)).toBe(true);
  });

  it.each(['What are the main points of the 2019 statement?', 'List the main themes', 'Can you send the report?', 'Who opened the 9th meeting?', 'ما أبرز نقاط بيان 2024؟'])('"%s" names a subject of its own', (q) => {
    expect(namesOnlyTheKind(q)).toBe(false);
  });

  it('is asked as the subject of the asker\'s work in the sentence before', () => {
    const asked = { text: 'Could you outline the main steps?', context: "I'm writing a background note on how the ARCP's engagement with the GCR developed from 2016 to 2025." };
    expect(askedOfTheSentenceBefore(asked)).toEqual({ text: "How the ARCP's engagement with the GCR developed from 2016 to 2025?", context: undefined });
    const arabic = { text: 'هل يمكن تزويدنا بأبرز المحطات؟', context: 'نعدّ ورقة عن مشاركة العملية في المنتدى العالمي للاجئين.' };
    expect(askedOfTheSentenceBefore(arabic).text).toBe('مشاركة العملية في المنتدى العالمي للاجئين؟');
  });

  it('leaves a question before which no work names a subject as it is', () => {
    const asked = { text: 'Could you outline the main steps?', context: 'The 9th meeting was held in Cairo.' };
    expect(askedOfTheSentenceBefore(asked)).toBe(asked);
  });
});
