/** One-to-three-sentence summaries of every parameter, written for this project (three files by name range). */
import { summariesPart1 } from './part1';
import { summariesPart2 } from './part2';
import { summariesPart3 } from './part3';

const summaries: Readonly<Record<string, string>> = { ...summariesPart1, ...summariesPart2, ...summariesPart3 };

export function parameterSummary(name: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(summaries, name) ? summaries[name] : undefined;
}
