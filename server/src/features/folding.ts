/** Folding: a setting that runs over continuation lines, and blocks of two or more comment lines. */
import type { FoldingRange } from 'vscode-languageserver-types';
import { LogicalLine, PhysicalLine } from '../parser/lines';
import type { MainCfDocument } from '../parser/mainCf';
import type { MasterCfDocument } from '../parser/masterCf';

type FoldNode = { kind: string; logical?: LogicalLine; line?: PhysicalLine };

export function foldingRanges(doc: MainCfDocument | MasterCfDocument): FoldingRange[] {
  const out: FoldingRange[] = [];
  let block: { start: number; end: number } | undefined;
  const closeBlock = (): void => {
    if (block && block.end > block.start) out.push({ startLine: block.start, endLine: block.end, kind: 'comment' });
    block = undefined;
  };
  for (const node of doc.nodes as readonly FoldNode[]) {
    if (node.kind === 'comment' && node.line) {
      const n = node.line.line;
      if (block && n === block.end + 1) block.end = n;
      else {
        closeBlock();
        block = { start: n, end: n };
      }
      continue;
    }
    const lines = node.logical?.lines;
    if (lines && lines.length > 1) out.push({ startLine: lines[0].line, endLine: lines[lines.length - 1].line });
  }
  closeBlock();
  return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
