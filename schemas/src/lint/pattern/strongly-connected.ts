interface Frame {
  node: number;
  edges: readonly number[];
  next: number;
}

/**
 * Tarjan's strongly connected components of the graph on nodes `0..count-1`, iteratively (a long
 * pattern must not overflow the stack). Components come out in reverse topological order: every
 * edge leaving a component points at one listed before it. Only nodes reachable from `roots`
 * (all nodes by default) are visited; `successors` is asked once per visited node.
 */
export function stronglyConnected(
  count: number,
  successors: (node: number) => readonly number[],
  roots?: Iterable<number>,
): number[][] {
  const index = new Int32Array(count).fill(-1);
  const low = new Int32Array(count);
  const onStack = new Uint8Array(count);
  const stack: number[] = [];
  const components: number[][] = [];
  let counter = 0;

  const enter = (node: number, work: Frame[]): void => {
    index[node] = counter;
    low[node] = counter;
    counter++;
    stack.push(node);
    onStack[node] = 1;
    work.push({ node, edges: successors(node), next: 0 });
  };

  for (const root of roots ?? Array.from({ length: count }, (_, i) => i)) {
    if (index[root] >= 0) continue;
    const work: Frame[] = [];
    enter(root, work);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      if (frame.next < frame.edges.length) {
        const target = frame.edges[frame.next++];
        if (index[target] < 0) enter(target, work);
        else if (onStack[target]) low[frame.node] = Math.min(low[frame.node], index[target]);
        continue;
      }
      work.pop();
      const { node } = frame;
      if (work.length > 0) {
        const parent = work[work.length - 1].node;
        low[parent] = Math.min(low[parent], low[node]);
      }
      if (low[node] === index[node]) {
        const component: number[] = [];
        let member: number;
        do {
          member = stack.pop()!;
          onStack[member] = 0;
          component.push(member);
        } while (member !== node);
        components.push(component);
      }
    }
  }
  return components;
}
