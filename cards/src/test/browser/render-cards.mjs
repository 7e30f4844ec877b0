// Renders every Adaptive Card JSON in a folder with Microsoft's adaptivecards renderer in headless Chromium,
// screenshots each one, presses buttons on two cards, and prints one JSON line with what happened.
// Usage: node render-cards.mjs <cards-dir> <screenshots-dir> [<charts-dir>]
// Image requests are answered from <charts-dir> by file name (the charts the app would serve); nothing leaves the machine.
import { chromium } from 'playwright-core';
import { existsSync, readdirSync, readFileSync, mkdirSync } from 'node:fs';
import { join, basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const [cardsDir, shotsDir, chartsDir] = process.argv.slice(2);
if (!cardsDir || !shotsDir) {
  console.error('usage: node render-cards.mjs <cards-dir> <screenshots-dir>');
  process.exit(2);
}
const here = dirname(fileURLToPath(import.meta.url));
const renderer = join(here, 'node_modules', 'adaptivecards', 'dist', 'adaptivecards.min.js');
mkdirSync(shotsDir, { recursive: true });

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    // Containers often give /dev/shm only 64 MB; Chromium then crashes on larger pages.
    '--disable-dev-shm-usage'],
});
const result = { rendered: [], submitted: null, confirmed: null };
try {
  const page = await browser.newPage({ viewport: { width: 800, height: 800 }, deviceScaleFactor: 1 });
  await page.route(/^https?:\/\//, (route) => {
    const chart = chartsDir && join(chartsDir, basename(new URL(route.request().url()).pathname));
    return chart && existsSync(chart) ? route.fulfill({ path: chart, contentType: 'image/png' }) : route.abort();
  });
  await page.setContent(readFileSync(join(here, 'host.html'), 'utf8'));
  await page.addStyleTag({ path: join(here, 'node_modules', 'adaptivecards', 'dist', 'adaptivecards.css') });
  await page.addScriptTag({ path: renderer });
  await page.addScriptTag({ path: join(here, 'host.js') });

  for (const file of readdirSync(cardsDir).filter((f) => f.endsWith('.json')).sort()) {
    const name = basename(file, '.json');
    const card = JSON.parse(readFileSync(join(cardsDir, file), 'utf8'));
    const errors = await page.evaluate((c) => window.arbotRender(c), card);
    await page.waitForFunction(() => Array.from(document.images).every((i) => i.complete));
    const path = join(shotsDir, `${name}.png`);
    await page.locator('#card').screenshot({ path });
    result.rendered.push({ name, screenshot: path, errors });
  }

  const unmatched = JSON.parse(readFileSync(join(cardsDir, 'unmatched-payment.json'), 'utf8'));
  await page.evaluate((c) => window.arbotRender(c), unmatched);
  await page.getByRole('checkbox', { name: /INV-8790/ }).check();
  await page.getByRole('textbox', { name: /Note/ }).fill('Globex paid two invoices in one ACH');
  await page.getByRole('button', { name: 'Apply to chosen' }).click();
  result.submitted = await page.evaluate(() => window.arbotSubmitted);

  const hold = JSON.parse(readFileSync(join(cardsDir, 'credit-hold.json'), 'utf8'));
  await page.evaluate((c) => window.arbotRender(c), hold);
  await page.getByRole('button', { name: 'Release order' }).click();
  await page.locator('#card').screenshot({ path: join(shotsDir, 'credit-hold.confirming.png') });
  await page.getByRole('button', { name: 'Confirm' }).click();
  result.confirmed = await page.evaluate(() => window.arbotSubmitted);
} finally {
  await browser.close();
}
console.log(JSON.stringify(result));
