import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test } from '@playwright/test';
import { installedElectronBinary } from './electron-binary';

const root = fileURLToPath(new URL('../..', import.meta.url));
const binary = installedElectronBinary();
const skipReason =
  'The Electron binary is not installed on this machine (it downloads on first run and this network cannot reach it); the desktop smoke test runs where it is present.';
if (!binary) console.log(`[electron] skipped: ${skipReason}`);

test.describe('the desktop app', () => {
  test.skip(!binary, skipReason);

  test('launches, creates and saves an article, and still has it after a relaunch', async () => {
    const dataDirectory = await mkdtemp(path.join(os.tmpdir(), 'newsroom-electron-'));
    const launch = () =>
      electron.launch({
        executablePath: binary,
        args: [root, ...(process.env.CI ? ['--no-sandbox'] : [])],
        env: { ...process.env, NEWSROOM_DATA_DIR: dataDirectory },
      });
    try {
      const first = await launch();
      const window = await first.firstWindow();
      await expect(window.getByLabel('العنوان')).toHaveValue('كيري ولافروف يتفقان على مواصلة العمل المشترك بشأن سوريا');
      expect(await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
      // Proofing's worker, its WebAssembly and its dictionaries load from app:// under the app's CSP.
      await expect(window.getByRole('textbox', { name: 'نص المقال' }).locator('.proofing-spelling', { hasText: 'الازمة' }).first()).toBeVisible({ timeout: 20_000 });
      await window.getByRole('button', { name: 'مقال جديد', exact: true }).click();
      await window.getByLabel('العنوان').fill('مقال من سطح المكتب');
      await window.keyboard.press('Control+s');
      await expect(window.locator('.status-bar [data-state]')).toHaveAttribute('data-state', 'saved');
      await first.close();

      const second = await launch();
      const reopened = await second.firstWindow();
      await expect(reopened.getByRole('navigation').getByText('مقال من سطح المكتب')).toBeVisible();
      await second.close();
    } finally {
      await rm(dataDirectory, { recursive: true, force: true });
    }
  });
});
