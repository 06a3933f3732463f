// The dataset's text as JSON, or where it stops being JSON: line and column, from what JSON.parse says.

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}

// V8 shows 10 characters either side of an unexpected token, and the whole text when it is under 21 characters.
const CONTEXT = 10;
const PADDING = ' '.repeat(2 * CONTEXT + 1);

/**
 * Offset of the error JSON.parse reports: "at position N", the end of the text, or (for an unexpected token,
 * which Node 20 reports without a position) the offset of the token within the window the message quotes.
 */
function errorOffset(text: string, message: string): number | null {
  const position = /at position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  if (message.startsWith('Unexpected end of JSON input')) return text.length;
  const token = /^Unexpected token .+?, (\.\.\.)?"(.*)"(\.\.\.)? is not valid JSON$/s.exec(message);
  if (!token) return null;
  const [, before, window = '', after] = token;
  if (!before) return window.length - CONTEXT;
  const start = text.indexOf(window);
  if (start < 0) return null;
  return after ? start + CONTEXT : text.length - window.length + CONTEXT;
}

export function parseJson(text: string, fileName: string): { ok: true; value: unknown } | { ok: false; error: string } {
  try {
    // Trailing spaces change nothing but make V8 quote a window around a bad token, never the whole text.
    return { ok: true, value: JSON.parse(text + PADDING) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = errorOffset(text + PADDING, message);
    const reason = message
      .replace(/( in JSON)? at position \d+.*$/s, '')
      .replace(/, (\.\.\.)?".*"(\.\.\.)? is not valid JSON$/s, '')
      .trim();
    if (offset === null) return { ok: false, error: `${fileName}: invalid JSON: ${reason}` };
    const { line, column } = lineColumn(text, Math.min(offset, text.length));
    return { ok: false, error: `${fileName}: invalid JSON at line ${line}, column ${column}: ${reason}` };
  }
}
