import { contentSecurityPolicy } from '@shared/content-security-policy';

/** The reader's one policy (see there), as the app:// handler's header. */
export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();

/** Headers for every app:// response, successful or not. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  };
}
