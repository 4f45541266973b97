import { describe, expect, it } from 'vitest';
import type { Passage } from '../../src/ingest/types.js';
import { comparisonSides, withEverySide } from '../../src/retrieval/sides.js';
import { meta, passage } from './answer-fixtures.js';

/** Reports of two meetings: the 9th's passages match "the 9th and 10th meetings" best. */
const ninth = meta({ id: 'meeting-09', type: 'meeting-report', title: { ar: 'الاجتماع التاسع لعملية التشاور', en: '9th regular meeting of the ARCP' }, date: '2023-05-29' });
const tenth = meta({ id: 'meeting-10', type: 'meeting-report', title: { ar: 'الاجتماع العاشر لعملية التشاور', en: '10th regular meeting of the ARCP' }, date: '2024-05-27' });
const gfmd = meta({ id: 'ref-gfmd', type: 'reference', title: { ar: 'المنتدى العالمي للهجرة والتنمية', en: 'The GFMD' }, date: '2017' });
const ranked: Passage[] = [
  passage(ninth, 1, 'ar', 'عُقد الاجتماع التاسع لعملية التشاور يومي 29 و30 مايو/أيار 2023 في القاهرة.'),
  passage(ninth, 2, 'ar', 'شدّدت أبو غزالة في الاجتماع التاسع على تنفيذ أهداف الاتفاق العالمي بشأن اللاجئين.'),
  passage(gfmd, 3, 'ar', 'الدورة العاشرة: برلين، 28–30 يونيو/حزيران 2017، برئاسة مشتركة لألمانيا والمغرب.'),
  passage(ninth, 4, 'ar', 'شارك في الاجتماع التاسع ممثلو الدول العربية الأعضاء.'),
  passage(tenth, 5, 'ar', 'انعقد الاجتماع العاشر لعملية التشاور بمقر الأمانة العامة في القاهرة.'),
];
const ids = (ps: readonly Passage[]) => ps.map((p) => p.id);

describe('a comparison reads every side it names', () => {
  it('reads the sides a comparison names by number or year, and none for another question', () => {
    expect(comparisonSides('قارن بين الاجتماعين التاسع والعاشر')).toEqual([{ ordinal: { n: 9, kind: 'meeting' } }, { ordinal: { n: 10, kind: 'meeting' } }]);
    expect(comparisonSides('How did the 2018 and 2024 WRD statements differ?')).toEqual([{ year: 2018 }, { year: 2024 }]);
    expect(comparisonSides('متى عقد الاجتماع التاسع والعاشر؟')).toEqual([]);
  });

  it('brings the 10th meeting\'s best passage into the head (the GFMD\'s 10th session is not it), in place of a passage no side needs', () => {
    const sides = comparisonSides('قارن بين الاجتماعين التاسع والعاشر');
    expect(ids(withEverySide(ranked, 3, sides, (p) => p))).toEqual(['meeting-09#1', 'meeting-09#2', 'meeting-10#5']);
    // With no such passage, the last of a side held twice gives way.
    expect(ids(withEverySide(ranked.filter((p) => p.documentId !== 'ref-gfmd'), 3, sides, (p) => p))).toEqual(['meeting-09#1', 'meeting-09#2', 'meeting-10#5']);
    expect(ids(withEverySide(ranked.filter((p) => p.documentId !== 'ref-gfmd'), 2, sides, (p) => p))).toEqual(['meeting-09#1', 'meeting-10#5']);
  });

  it('leaves the ranking as it is when every side is already held, or for a question of one thing', () => {
    const sides = comparisonSides('قارن بين الاجتماعين التاسع والعاشر');
    expect(ids(withEverySide(ranked, 5, sides, (p) => p))).toEqual(ids(ranked));
    expect(ids(withEverySide(ranked, 3, [], (p) => p))).toEqual(ids(ranked.slice(0, 3)));
  });
});
