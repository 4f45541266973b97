import type { AttachmentMeta, ChannelName, ConversationRef, Lang, Sender } from '../channel/types.js';

export const TICKET_STATUSES = ['open', 'claimed', 'answered', 'closed'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export interface Ticket {
  id: string;
  sourceMessageId: string;
  status: TicketStatus;
  category: string;
  lang: Lang;
  question: string;
  channel: ChannelName;
  ref: ConversationRef;
  sender: Sender;
  attachments: AttachmentMeta[];
  claimedBy?: string;
  answeredBy?: string;
  answer?: string;
  deliveredAt?: string;
  slaRemindedAt?: string;
  createdAt: string;
  updatedAt: string;
}

export interface OpenTicketInput {
  sourceMessageId: string;
  ref: ConversationRef;
  sender: Sender;
  question: string;
  lang: Lang;
  category: string;
  attachments?: AttachmentMeta[];
}

export interface TicketFilter {
  status?: TicketStatus[];
  channel?: ChannelName;
  category?: string;
  conversationId?: string;
  /** Only tickets created at least this many hours ago. */
  olderThanHours?: number;
  limit?: number;
}

export interface TicketEvent {
  type: 'opened' | 'claimed' | 'answered' | 'closed' | 'reopened' | 'message' | 'reminded' | 'delivered';
  actor?: string;
  text?: string;
  createdAt: string;
}

/**
 * The ticket queue port: open → claimed → answered → closed, reopened by a new message from the asker.
 * `open` is idempotent on the source message id.
 */
export interface TicketQueue {
  open(input: OpenTicketInput): Promise<Ticket>;
  get(id: string): Promise<Ticket | undefined>;
  list(filter?: TicketFilter): Promise<Ticket[]>;
  claim(id: string, staff: string): Promise<Ticket>;
  answer(id: string, staff: string, text: string): Promise<Ticket>;
  close(id: string, staff: string): Promise<Ticket>;
  reopen(id: string, actor: string, text?: string): Promise<Ticket>;
  /** A further message from the asker on an open or claimed ticket, kept for staff to read. */
  addMessage(id: string, actor: string, text: string): Promise<Ticket>;
  markDelivered(id: string): Promise<void>;
  markReminded(id: string): Promise<void>;
  events(id: string): Promise<TicketEvent[]>;
}
