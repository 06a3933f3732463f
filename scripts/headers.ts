// The response headers a static host serves with the site (dist/_headers, read by Netlify and Cloudflare Pages).

/**
 * Strict CSP: scripts and styles from the site itself, plus the boot script by its hash (`bootHash`, from
 * boot.ts scriptHash); any https page may frame the map. The files are public (Access-Control-Allow-Origin: *):
 * a CMS that frames the embed in a sandbox without allow-same-origin gives it an opaque origin, and its module
 * scripts and stylesheet, which are requested with CORS, would otherwise be refused.
 */
export function contentSecurityPolicy(bootHash: string): string {
  return (
    `default-src 'self'; script-src 'self' ${bootHash}; style-src 'self'; img-src 'self' data: blob:; ` +
    "object-src 'none'; base-uri 'self'; frame-ancestors 'self' https:"
  );
}

export function headersFile(bootHash: string): string {
  return [
    '# Headers for static hosts that read a _headers file (Netlify, Cloudflare Pages); see README "Deploying".',
    '/*',
    `  Content-Security-Policy: ${contentSecurityPolicy(bootHash)}`,
    '  Access-Control-Allow-Origin: *',
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '',
  ].join('\n');
}
