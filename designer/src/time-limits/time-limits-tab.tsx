import { Empty } from 'antd';

/** Placeholder until this tab is built (issue #4). */
export function TimeLimitsTab() {
  return <Empty description="办理时限（建设中）" />;
}
