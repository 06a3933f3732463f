// How the build and check-data report a dataset that does not validate: a line per problem and a count.
import { writeSync } from 'node:fs';

/** "✗ problem" lines, a blank line, then "3 problems in data/countries.json". */
export function dataErrorReport(errors: readonly string[], fileName: string): string {
  const count = errors.length;
  return `${errors.map((error) => `✗ ${error}\n`).join('')}\n${count} problem${count === 1 ? '' : 's'} in ${fileName}\n`;
}

/**
 * Ends the process on an invalid dataset with the list alone: thrown from a Vite plugin, the same list would be
 * followed by the bundler's stack trace. Written synchronously, so nothing is lost to the exit.
 */
export function failBuild(errors: readonly string[], fileName = 'data/countries.json'): never {
  writeSync(2, dataErrorReport(errors, fileName));
  process.exitCode = 1;
  process.exit(1);
}
