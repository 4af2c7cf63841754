import { Empty } from 'antd';

/** Placeholder until this tab is built (issue #4). */
export function VersionsTab() {
  return <Empty description="版本（建设中）" />;
}
