// The dataset's schema, declared once: the validator and the TypeScript types both come from it.
// Every message names its field, so the validator can print "countries[3] (CAN) relation 1: summary is empty".
import { z } from 'zod';
import { RELATION_KINDS } from './categories';

const text = (what: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `${what} is missing` : `${what} must be text`) })
    .trim()
    .min(1, `${what} is empty`);

const list = <T extends z.ZodType>(item: T, what: string) =>
  z.array(item, { error: (issue) => (issue.input === undefined ? `${what} is missing` : `${what} must be a list`) });

/** A strict object whose unknown keys are reported with the keys it does take, to catch "quote" for "quotes". */
const entry = <T extends z.ZodRawShape>(what: string, shape: T) =>
  z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')} (expected ${Object.keys(shape).join(', ')})`
        : issue.input === undefined
          ? `${what} is missing`
          : `${what} must be an object`,
  });

const relationSchema = entry('a relation', {
  kind: z.enum(RELATION_KINDS, {
    error: (issue) =>
      `${issue.input === undefined ? 'kind is missing' : `unknown kind ${JSON.stringify(issue.input)}`} (expected one of ${RELATION_KINDS.join(', ')})`,
  }),
  /** Only for party-to-conflict: which side of the conflict the country is. */
  side: z.enum(['iran', 'israel'], { error: 'side must be "iran" or "israel"' }).optional(),
  /** One line in our words. */
  summary: text('summary').max(200, 'summary is longer than one line (200 characters)'),
  /** Verbatim passages from the article (typographic quotes and line breaks may differ). */
  quotes: list(text('a quote'), 'quotes').min(1, 'a relation needs at least one quote'),
  /** The list lead-in or heading all its quotes sit under, verbatim: context, never a quote about the country. */
  under: text('under').optional(),
  /** Why the article is ambiguous here, if it is. */
  note: text('note').optional(),
});

const countrySchema = entry('a country', {
  /** ISO 3166-1 alpha-3; the numeric code and the name are derived from it, never typed. */
  alpha3: text('alpha3'),
  /** Other names for search, and the article's own spellings ("Bahrein"). */
  aliases: list(text('an alias'), 'aliases').optional(),
  relations: list(relationSchema, 'relations').min(1, 'a country needs at least one relation'),
});

const unmappedSchema = entry('an unmapped mention', {
  name: text('name'),
  note: text('note'),
  quotes: list(text('a quote'), 'quotes').min(1, 'an unmapped mention needs at least one quote'),
});

/** An atlas name that occurs in the article without meaning the country ("Jordan" in "Jordan River valley"). */
const excludedSchema = entry('an excluded name', {
  name: text('name'),
  reason: text('reason'),
});

export const datasetSchema = entry('the dataset', {
  source: entry('source', { headline: text('headline') }),
  countries: list(countrySchema, 'countries'),
  unmapped: list(unmappedSchema, 'unmapped'),
  excluded: list(excludedSchema, 'excluded'),
});

export type Dataset = z.infer<typeof datasetSchema>;
