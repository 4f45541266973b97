/** A cookie-keeping client that does not follow redirects, to see what the server answers. */
export class ConsoleClient {
  readonly cookies = new Map<string, string>();
  csrf = '';
  constructor(private readonly base: string) {}

  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    const res = await fetch(`${this.base}${path}`, { ...init, headers, redirect: 'manual' });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, value] = [pair!.slice(0, pair!.indexOf('=')), pair!.slice(pair!.indexOf('=') + 1)];
      if (value) this.cookies.set(name, value);
      else this.cookies.delete(name);
    }
    return res;
  }

  form(path: string, fields: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
    return this.fetch(path, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body: new URLSearchParams(fields).toString() });
  }

  /** Reads the token the page would put in its forms. */
  async page(path: string): Promise<{ res: Response; body: string }> {
    const res = await this.fetch(path);
    const body = await res.text();
    this.csrf = /name="_csrf" value="([^"]+)"/.exec(body)?.[1] ?? this.csrf;
    return { res, body };
  }

  async signIn(account: { email: string; password: string }, next = '/console/tickets'): Promise<Response> {
    await this.page(`/console/signin?next=${encodeURIComponent(next)}`);
    const res = await this.form('/console/signin', { _csrf: this.csrf, email: account.email, password: account.password, next });
    await this.page('/console/tickets');
    return res;
  }
}
