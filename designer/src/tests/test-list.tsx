import { DownOutlined, RightOutlined } from '@ant-design/icons';
import { type FormOutline, OutcomeBadge, ToneTag } from '@onewindow/runtime/app';
import type { CompiledItem } from '@onewindow/runtime/engine';
import type { ItemTest } from '@onewindow/schemas';
import { Button, Popconfirm, Space, Table } from 'antd';
import { useMessages } from '../i18n/define-messages.ts';
import type { TestRun } from './run-tests.ts';
import { testName } from './test-name.ts';
import { TestRunDetail } from './test-run-detail.tsx';
import { testsMessages } from './tests-messages.ts';

interface Row {
  key: number;
  test: ItemTest;
  run: TestRun | undefined;
}

export interface TestListProps {
  tests: readonly ItemTest[];
  runOf(index: number): TestRun | undefined;
  /** Null while the definition does not compile: rows then show no results. */
  compiled: CompiledItem | null;
  outline: FormOutline;
  /** Indexes whose details are open. */
  expanded: readonly number[];
  onExpand(index: number, open: boolean): void;
  /** The test a lint finding pointed at, highlighted. */
  selected: number | null;
  onEdit(index: number): void;
  onDuplicate(index: number): void;
  onRename(index: number): void;
  onDelete(index: number): void;
}

/**
 * The item's tests: name, check date, expected outcome, the latest result, and actions; a row opens
 * to show what the run found (differences, rules that fired and why).
 */
export function TestList(props: TestListProps) {
  const { tests, runOf, compiled, outline, expanded, onExpand, selected } = props;
  const m = useMessages(testsMessages);
  // A test typed by hand in the JSON tab may be anything: show what there is, never crash.
  const nameOf = (test: ItemTest) => testName(test) || m('tests.unnamed');
  const rows: Row[] = tests.map((test, key) => ({ key, test, run: runOf(key) }));

  const resultTag = (run: TestRun | undefined) => {
    if (!run) return <ToneTag tone="neutral">{m('tests.pending')}</ToneTag>;
    if (run.status === 'pass') return <ToneTag tone="ok">{m('tests.pass')}</ToneTag>;
    return (
      <ToneTag tone="bad" strong>
        {run.status === 'fail' ? m('tests.fail') : m('tests.error')}
      </ToneTag>
    );
  };

  return (
    <Table<Row>
      className="ow-test-list"
      size="small"
      pagination={false}
      dataSource={rows}
      rowClassName={(row) => (row.key === selected ? 'ow-test-selected' : '')}
      expandable={{
        columnTitle: <span className="ow-visually-hidden">{m('tests.col.details')}</span>,
        expandedRowKeys: [...expanded],
        rowExpandable: (row) => row.run !== undefined && compiled !== null,
        expandedRowRender: (row) =>
          row.run && compiled ? <TestRunDetail run={row.run} compiled={compiled} outline={outline} /> : null,
        expandIcon: ({ record, expanded: open, expandable }) =>
          expandable ? (
            <Button
              type="text"
              size="small"
              aria-expanded={open}
              aria-label={m('tests.details', { name: nameOf(record.test) })}
              icon={open ? <DownOutlined /> : <RightOutlined />}
              onClick={() => onExpand(record.key, !open)}
            />
          ) : null,
      }}
      columns={[
        { title: m('tests.col.name'), key: 'name', render: (_, row) => nameOf(row.test) },
        { title: m('tests.col.today'), key: 'today', width: 110, render: (_, row) => row.test?.today },
        {
          title: m('tests.col.expected'),
          key: 'expected',
          width: 124,
          render: (_, row) =>
            row.test?.expect?.outcome ? <OutcomeBadge outcome={row.test.expect.outcome} /> : null,
        },
        { title: m('tests.col.result'), key: 'result', width: 100, render: (_, row) => resultTag(row.run) },
        {
          title: m('tests.col.actions'),
          key: 'actions',
          width: 250,
          render: (_, row) => {
            const name = nameOf(row.test);
            return (
              <Space size={0} wrap>
                <Button
                  type="link"
                  size="small"
                  disabled={compiled === null}
                  aria-label={m('tests.editNamed', { name })}
                  onClick={() => props.onEdit(row.key)}
                >
                  {m('tests.edit')}
                </Button>
                <Button
                  type="link"
                  size="small"
                  aria-label={m('tests.duplicateNamed', { name })}
                  onClick={() => props.onDuplicate(row.key)}
                >
                  {m('tests.duplicate')}
                </Button>
                <Button
                  type="link"
                  size="small"
                  aria-label={m('tests.renameNamed', { name })}
                  onClick={() => props.onRename(row.key)}
                >
                  {m('tests.rename')}
                </Button>
                <Popconfirm
                  title={m('tests.deleteConfirm', { name })}
                  okText={m('tests.delete')}
                  okButtonProps={{ danger: true }}
                  onConfirm={() => props.onDelete(row.key)}
                >
                  <Button type="link" size="small" danger aria-label={m('tests.deleteNamed', { name })}>
                    {m('tests.delete')}
                  </Button>
                </Popconfirm>
              </Space>
            );
          },
        },
      ]}
    />
  );
}
