import { describe, expect, it } from 'vitest';
import { LABELS, t, tDynamic } from '../../adapters/web/console/i18n.js';
import { CHANNELS } from '../../adapters/web/console/pages/tickets-view.js';
import { DRAFT_STATUSES } from '../../src/drafts/types.js';
import { DOC_TYPES } from '../../src/ingest/types.js';
import { TICKET_STATUSES } from '../../src/tickets/types.js';

const ARABIC_LETTER = /[\u0621-\u064A]/;

describe('console labels', () => {
  it('has every label in English and in Arabic, the Arabic written in Arabic', () => {
    const problems: string[] = [];
    for (const [key, [en, ar]] of Object.entries(LABELS) as [string, readonly [string, string]][]) {
      if (!en.trim() || !ar.trim()) problems.push(`${key}: empty`);
      if (en === ar && !/^(channel_|otherLang)/.test(key)) problems.push(`${key}: not translated`);
      if (key !== 'otherLang' && !ARABIC_LETTER.test(ar)) problems.push(`${key}: Arabic label has no Arabic letter`);
    }
    expect(problems).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    for (const [key, [en, ar]] of Object.entries(LABELS)) {
      const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(ar), key).toEqual(names(en));
    }
  });

  it('fills placeholders', () => {
    expect(t('ar', 'documentsCount', { n: 24 })).toBe('عدد الوثائق: 24');
    expect(t('en', 'documentsCount', { n: 24 })).toBe('Documents: 24');
  });

  it('names every ticket status, draft status, reply kind, channel and document type in both languages', () => {
    const dynamic = [
      ...TICKET_STATUSES.map((s) => `status_${s}`),
      ...DRAFT_STATUSES.map((s) => `draftStatus_${s}`),
      ...['answer', 'no-position', 'ticket', 'staff-answer', 'notice'].map((k) => `kind_${k}`),
      ...['opened', 'claimed', 'answered', 'closed', 'reopened', 'message', 'reminded', 'delivered'].map((e) => `event_${e}`),
      ...CHANNELS.map((c) => `channel_${c}`),
      ...DOC_TYPES.map((d) => `type_${d}`),
    ];
    expect(dynamic.filter((key) => !(key in LABELS))).toEqual([]);
    expect(tDynamic('ar', 'status_', 'claimed')).toBe('قيد المعالجة');
    expect(tDynamic('en', 'status_', 'unheard-of')).toBe('unheard-of');
  });
});
