// The dataset's schema, declared once: the validator and the TypeScript types both come from it.
import { z } from 'zod';
import { RELATION_KINDS } from './categories';

const text = (what: string) => z.string({ error: `${what} must be text` }).trim().min(1, `${what} is empty`);

export const relationSchema = z
  .object({
    kind: z.enum(RELATION_KINDS, {
      error: (issue) => `unknown kind ${JSON.stringify(issue.input)} (expected one of ${RELATION_KINDS.join(', ')})`,
    }),
    side: z.enum(['iran', 'israel']).optional(),
    summary: text('summary').max(200, 'summary is longer than one line (200 characters)'),
    quotes: z.array(text('a quote'), { error: 'quotes must be a list' }).min(1, 'a relation needs at least one quote'),
    note: text('note').optional(),
  })
  .strict();

export const countrySchema = z
  .object({
    alpha3: z.string({ error: 'alpha3 must be text' }),
    aliases: z.array(text('an alias')).optional(),
    relations: z.array(relationSchema).min(1, 'a country needs at least one relation'),
  })
  .strict();

export const datasetSchema = z
  .object({
    source: z.object({ headline: text('headline') }).strict(),
    countries: z.array(countrySchema),
    unmapped: z.array(z.object({ name: text('name'), note: text('note'), quotes: z.array(text('a quote')).min(1) }).strict()),
    excluded: z.array(z.object({ name: text('name'), reason: text('reason') }).strict()),
  })
  .strict();

export type DatasetRelation = z.infer<typeof relationSchema>;
export type DatasetCountry = z.infer<typeof countrySchema>;
export type Dataset = z.infer<typeof datasetSchema>;
