import { describe, expect, it } from 'vitest';
import { backWith } from '../../adapters/web/console/format.js';
import { html, jsonBlock, safeUrl } from '../../adapters/web/console/html.js';
import { readCookies, safeNext } from '../../adapters/web/console/session.js';
import { tokensMatch } from '../../src/console/auth.js';
import type { Request } from 'express';

describe('the html`` template', () => {
  it('escapes every interpolated value, in text and in attributes', () => {
    const question = '<script>alert(1)</script> "quoted" & \'single\'';
    const out = html`<p title="${question}">${question}</p>`.toString();
    expect(out).toBe('<p title="&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &amp; &#39;single&#39;">&lt;script&gt;alert(1)&lt;/script&gt; &quot;quoted&quot; &amp; &#39;single&#39;</p>');
  });

  it('keeps nested templates and joins lists, dropping null, undefined and false', () => {
    const items = ['أ', '<b>'].map((x) => html`<li>${x}</li>`);
    expect(html`<ul>${items}${null}${undefined}${false}${0}</ul>`.toString()).toBe('<ul><li>أ</li><li>&lt;b&gt;</li>0</ul>');
  });

  it('puts data for scripts in a JSON block that no text can close', () => {
    const out = jsonBlock('d', { q: '</script><script>alert(1)</script>', ar: 'سؤال' }).toString();
    expect(out).not.toContain('</script><script>');
    expect(out.match(/<\/script>/g)).toHaveLength(1);
    const json = out.slice(out.indexOf('>') + 1, out.lastIndexOf('</script>'));
    expect(JSON.parse(json)).toEqual({ q: '</script><script>alert(1)</script>', ar: 'سؤال' });
  });

  it('lets only http(s) links through', () => {
    expect(safeUrl('https://www.lasportal.org/')).toBe('https://www.lasportal.org/');
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('data:text/html,<b>x</b>')).toBeUndefined();
    expect(safeUrl('not a url')).toBeUndefined();
  });
});

describe('console request helpers', () => {
  it('follows a sign-in "next" only within the console', () => {
    expect(safeNext('/console/tickets?status=all')).toBe('/console/tickets?status=all');
    expect(safeNext('https://evil.example/')).toBe('/console/');
    expect(safeNext('//evil.example/console/')).toBe('/console/');
    expect(safeNext('/console\\..\\evil')).toBe('/console/');
    expect(safeNext('/consolex')).toBe('/console/');
    expect(safeNext(undefined)).toBe('/console/');
  });

  it('reads cookies and ignores malformed ones', () => {
    const req = { headers: { cookie: 'a=1; arcp_console_lang=en; bad=%E0%A4%A; b=x%20y' } } as unknown as Request;
    expect(readCookies(req)).toEqual({ a: '1', arcp_console_lang: 'en', b: 'x y' });
  });

  it('compares CSRF tokens exactly, whatever their length', () => {
    expect(tokensMatch('abc', 'abc')).toBe(true);
    expect(tokensMatch('abc', 'abcd')).toBe(false);
    expect(tokensMatch('abc', '')).toBe(false);
    expect(tokensMatch('abc', ['abc'])).toBe(false);
    expect(tokensMatch(undefined, 'abc')).toBe(false);
  });

  it('returns to a page with one notice, replacing an earlier one', () => {
    expect(backWith('/console/tickets?status=all&flash=flash_claimed', 'error', 'errTicketState')).toBe('/console/tickets?status=all&error=errTicketState');
  });
});
