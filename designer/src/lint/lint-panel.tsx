import { Empty } from 'antd';

/** Placeholder until this tab is built (issue #4). */
export function LintPanel() {
  return <Empty description="检查结果（建设中）" />;
}
