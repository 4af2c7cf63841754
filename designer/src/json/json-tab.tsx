import { Empty } from 'antd';

/** Placeholder until this tab is built (issue #4). */
export function JsonTab() {
  return <Empty description="JSON（建设中）" />;
}
