import { act, fireEvent, screen } from '@testing-library/react';

/**
 * Test helpers for antd's Select under jsdom (component tests only): open the select an accessible
 * name names, read its options, pick one — typing into its search when the virtual list has not
 * rendered the option yet. Queries go by label, not by role, which is far slower on antd's DOM.
 * rc-select closes a dropdown a macrotask later, so the helpers that close one are async.
 */

function dropdownOf(input: HTMLElement): Element {
  const id = input.getAttribute('aria-controls') ?? `${input.id}_list`;
  const dropdown = document.getElementById(id)?.closest('.ant-select-dropdown');
  if (!dropdown) throw new Error(`the select "${input.getAttribute('aria-label') ?? input.id}" did not open`);
  return dropdown;
}

async function close(input: HTMLElement): Promise<void> {
  if (input.isConnected && input.getAttribute('aria-expanded') === 'true') fireEvent.blur(input);
  for (let i = 0; i < 50 && input.isConnected && input.getAttribute('aria-expanded') === 'true'; i++) {
    await act(() => new Promise((resolve) => setTimeout(resolve, 2)));
  }
}

/** Opens the select named `name` and returns its input. */
export function openSelect(name: string | RegExp): HTMLElement {
  const input = screen.getByLabelText(name, { selector: 'input' });
  fireEvent.mouseDown(input);
  return input;
}

/** The option labels the select named `name` shows when opened (it is closed again). */
export async function optionsOf(name: string | RegExp): Promise<string[]> {
  const input = openSelect(name);
  const options = [...dropdownOf(input).querySelectorAll('.ant-select-item-option')];
  await close(input);
  return options.map((o) => o.getAttribute('title') ?? '');
}

/** Picks the option labelled `option` in the select named `name` (and closes it). */
export async function pickOption(name: string | RegExp, option: string): Promise<void> {
  const input = openSelect(name);
  const find = () =>
    [...dropdownOf(input).querySelectorAll('.ant-select-item-option')].find(
      (o) => o.getAttribute('title') === option,
    );
  let target = find();
  if (!target && !input.hasAttribute('readonly')) {
    fireEvent.change(input, { target: { value: option } });
    target = find();
  }
  if (!target) throw new Error(`no option "${option}" in the select "${String(name)}"`);
  fireEvent.click(target);
  await close(input);
}
