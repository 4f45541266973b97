import { describe, expect, it } from 'vitest';
import type { OutboundReply } from '../../src/channel/types.js';
import { decideApproval, SenderAllowlist } from '../../src/core/reply-policy.js';

const answer: OutboundReply = { kind: 'answer', lang: 'ar', text: '«نص» [1]', citations: [], confidence: 0.7 };
const ack: OutboundReply = { kind: 'ticket', lang: 'en', text: 'Registered under ARCP-00004.', ticketId: 'ARCP-00004' };
const noPosition: OutboundReply = { kind: 'no-position', lang: 'ar', text: 'لا يوجد موقف مستقر', offerTicket: true };
const noPositionTicket: OutboundReply = { kind: 'no-position', lang: 'ar', text: 'أحيل سؤالكم تحت الرقم ARCP-00005', ticketId: 'ARCP-00005' };

describe('sender allowlist: addresses and @domains of member-state focal points, missions and partners', () => {
  const list = new SenderAllowlist(['@mofa.example.test', 'Focal.Point@Partner.example.test', 'not-an-entry']);

  it('matches addresses case-insensitively and domains with their subdomains', () => {
    expect(list.allows('focal.point@partner.example.test')).toBe(true);
    expect(list.allows('Ahmed@MOFA.example.test')).toBe(true);
    expect(list.allows('desk@cairo.mofa.example.test')).toBe(true);
  });

  it('does not match look-alike domains or other people at a listed address domain', () => {
    expect(list.allows('x@evilmofa.example.test')).toBe(false);
    expect(list.allows('someone@partner.example.test')).toBe(false);
    expect(list.allows(undefined)).toBe(false);
    expect(list.allows('mofa.example.test')).toBe(false);
  });

  it('"*" trusts everyone; an empty list nobody', () => {
    expect(new SenderAllowlist(['*']).allows('anyone@anywhere.example')).toBe(true);
    expect(new SenderAllowlist([]).allows('anyone@mofa.example.test')).toBe(false);
  });
});

describe('approval policy: draft-first for senders outside the allowlist', () => {
  const list = new SenderAllowlist(['@mofa.example.test']);

  it('answers allowlisted senders directly, whatever the reply', () => {
    for (const reply of [answer, ack, noPosition]) expect(decideApproval(reply, 'ahmed@mofa.example.test', list)).toEqual({ action: 'send' });
  });

  it('holds answers and position statements for anyone else', () => {
    expect(decideApproval(answer, 'someone@unknown.example.test', list)).toEqual({ action: 'draft', reason: 'sender-not-allowlisted' });
    expect(decideApproval(noPosition, 'someone@unknown.example.test', list).action).toBe('draft');
    // A document asked for beside what it says: the ticket is acknowledged inside an answer, still held.
    const answerWithTicket: OutboundReply = { ...answer, coverage: 'partial', ticketId: 'ARCP-00006' } as OutboundReply;
    expect(decideApproval(answerWithTicket, 'someone@unknown.example.test', list).action).toBe('draft');
  });

  it('always acknowledges a request with its ticket number', () => {
    expect(decideApproval(ack, 'someone@unknown.example.test', list)).toEqual({ action: 'send' });
    expect(decideApproval(noPositionTicket, 'someone@unknown.example.test', list)).toEqual({ action: 'send' });
  });
});
