// @vitest-environment happy-dom
import { act, createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, expect, it, vi } from 'vitest';
import { messages } from '../../core/i18n/messages';
import { PaneBoundary } from '../../renderer/src/app/PaneBoundary';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let crash = true;
function FragilePane() {
  if (crash) throw new Error('URI malformed');
  return createElement('p', null, 'المعاينة تعمل');
}
function Window({ onError }: { readonly onError: () => void }) {
  const [text] = useState('نص لم يُحفظ بعد');
  return createElement('div', null, createElement('textarea', { defaultValue: text, id: 'editor' }), createElement(PaneBoundary, { text: messages.ar, onError, children: createElement(FragilePane) }));
}

afterEach(() => {
  document.body.innerHTML = '';
});

it('keeps a failing pane’s error inside it: a message, a way back, the rest of the window and its text untouched', async () => {
  const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  const onError = vi.fn();
  await act(async () => root.render(createElement(Window, { onError })));
  expect(container.querySelector('[role="alert"]')?.textContent).toContain('تعذّر عرض هذا الجزء');
  expect(container.querySelector('[role="alert"]')?.textContent).toContain('URI malformed');
  expect((container.querySelector('#editor') as HTMLTextAreaElement).value).toBe('نص لم يُحفظ بعد');
  expect(onError).toHaveBeenCalledOnce();

  crash = false;
  await act(async () => (container.querySelector('[role="alert"] button') as HTMLButtonElement).click());
  expect(container.textContent).toContain('المعاينة تعمل');
  expect(container.querySelector('[role="alert"]')).toBeNull();
  await act(async () => root.unmount());
  quiet.mockRestore();
});
