import { Empty } from 'antd';

/** Placeholder until this tab is built (issue #4). */
export function RulesTab() {
  return <Empty description="审查规则（建设中）" />;
}
