import { Empty } from 'antd';

/** Placeholder until this tab is built (issue #4). */
export function FormTab() {
  return <Empty description="表单设计（建设中）" />;
}
