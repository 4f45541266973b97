import helmet from 'helmet';
import type { RequestHandler } from 'express';

/**
 * The headers of the web chat and the staff console, set by helmet: scripts, styles and requests from
 * this server only, never framed (frame-ancestors 'none' and X-Frame-Options DENY), no MIME sniffing,
 * the referrer kept to this origin. No HSTS: the server often runs on plain http://127.0.0.1 behind a
 * proxy that owns TLS.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'"], imgSrc: ["'self'", 'data:'], connectSrc: ["'self'"],
        objectSrc: ["'none'"], baseUri: ["'none'"], formAction: ["'self'"], frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
    strictTransportSecurity: false,
  });
}
