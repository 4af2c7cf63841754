import { Empty } from 'antd';

/** Placeholder until this tab is built (issue #4). */
export function BasicTab() {
  return <Empty description="基本信息（建设中）" />;
}
