import { Empty } from 'antd';

/** Placeholder until this tab is built (issue #4). */
export function AccountsPage() {
  return <Empty description="账号管理（建设中）" />;
}
