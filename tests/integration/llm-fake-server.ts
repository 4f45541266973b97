import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChatRequest {
  model: string;
  messages: { role: string; content: string }[];
}

/** What the fake returns for one request: the assistant's text, or an HTTP error status. */
export type FakeReply = string | { status: number };

/**
 * A local server speaking the OpenAI chat-completions wire format (POST /v1/chat/completions), on
 * 127.0.0.1 and port 0. Each test decides the reply from the request it receives.
 */
export class FakeOpenAiServer {
  readonly requests: ChatRequest[] = [];
  reply: (req: ChatRequest) => FakeReply = () => '{"answer":"","quotes":[]}';
  private server?: Server;

  get baseUrl(): string {
    const { port } = this.server!.address() as AddressInfo;
    return `http://127.0.0.1:${port}/v1`;
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      void readJson(req).then((body) => {
        if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
          res.writeHead(404).end();
          return;
        }
        const request = body as ChatRequest;
        this.requests.push(request);
        const reply = this.reply(request);
        if (typeof reply !== 'string') {
          res.writeHead(reply.status, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ error: { message: 'fake failure', type: 'server_error' } }));
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(completion(request.model, reply)));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

function completion(model: string, content: string) {
  return {
    id: 'chatcmpl-fake',
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
    usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
  };
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : {};
}

/** The JSON data block of the user message, as the model receives it. */
export function dataOf(req: ChatRequest): { question: string; question_refers_to?: string; passages: { id: string; text: string; language: string }[] } {
  const user = req.messages.find((m) => m.role === 'user')!.content;
  const block = /<<<DATA\n([\s\S]*)\nDATA>>>/.exec(user);
  if (!block) throw new Error('no data block in the user message');
  return JSON.parse(block[1]);
}
