import { Empty } from 'antd';

/** Placeholder until this tab is built (issue #4). */
export function MaterialsTab() {
  return <Empty description="材料与收费（建设中）" />;
}
