// A DOM selection turned into character offsets of the item's text. The span annotator
// renders only the text itself as DOM text (label tags are CSS, the remove button an icon),
// so counting text nodes in document order gives offsets into the original string.
import type { TRange } from "./span-ranges";

/** The little of a DOM node this needs; real nodes fit, and tests can build trees by hand. */
export type TTextNode = { nodeType: number; nodeValue: string | null; childNodes: ArrayLike<TTextNode> };
export type TDomRange = { startContainer: TTextNode; startOffset: number; endContainer: TTextNode; endOffset: number };

const TEXT_NODE = 3;

function textLength(node: TTextNode): number {
  if (node.nodeType === TEXT_NODE) return node.nodeValue?.length ?? 0;
  let length = 0;
  for (let i = 0; i < node.childNodes.length; i += 1) length += textLength(node.childNodes[i]);
  return length;
}

/**
 * The character offset of a DOM position (a node and an offset in it, as selections give
 * them) inside root: for a text node the offset counts characters, for an element children.
 * Null when the node is not inside root.
 */
export function textOffsetOf(root: TTextNode, node: TTextNode, offset: number): number | null {
  let count = 0;
  const visit = (current: TTextNode): number | null => {
    if (current === node) {
      if (current.nodeType === TEXT_NODE) return count + Math.min(Math.max(0, offset), current.nodeValue?.length ?? 0);
      const upTo = Math.min(Math.max(0, offset), current.childNodes.length);
      for (let i = 0; i < upTo; i += 1) count += textLength(current.childNodes[i]);
      return count;
    }
    if (current.nodeType === TEXT_NODE) {
      count += current.nodeValue?.length ?? 0;
      return null;
    }
    for (let i = 0; i < current.childNodes.length; i += 1) {
      const found = visit(current.childNodes[i]);
      if (found !== null) return found;
    }
    return null;
  };
  return visit(root);
}

/**
 * A selected range as offsets into root's text. A selection that starts before root (or runs
 * past its end) is cut at root's edge; one with neither end inside root gives null.
 */
export function rangeToOffsets(root: TTextNode, range: TDomRange): TRange | null {
  const start = textOffsetOf(root, range.startContainer, range.startOffset);
  const end = textOffsetOf(root, range.endContainer, range.endOffset);
  if (start === null && end === null) return null;
  const offsets = { start: start ?? 0, end: end ?? textLength(root) };
  return offsets.end > offsets.start ? offsets : null;
}
