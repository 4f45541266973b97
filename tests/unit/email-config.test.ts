import { describe, expect, it } from 'vitest';
import { emailSettings } from '../../adapters/email/settings.js';
import { loadConfig } from '../../src/config.js';
import { AppError } from '../../src/errors.js';

const base = { IMAP_HOST: 'imap.example.org', IMAP_USER: 'arcp@example.org', IMAP_PASSWORD: 'p', SMTP_HOST: 'smtp.example.org', MAIL_FROM: '"ARCP Secretariat" <ARCP@example.org>' };

describe('email configuration', () => {
  it('is off with no settings', () => {
    expect(loadConfig({}).email.imapHost).toBeUndefined();
  });

  it('names every missing variable once IMAP_HOST is set', () => {
    const error = (() => {
      try {
        loadConfig({ IMAP_HOST: 'imap.example.org' });
      } catch (err) {
        return err;
      }
    })();
    expect(AppError.is(error, 'CONFIG_INVALID')).toBe(true);
    expect(((error as AppError).details?.problems as string[]).map((p) => p.split(':')[0]).sort()).toEqual(['IMAP_PASSWORD', 'IMAP_USER', 'MAIL_FROM', 'SMTP_HOST']);
  });

  it('resolves defaults, lists and folders', () => {
    const config = loadConfig({ ...base, EMAIL_ALLOWLIST: '@MOFA.example.org; focal@partner.example.org', STAFF_EMAIL: 'staff@example.org', ARCP_DATA_DIR: '/srv/arcp' });
    const s = emailSettings(config.email, config.core.dataDir);
    expect(s.from).toEqual({ address: 'arcp@example.org', name: 'ARCP Secretariat' });
    expect(s.ownAddresses).toEqual(['arcp@example.org']);
    expect(s.imap).toMatchObject({ port: 993, secure: true });
    expect(s.smtp).toMatchObject({ port: 587, secure: false });
    expect(s.folders).toEqual({ answered: 'ARCP/Answered', ticketed: 'ARCP/Tickets', drafted: 'ARCP/Drafted', staff: 'ARCP/Tickets', ignored: 'ARCP/Ignored', failed: 'ARCP/Failed' });
    expect(s.allowlist.allows('desk@mofa.example.org')).toBe(true);
    expect(s.allowlist.allows('focal@partner.example.org')).toBe(true);
    expect(s.allowlist.allows('other@partner.example.org')).toBe(false);
    expect(s.staffSenders.allows('staff@example.org')).toBe(true);
    expect(s.attachmentsDir).toBe('/srv/arcp/email-attachments');
    expect(s.pollMs).toBe(60_000);
  });

  it('refuses a MAIL_FROM that is not an address', () => {
    const config = loadConfig({ ...base, MAIL_FROM: 'ARCP Secretariat' });
    expect(() => emailSettings(config.email, config.core.dataDir)).toThrow(/MAIL_FROM/);
  });
});
