import type { Router } from 'express';
import { html } from '../html.js';
import { t } from '../i18n.js';
import { csrfField, renderPage } from '../layout.js';
import { consoleContext, cookieOptions, LANG_COOKIE, safeNext, SESSION_COOKIE, type ConsoleContext } from '../session.js';
import type { ConsoleDeps } from './deps.js';

function signInPage(ctx: ConsoleContext, input: { next: string; email?: string; error?: string; notice?: unknown }): string {
  const { lang } = ctx;
  const body = html`<p>${t(lang, 'signInIntro')}</p>
<form method="post" action="/console/signin" class="card narrow">
  ${csrfField(ctx)}
  <input type="hidden" name="next" value="${input.next}">
  <p><label for="email">${t(lang, 'email')}</label>
  <input id="email" name="email" type="email" autocomplete="username" required dir="ltr" value="${input.email ?? ''}"${input.error ? html` aria-invalid="true" aria-describedby="signin-error"` : ''}></p>
  <p><label for="password">${t(lang, 'password')}</label>
  <input id="password" name="password" type="password" autocomplete="current-password" required dir="ltr"></p>
  <p><button type="submit">${t(lang, 'signInButton')}</button></p>
</form>`;
  return renderPage(ctx, {
    title: t(lang, 'signInTitle'),
    body: input.error ? html`<p id="signin-error" class="notice bad" role="alert">${input.error}</p>${body}` : body,
    path: `/console/signin?next=${encodeURIComponent(input.next)}`,
    notice: input.notice,
  });
}

/** Sign-in, sign-out and the language switch: the only console routes open without a session. */
export function mountSignIn(router: Router, deps: ConsoleDeps): void {
  const { services, cookies } = deps;

  router.get('/signin', (req, res) => {
    const ctx = consoleContext(res);
    const next = safeNext(req.query.next);
    if (ctx.session) return res.redirect(303, next);
    res.type('html').send(signInPage(ctx, { next, notice: req.query.notice }));
  });

  router.post('/signin', async (req, res) => {
    const ctx = consoleContext(res);
    const body = req.body as Record<string, unknown>;
    const email = typeof body.email === 'string' ? body.email : '';
    const password = typeof body.password === 'string' ? body.password : '';
    const next = safeNext(body.next);
    const result = await services.auth.signIn(email, password);
    if (!result.ok) {
      const error = t(ctx.lang, result.reason === 'throttled' ? 'signInThrottled' : 'signInFailed');
      res.status(result.reason === 'throttled' ? 429 : 401).type('html').send(signInPage(ctx, { next, email, error }));
      return;
    }
    const maxAge = Date.parse(result.session.expiresAt) - Date.now();
    res.cookie(SESSION_COOKIE, result.token, cookieOptions(cookies, maxAge));
    res.redirect(303, next);
  });

  router.post('/signout', async (_req, res) => {
    const ctx = consoleContext(res);
    await services.auth.signOut(ctx.token);
    res.clearCookie(SESSION_COOKIE, cookieOptions(cookies));
    res.redirect(303, '/console/signin?notice=flash_signedOut');
  });

  router.post('/lang', (req, res) => {
    const ctx = consoleContext(res);
    const lang = ctx.lang === 'ar' ? 'en' : 'ar';
    res.cookie(LANG_COOKIE, lang, cookieOptions(cookies, 365 * 86_400_000));
    res.redirect(303, safeNext((req.body as Record<string, unknown>).back));
  });
}
