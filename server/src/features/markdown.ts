/**
 * Markdown building for hovers. Text that comes from the user's document is
 * always escaped or fenced, so a value can never become a link or a command.
 */

/** Escapes every character Markdown (and the HTML it allows) could give meaning to. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#+\-.!|~&:"']/g, (ch) => `\\${ch}`).replace(/\r?\n|\r/g, ' ');
}

/** An inline code span that holds any text, however many backticks it has. */
export function inlineCode(text: string): string {
  const clean = text.replace(/\r?\n|\r/g, ' ');
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = clean.startsWith('`') || clean.endsWith('`') || clean === '' ? ' ' : '';
  return `${fence}${pad}${clean}${pad}${fence}`;
}

/** A fenced code block that holds any text. */
export function codeBlock(text: string, language = ''): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${language}\n${text}\n${fence}`;
}

/** Shortens long values for display, saying so. */
export function truncate(text: string, max = 300): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
