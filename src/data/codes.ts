// ISO 3166-1 codes from i18n-iso-countries, never typed by hand. Build time and tests only: it is too big for the page.
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

countries.registerLocale(en);

export function isValidAlpha3(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && countries.isValid(code);
}

/** "RUS" → "643", "BHR" → "048" (zero-padded, as world-atlas writes ids); null when unknown. */
export function alpha3ToNumeric(code: string): string | null {
  if (!isValidAlpha3(code)) return null;
  return countries.alpha3ToNumeric(code) ?? null;
}

export function numericToAlpha3(numeric: string): string | null {
  return countries.numericToAlpha3(numeric.padStart(3, '0')) ?? null;
}

export function alpha3ToAlpha2(code: string): string | null {
  return countries.alpha3ToAlpha2(code) ?? null;
}

/** Every English name i18n-iso-countries knows for a country ("United States of America", "USA", "U.S."…). */
export function englishNames(alpha3: string): string[] {
  const names = countries.getName(alpha3, 'en', { select: 'all' });
  return Array.isArray(names) ? names : [];
}
