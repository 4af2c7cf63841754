import { Empty } from 'antd';

/** Placeholder until this tab is built (issue #4). */
export function CalendarsPage() {
  return <Empty description="节假日日历（建设中）" />;
}
