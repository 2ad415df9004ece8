// A plan's tree (重点戦略 → 政策 → 施策 …) kept as rows with a parent: the
// order to show it in, a node's descendants, and which moves would close a cycle.

export interface PlanTreeNode {
  id: string;
  parentId: string | null;
  sortOrder: number;
}

/** Nodes in reading order (each parent before its children, siblings by sortOrder), with their depth. */
export function flattenPlanTree<N extends PlanTreeNode>(nodes: readonly N[]): (N & { depth: number })[] {
  const children = new Map<string | null, N[]>();
  const ids = new Set(nodes.map((node) => node.id));
  for (const node of nodes) {
    // A parent outside the list (another plan, a bad row) makes the node a root rather than losing it.
    const parent = node.parentId !== null && ids.has(node.parentId) ? node.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), node]);
  }
  const out: (N & { depth: number })[] = [];
  const seen = new Set<string>();
  const visit = (parentId: string | null, depth: number) => {
    for (const node of [...(children.get(parentId) ?? [])].sort((a, b) => a.sortOrder - b.sortOrder)) {
      if (seen.has(node.id)) continue;
      seen.add(node.id);
      out.push({ ...node, depth });
      visit(node.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}

/** The node's descendants (not the node itself). */
export function descendantIds(nodes: readonly PlanTreeNode[], nodeId: string): Set<string> {
  const found = new Set<string>();
  let frontier = [nodeId];
  while (frontier.length > 0) {
    const next = nodes.filter((node) => node.parentId !== null && frontier.includes(node.parentId) && !found.has(node.id)).map((node) => node.id);
    for (const id of next) found.add(id);
    frontier = next;
  }
  return found;
}

/** Whether putting `nodeId` under `newParentId` would make the node its own ancestor. */
export function wouldCreateCycle(nodes: readonly PlanTreeNode[], nodeId: string, newParentId: string | null): boolean {
  return newParentId !== null && (newParentId === nodeId || descendantIds(nodes, nodeId).has(newParentId));
}

/** The depth of the deepest descendant below the node (0 for a leaf). */
export function subtreeHeight(nodes: readonly PlanTreeNode[], nodeId: string): number {
  const below = nodes.filter((node) => node.parentId === nodeId);
  return below.length === 0 ? 0 : 1 + Math.max(...below.map((node) => subtreeHeight(nodes, node.id)));
}
