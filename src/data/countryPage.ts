// Where each named country's own page lives, shared by the build that writes it and the links that lead to it.

/** "RUS" → "country/rus/", relative to the site's root. */
export function countryPagePath(alpha3: string): string {
  return `country/${alpha3.toLowerCase()}/`;
}

/** From a page to the site's root: a country's page is two folders down. */
export function siteRootFrom(pageCountry: string | null): string {
  return pageCountry ? '../../' : './';
}
