import type { ChannelName, InboundMessage, OutboundReply } from '../channel/types.js';

/**
 * Who gets the assistant's answers directly. Entries are full addresses (`focal.point@mofa.example`) or
 * domains (`@mofa.example`, which also covers its subdomains); `*` trusts every sender.
 */
export class SenderAllowlist {
  private readonly addresses = new Set<string>();
  private readonly domains: string[] = [];
  private readonly everyone: boolean;

  constructor(entries: readonly string[]) {
    this.everyone = entries.includes('*');
    for (const raw of entries) {
      const entry = raw.trim().toLowerCase();
      if (entry.startsWith('@') && entry.length > 1) this.domains.push(entry.slice(1));
      else if (entry.includes('@')) this.addresses.add(entry);
    }
  }

  allows(address: string | undefined): boolean {
    if (this.everyone) return true;
    const a = address?.trim().toLowerCase();
    if (!a || !a.includes('@')) return false;
    if (this.addresses.has(a)) return true;
    const domain = a.slice(a.lastIndexOf('@') + 1);
    return this.domains.some((d) => domain === d || domain.endsWith(`.${d}`));
  }
}

export type ApprovalDecision = { action: 'send' } | { action: 'draft'; reason: 'sender-not-allowlisted' | 'sender-in-doubt' };

/** Decides, per reply, whether it goes out at once or waits for staff approval as a draft. */
export type ReplyPolicy = (msg: InboundMessage, reply: OutboundReply) => ApprovalDecision;

export const sendAlways: ReplyPolicy = () => ({ action: 'send' });

/**
 * Draft-first for unknown senders: a reply that carries a ticket number (an acknowledgement) always goes
 * out, since every request is acknowledged; any other reply — an answer on the Process's positions, a
 * "no established position", help — is held for staff approval unless the sender is on the allowlist.
 */
export function decideApproval(reply: OutboundReply, senderAddress: string | undefined, allowlist: SenderAllowlist): ApprovalDecision {
  if (allowlist.allows(senderAddress)) return { action: 'send' };
  // An answer that also acknowledges a ticket is still an answer on the Process's positions.
  if (reply.kind !== 'answer' && 'ticketId' in reply && reply.ticketId) return { action: 'send' };
  return { action: 'draft', reason: 'sender-not-allowlisted' };
}

export function draftFirst(allowlist: SenderAllowlist): ReplyPolicy {
  // A sender in doubt (a spoofed allowlisted domain, a Reply-To elsewhere) gets nothing, not even an
  // acknowledgement, before staff look.
  return (msg, reply) => (msg.sender.doubt ? { action: 'draft', reason: 'sender-in-doubt' } : decideApproval(reply, msg.sender.email, allowlist));
}

/** The policy of each channel: the email channel holds answers to senders outside EMAIL_ALLOWLIST. */
export function replyPolicies(config: { emailAllowlist: readonly string[] }): Partial<Record<ChannelName, ReplyPolicy>> {
  return { email: draftFirst(new SenderAllowlist(config.emailAllowlist)) };
}
