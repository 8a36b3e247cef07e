import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { CODE_ROWS } from './support/code-table.js';

/** Every close code the kit knows, with the policy `describeCloseCode` applies to it. */
function CloseCodeTable() {
  return (
    <table className="story-table" dir="ltr" lang="en">
      <caption>Close codes and what the kit does with them</caption>
      <thead>
        <tr>
          <th scope="col">Code</th>
          <th scope="col">Name</th>
          <th scope="col">Source</th>
          <th scope="col">Category</th>
          <th scope="col">Retry</th>
          <th scope="col">Actions</th>
          <th scope="col">Severity</th>
        </tr>
      </thead>
      <tbody>
        {CODE_ROWS.map(({ family, code, descriptor }) => (
          <tr key={code}>
            <th scope="row">{code}</th>
            <td>
              <code>{descriptor.name}</code>
            </td>
            <td>{family === 'arcware' ? 'Arcware' : 'RFC 6455'}</td>
            <td>{descriptor.category}</td>
            <td>{descriptor.retry}</td>
            <td>{descriptor.actions.join(', ')}</td>
            <td>{descriptor.severity}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const meta = {
  title: 'Reference/Close codes',
  component: CloseCodeTable,
  parameters: { layout: 'padded' },
} satisfies Meta<typeof CloseCodeTable>;

export default meta;

/** The policy table: one row per named code, straight from `describeCloseCode`. */
export const AllCodes: StoryObj<typeof meta> = {
  play: async ({ canvasElement }) => {
    const table = within(canvasElement).getByRole('table');
    await expect(within(table).getAllByRole('row')).toHaveLength(CODE_ROWS.length + 1);
    await expect(within(table).getByRole('rowheader', { name: '4460' })).toBeInTheDocument();
  },
};
