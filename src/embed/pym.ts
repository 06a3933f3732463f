// The child half of NPR pym.js's protocol, so a host that resizes embeds with pym.js's Parent needs nothing new.
// pym.js (v1) frames every message as one string: "pym" + "xPYMx" + childId + "xPYMx" + type + "xPYMx" + message.

const DELIMITER = 'xPYMx';

/** Longest pym message we read; the Parent only ever sends a width or a few numbers. */
const MAX_MESSAGE = 1000;

/** pym.js's Parent names the child after its container element's id; ids have no spaces, and ours stay short. */
const MAX_CHILD_ID = 100;

/** The query parameters pym.js's Parent adds to the iframe's address, which are about the host, not the view. */
export const PYM_PARAMS = ['initialWidth', 'childId', 'parentTitle', 'parentUrl'] as const;

/** The id pym.js's Parent gave this page (?childId=), or null when it is absent or could not be pym's. */
export function pymChildId(search: string): string | null {
  let value: string | null;
  try {
    value = new URLSearchParams(search.length > 20_000 ? '' : search).get('childId');
  } catch {
    return null;
  }
  if (!value || value.length > MAX_CHILD_ID || /\s/.test(value) || value.includes(DELIMITER)) return null;
  return value;
}

export function pymMessage(childId: string, type: string, message: string): string {
  return ['pym', childId, type, message].join(DELIMITER);
}

export interface PymMessage {
  type: string;
  message: string;
}

/** A pym message addressed to `childId`, or null. Mirrors pym.js's Child: type has no spaces, message is the rest. */
export function parsePymMessage(data: unknown, childId: string): PymMessage | null {
  if (typeof data !== 'string' || data.length > MAX_MESSAGE) return null;
  const prefix = `pym${DELIMITER}${childId}${DELIMITER}`;
  if (!data.startsWith(prefix)) return null;
  const rest = data.slice(prefix.length);
  const end = rest.indexOf(DELIMITER);
  if (end < 1) return null;
  const type = rest.slice(0, end);
  if (/\s/.test(type)) return null;
  const message = rest.slice(end + DELIMITER.length);
  // pym's "(.*)" stops at a line break, so a multi-line message is not a pym message.
  return /[\n\r\u2028\u2029]/.test(message) ? null : { type, message };
}
