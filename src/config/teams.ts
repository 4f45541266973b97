import { z } from 'zod';
import { defineSection } from './section.js';

const csv = z
  .string()
  .default('')
  .transform((v) => v.split(',').map((s) => s.trim()).filter(Boolean));

/**
 * Microsoft Teams (Bot Framework). On when MicrosoftAppId is set, or when TEAMS_ENABLED=true for local work
 * with the Bot Framework Emulator; then no app id means no token check, so only loopback requests are served.
 */
export const teamsSection = defineSection(
  {
    enabled: 'TEAMS_ENABLED',
    appId: 'MicrosoftAppId',
    appPassword: 'MicrosoftAppPassword',
    appType: 'MicrosoftAppType',
    tenantId: 'MicrosoftAppTenantId',
    certificateThumbprint: 'MicrosoftAppCertificateThumbprint',
    certificateKeyFile: 'MicrosoftAppCertificateKeyFile',
    staffIds: 'TEAMS_STAFF_AAD_IDS',
    sendTimeoutMs: 'TEAMS_SEND_TIMEOUT_MS',
  },
  z
    .object({
      enabled: z.enum(['true', 'false']).optional(),
      appId: z.string().default(''),
      appPassword: z.string().default(''),
      appType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
      tenantId: z.string().default(''),
      certificateThumbprint: z.string().default(''),
      certificateKeyFile: z.string().default(''),
      /** Microsoft Entra object ids (or, with the Emulator, Bot Framework user ids) of secretariat staff. */
      staffIds: csv,
      sendTimeoutMs: z.coerce.number().int().min(100).default(15_000),
    })
    .superRefine((c, ctx) => {
      const problem = (key: string, message: string) => ctx.addIssue({ code: 'custom', path: [key], message });
      const certificate = c.certificateThumbprint !== '' || c.certificateKeyFile !== '';
      if (c.appId === '') {
        if (c.appPassword !== '' || certificate) problem('appId', 'is required when a password or certificate is set');
        return;
      }
      if (certificate && (c.certificateThumbprint === '' || c.certificateKeyFile === '')) {
        problem(c.certificateThumbprint === '' ? 'certificateThumbprint' : 'certificateKeyFile', 'a certificate needs both the thumbprint and the key file');
      }
      if (c.appType === 'UserAssignedMSI') {
        if (c.appPassword !== '') problem('appPassword', 'must be empty for a managed identity (UserAssignedMSI)');
      } else if (c.appPassword === '' && !certificate) {
        problem('appPassword', 'is required with MicrosoftAppId (or set a certificate instead)');
      } else if (c.appPassword !== '' && certificate) {
        problem('appPassword', 'set either a password or a certificate, not both');
      }
      if (c.appType !== 'MultiTenant' && c.tenantId === '') problem('tenantId', `is required for ${c.appType}`);
    })
    .transform(({ enabled, ...c }) => ({
      ...c,
      enabled: enabled === undefined ? c.appId !== '' : enabled === 'true',
      /** Bot Framework token validation is on exactly when the bot has an app id. */
      authEnabled: c.appId !== '',
    })),
);
