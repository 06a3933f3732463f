// The JSON messages between a host page and the embedded map, both ways: what a host may ask, what the map tells.
import { z } from 'zod/mini';
import { FILTERABLE, type Category } from '../data/categories';

/**
 * Host → map:
 *   { type: 'article-map:select', country: 'RUS' | '643' | null }   open a country's panel, or close it
 *   { type: 'article-map:show', categories: ['ally', 'severed'] }    show only these stances
 * Map → host:
 *   { type: 'article-map:height', height: 812 }                      the page's height in CSS pixels
 *   { type: 'article-map:selected', country: 'RUS' | null, name: 'Russia' | null }   the reader chose or closed
 */
export const MESSAGE = {
  select: 'article-map:select',
  show: 'article-map:show',
  height: 'article-map:height',
  selected: 'article-map:selected',
} as const;

export type HostCommand =
  | { type: 'select'; country: string | null }
  | { type: 'show'; categories: Category[] };

/** Country values are alpha-3 codes, numeric codes or atlas slugs ("kosovo"); none is near this long. */
const MAX_COUNTRY = 40;

const countryValue = z.nullable(
  z.string().check(z.minLength(1), z.maxLength(MAX_COUNTRY), z.regex(/^[A-Za-z0-9-]+$/)),
);

// Strict objects: an extra key (a "__proto__" that JSON.parse made an own property, say) fails the whole message.
const hostMessage = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal(MESSAGE.select), country: countryValue }),
  z.strictObject({
    type: z.literal(MESSAGE.show),
    categories: z.array(z.enum(FILTERABLE)).check(z.maxLength(FILTERABLE.length)),
  }),
]);

/** A host's message as a command, or null for anything that is not exactly one of ours. Never throws. */
export function parseHostMessage(data: unknown): HostCommand | null {
  if (typeof data !== 'object' || data === null) return null;
  let parsed: ReturnType<typeof hostMessage.safeParse>;
  try {
    parsed = hostMessage.safeParse(data);
  } catch {
    return null; // a getter or proxy that throws: not something postMessage delivers, and not ours either
  }
  if (!parsed.success) return null;
  const message = parsed.data;
  return message.type === MESSAGE.select
    ? { type: 'select', country: message.country }
    : { type: 'show', categories: FILTERABLE.filter((category) => message.categories.includes(category)) };
}

export interface HeightMessage {
  type: typeof MESSAGE.height;
  height: number;
}

export function heightMessage(height: number): HeightMessage {
  return { type: MESSAGE.height, height };
}

export interface SelectedMessage {
  type: typeof MESSAGE.selected;
  /** The ?country= value for the selection (alpha-3 where the country has one). */
  country: string | null;
  name: string | null;
}

export function selectedMessage(selection: { code: string; name: string } | null): SelectedMessage {
  return { type: MESSAGE.selected, country: selection?.code ?? null, name: selection?.name ?? null };
}
