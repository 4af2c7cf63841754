import { Empty } from 'antd';

/** Placeholder until this tab is built (issue #4). */
export function ItemsPage() {
  return <Empty description="事项列表（建设中）" />;
}
