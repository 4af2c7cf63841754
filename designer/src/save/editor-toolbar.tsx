import { Empty } from 'antd';

/** Placeholder until this tab is built (issue #4). */
export function EditorToolbar() {
  return <Empty description="保存与发布（建设中）" />;
}
