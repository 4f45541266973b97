/** Channel-neutral message types: every adapter translates to and from these. */
export type Lang = 'ar' | 'en';
export type ChannelName = 'teams' | 'slack' | 'email' | 'web' | 'cli';

/**
 * How to reach a conversation again, hours or days later. `replyHandle` is opaque to the core and must be
 * JSON-serialisable (Teams ConversationReference, Slack channel + thread_ts, email Message-ID + References).
 */
export interface ConversationRef {
  channel: ChannelName;
  conversationId: string;
  replyHandle: Record<string, unknown>;
}

export interface AttachmentMeta {
  filename: string;
  contentType: string;
  size: number;
  /** Where the bytes were kept (a path under the data folder), when they were kept. */
  storedAt?: string;
  /** The channel did not fetch the bytes (a Teams image, file or card): nothing in it can be read or kept. */
  unread?: boolean;
}

export interface Sender {
  id: string;
  name?: string;
  email?: string;
  org?: string;
  /**
   * Why the sender's address cannot be taken at its word (email: an allowlisted domain that failed
   * authentication, a Reply-To elsewhere). Every reply to such a sender waits for staff, who see this.
   */
  doubt?: string;
}

export interface InboundMessage {
  /** Unique per source message (channel-specific id); the idempotency key. */
  id: string;
  ref: ConversationRef;
  origin: 'user' | 'staff';
  sender: Sender;
  text: string;
  /** A mail's subject line (without Re:/Fwd:): what a letter's questions may point back to. */
  subject?: string;
  lang?: Lang;
  attachments?: AttachmentMeta[];
  receivedAt: Date;
  /** Structured action from a button / card submit (feedback, ask-secretariat). */
  action?: InboundAction;
}

export type InboundAction =
  | { type: 'feedback'; replyId: string; helpful: boolean }
  | { type: 'ask-secretariat'; replyId?: string; question?: string };

/** One exact quote of a cited document, with the passage it verifies against. */
export interface CitedQuote {
  text: string;
  passageId: string;
  /** PDFs: the page its passage begins on, and the last when it runs onto another. */
  page?: number;
  lastPage?: number;
}

/** One cited document; every quote taken from it shares its number. */
export interface Citation {
  n: number;
  documentId: string;
  /** The passage of the first quote. */
  passageId: string;
  title: string;
  date?: string;
  url?: string;
  /** The first quote (what a one-line rendering shows). */
  quote: string;
  /** Every quote of this document in the answer, in reading order. */
  quotes?: CitedQuote[];
  lang: Lang;
  meeting?: string;
  /** An official text of the process, or a summary of public reporting (the document's `status`). */
  provenance?: 'official' | 'summary';
  /** Whether the link is an official page or a news report. */
  sourceKind?: 'official-page' | 'news-report';
}

/**
 * A document staff attached to an answer. The bytes are kept in the store under `id`: a channel reads
 * them through its host (a mail attachment) or links to a download of them (web chat, Teams, Slack).
 */
export interface ReplyAttachment {
  id: string;
  filename: string;
  mediaType: string;
  size: number;
}

interface ReplyBase {
  text: string;
  lang: Lang;
  /** Id of the reply in the audit log, used for feedback buttons. */
  replyId?: string;
}

export type OutboundReply =
  /** ticketId: a request in the same message went to staff (a document asked for beside what it says). */
  | (ReplyBase & { kind: 'answer'; citations: Citation[]; confidence: number; coverage?: 'full' | 'partial'; offerTicket?: boolean; ticketId?: string })
  | (ReplyBase & { kind: 'no-position'; ticketId?: string; offerTicket?: boolean })
  | (ReplyBase & { kind: 'ticket'; ticketId: string })
  | (ReplyBase & { kind: 'staff-answer'; ticketId: string; staffName: string; attachment?: ReplyAttachment })
  | (ReplyBase & { kind: 'notice' });

export type ReplyKind = OutboundReply['kind'];

export interface SendOptions {
  /** The queued delivery this send belongs to: a channel may mark the message with it (an email's Message-ID). */
  deliveryId?: string;
}

/** The channel port: each channel can deliver a reply to a stored conversation reference. */
export interface Channel {
  readonly name: ChannelName;
  send(ref: ConversationRef, reply: OutboundReply, options?: SendOptions): Promise<{ externalId: string }>;
}
