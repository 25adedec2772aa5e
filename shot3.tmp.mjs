import { chromium } from '@playwright/test';
const [url, prefix] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--no-first-run'] });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
page.on('console', m => m.type() === 'error' && console.log('console:', m.text()));
page.on('pageerror', e => console.log('pageerror:', e.message));
await page.goto(url);
await page.getByLabel('العنوان').waitFor();
await page.getByLabel('الكاتب').fill('رويترز');
await page.getByLabel('تاريخ الخبر').fill('2015-05-12');
await page.getByLabel('الملخص').fill('اتفق وزيرا الخارجية الأمريكي والروسي في سوتشي على مواصلة العمل المشترك بشأن الأزمة السورية رغم الخلافات العميقة بين البلدين حول أوكرانيا والعقوبات.');
await page.getByRole('tab', { name: 'معاينة' }).click();
for (const mode of ['حاسوب', 'هاتف', 'بطاقة اجتماعية', 'نتيجة بحث', 'طباعة A4']) {
  await page.getByRole('radio', { name: mode }).click();
  await page.waitForTimeout(1200);
  await page.screenshot({ path: `${prefix}-${mode}.png` });
}
await browser.close();
