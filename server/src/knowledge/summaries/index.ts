/** One-to-three-sentence summaries of every parameter, written for this project (three files by name range). */
import { summariesPart1 } from './part1';
import { summariesPart2 } from './part2';
import { summariesPart3 } from './part3';

// The three parts are looked up in turn: merging them into one object of a thousand keys cost
// several milliseconds of the server's start.
const parts: readonly Readonly<Record<string, string>>[] = [summariesPart1, summariesPart2, summariesPart3];

export function parameterSummary(name: string): string | undefined {
  for (const part of parts) if (Object.prototype.hasOwnProperty.call(part, name)) return part[name];
  return undefined;
}
