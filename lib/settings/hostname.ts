// Site names as the settings store them: lower case, no "www.", no trailing dot. A site covers its
// subdomains, so "lemonde.fr" also matches "www.lemonde.fr" and "blog.lemonde.fr".

const HOST = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** "https://www.LeMonde.fr/x", "www.lemonde.fr." or "lemonde.fr" → "lemonde.fr"; anything else → null. */
export function normalizeHostname(input: string): string | null {
  const trimmed = input.trim().toLowerCase();
  if (trimmed === '' || trimmed.length > 2048) return null;
  let host: string;
  try {
    // URL turns IDN into punycode and strips ports, paths and credentials.
    host = new URL(trimmed.includes('://') ? trimmed : `http://${trimmed}`).hostname;
  } catch {
    return null;
  }
  host = host.replace(/\.$/, '').replace(/^www\./, '');
  return HOST.test(host) ? host : null;
}

/** True when `hostname` is `site` or one of its subdomains. Both are normalized first. */
export function hostMatchesSite(hostname: string, site: string): boolean {
  const host = normalizeHostname(hostname);
  const wanted = normalizeHostname(site);
  if (host === null || wanted === null) return false;
  return host === wanted || host.endsWith(`.${wanted}`);
}

/** Hostnames parsed from free text (one per line, or separated by commas); invalid ones dropped, duplicates removed. */
export function parseSiteList(text: string): string[] {
  const sites = text
    .split(/[\n\r,;]+/)
    .map(normalizeHostname)
    .filter((h): h is string => h !== null);
  return [...new Set(sites)];
}
