import type { Explanation } from './explain-condition.ts';

/** A rule's explanation as a nested list; each sentence says whether it holds in words. */
export function ExplanationView({ explanation }: { explanation: Explanation }) {
  // A rule's top `all`/`any` node says little on its own: show its sentences directly when it has one child.
  const top = explanation.children.length === 1 ? explanation.children[0] : explanation;
  return <ExplanationNode node={top} />;
}

function ExplanationNode({ node }: { node: Explanation }) {
  return (
    <ul className="ow-explain">
      <li className={node.holds ? 'ow-explain-holds' : 'ow-explain-fails'}>
        {node.text}
        {node.children.length > 0 &&
          node.children.map((child, i) => (
            // Sentences of one trace never reorder, so the index is a stable key.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <ExplanationNode key={i} node={child} />
          ))}
      </li>
    </ul>
  );
}
