import type { SenderAllowlist } from '../../src/core/reply-policy.js';
import type { ParsedMail } from './mime.js';

/** One `method=result` of an Authentication-Results header (RFC 8601), with its `ptype.property=value`s. */
export interface AuthResult {
  method: string;
  result: string;
  props: Record<string, string>;
}

export interface AuthResultsHeader {
  authservId: string;
  results: AuthResult[];
}

/**
 * Parses one Authentication-Results value: `authserv-id [version]; method=result ptype.prop=value …; …`.
 * Comments in parentheses are dropped; quoted values lose their quotes. Undefined when there is no id.
 */
export function parseAuthenticationResults(value: string): AuthResultsHeader | undefined {
  const [head, ...parts] = stripComments(value).split(';').map((p) => p.trim());
  const authservId = head?.split(/\s+/)[0]?.toLowerCase();
  if (!authservId) return undefined;
  const results: AuthResult[] = [];
  for (const part of parts) {
    const [first, ...rest] = part.split(/\s+/).filter(Boolean);
    const m = /^([a-z0-9_-]+)=([a-z]+)$/i.exec(first ?? '');
    if (!m) continue;
    const props: Record<string, string> = {};
    for (const token of rest) {
      const p = /^([a-z0-9_-]+\.[a-z0-9_.-]+)=(.+)$/i.exec(token);
      if (p) props[p[1].toLowerCase()] = p[2].replace(/^"|"$/g, '').toLowerCase();
    }
    results.push({ method: m[1].toLowerCase(), result: m[2].toLowerCase(), props });
  }
  return { authservId, results };
}

function stripComments(value: string): string {
  let out = value;
  // Comments nest rarely and shallowly; a few passes remove them.
  for (let i = 0; i < 3 && /\([^()]*\)/.test(out); i++) out = out.replace(/\([^()]*\)/g, ' ');
  return out;
}

/** `mail.mofa.example` and `mofa.example` are aligned (relaxed alignment, as DMARC's default). */
function aligned(domain: string | undefined, fromDomain: string): boolean {
  if (!domain) return false;
  const d = domain.replace(/^@/, '').replace(/^.*@/, '');
  return d === fromDomain || fromDomain.endsWith(`.${d}`) || d.endsWith(`.${fromDomain}`);
}

/**
 * Whether the receiving server vouched for the From domain: the topmost Authentication-Results of a
 * trusted authserv-id (the receiving server adds its own on top and removes forged ones of its id) says
 * dmarc=pass, or else a dkim=pass or spf=pass aligned with the From domain.
 */
export function fromAuthenticated(mail: ParsedMail, trustedIds: readonly string[]): { pass: boolean; reason?: string } {
  const fromDomain = mail.from?.address.split('@')[1] ?? '';
  const header = mail.authResults.map(parseAuthenticationResults).find((h) => h && trustedIds.includes(h.authservId));
  if (!header) return { pass: false, reason: `no Authentication-Results from ${trustedIds.join(' or ')} for ${fromDomain}` };
  const of = (method: string) => header.results.filter((r) => r.method === method);
  const dmarc = of('dmarc')[0];
  if (dmarc?.result === 'pass') return { pass: true };
  const dkim = of('dkim').some((r) => r.result === 'pass' && aligned(r.props['header.d'] ?? r.props['header.i'], fromDomain));
  const spf = of('spf').some((r) => r.result === 'pass' && aligned(r.props['smtp.mailfrom'], fromDomain));
  if ((!dmarc || dmarc.result === 'none') && (dkim || spf)) return { pass: true };
  const said = ['dmarc', 'spf', 'dkim'].map((m) => `${m}=${of(m)[0]?.result ?? 'none'}`).join(', ');
  return { pass: false, reason: `${fromDomain} failed authentication at ${header.authservId} (${said})` };
}

/**
 * Why this mail's sender cannot be taken at its word, if so: an allowlisted From domain the receiving
 * server did not authenticate (a spoofed ministry), or a Reply-To outside the allowlist (replies would go
 * to someone else). Such mail is answered only after staff approve, with this reason shown to them.
 */
export function senderDoubt(mail: ParsedMail, opts: { allowlist: SenderAllowlist; authservIds: readonly string[] }): string | undefined {
  const from = mail.from?.address;
  if (from && opts.authservIds.length > 0 && opts.allowlist.allows(from)) {
    const verdict = fromAuthenticated(mail, opts.authservIds);
    if (!verdict.pass) return `From ${from}: ${verdict.reason}`;
  }
  const replyTo = mail.replyTo?.address;
  if (replyTo && replyTo !== from && !opts.allowlist.allows(replyTo)) return `Reply-To ${replyTo} is outside the allowlist (From ${from ?? 'missing'})`;
  return undefined;
}
