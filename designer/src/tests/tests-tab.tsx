import { Empty } from 'antd';

/** Placeholder until this tab is built (issue #4). */
export function TestsTab() {
  return <Empty description="测试用例（建设中）" />;
}
