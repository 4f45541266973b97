import type { AppServices } from '../../../../src/app.js';
import type { ConsoleServices } from '../../../../src/console/console-services.js';
import type { CookieOptions } from '../session.js';

/** What every console page module receives. */
export interface ConsoleDeps {
  app: AppServices;
  services: ConsoleServices;
  cookies: CookieOptions;
}
