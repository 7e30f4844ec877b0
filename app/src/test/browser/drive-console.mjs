// Drives the arbot console in headless Chromium as a person would: sees the bot's cards, tries to release a credit
// hold as the viewer (refused), releases one as the credit manager (outcome card, order approved in the ledger view),
// and asks two questions. Prints one JSON line with what it saw; screenshots go to <screenshots-dir>.
// Usage: node drive-console.mjs <base-url> <screenshots-dir>
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const [base, shots] = process.argv.slice(2);
if (!base || !shots) {
  console.error('usage: node drive-console.mjs <base-url> <screenshots-dir>');
  process.exit(2);
}
mkdirSync(shots, { recursive: true });
const timeout = 60_000;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});
const result = {};
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, deviceScaleFactor: 1 });
  page.setDefaultTimeout(timeout);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(base + '/');
  await page.locator('body[data-ready="true"]').waitFor();
  await page.locator('#live.on').waitFor();
  const holds = page.locator('#posts > li', { hasText: 'Credit hold:' });
  await holds.first().waitFor();
  result.cards = await page.locator('#posts .ac-adaptiveCard').count();
  result.holds = await holds.count();
  result.people = await page.locator('#person option').allTextContents();
  await page.screenshot({ path: join(shots, '01-room.png') });

  const orderOf = async (post) => (await post.textContent()).match(/Credit hold: (\S+)/)[1];
  const release = async (post) => {
    await post.getByRole('button', { name: 'Release order' }).click();
    await post.getByRole('button', { name: 'Confirm' }).click();
  };
  const postCount = async () => page.locator('#posts > li').count();

  // The viewer may read but not decide: the card stays, a refusal appears under it.
  const second = page.locator('#posts > li[data-id="' + await holds.nth(1).getAttribute('data-id') + '"]');
  result.viewerOrder = await orderOf(second);
  await page.selectOption('#person', 'victor');
  await release(second);
  const refusal = page.locator('#posts > li.refusal').last();
  await refusal.waitFor();
  result.refusal = (await refusal.locator('.bubble').textContent()).trim();
  result.viewerCardStillOpen = await second.getByRole('button', { name: 'Release order' }).isVisible();
  result.viewerOrderState = await page.locator('#orders tr[data-order="' + result.viewerOrder + '"] td').nth(3).textContent();
  await page.screenshot({ path: join(shots, '02-viewer-refused.png') });

  // The credit manager releases the first order: the card becomes its outcome, the ledger view shows it approved.
  const first = page.locator('#posts > li[data-id="' + await holds.first().getAttribute('data-id') + '"]');
  result.order = await orderOf(first);
  await page.selectOption('#person', 'chris');
  await release(first);
  await first.getByRole('button', { name: 'Release order' }).waitFor({ state: 'detached' });
  result.outcome = (await first.textContent()).replace(/\s+/g, ' ').trim();
  result.buttonsLeft = await first.getByRole('button').count();
  const state = page.locator('#orders tr[data-order="' + result.order + '"] td.state-APPROVED');
  await state.waitFor();
  result.orderState = await state.textContent();
  const human = page.locator('#entries li', { hasText: 'HUMAN_ACTION' }).first();
  await human.waitFor();
  result.auditHuman = (await human.textContent()).replace(/\s+/g, ' ').trim();
  await first.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(shots, '03-approved.png') });

  // Questions are answered in the room.
  result.answers = [];
  for (const question of ['why did Acme short-pay?', 'forecast next 4 weeks']) {
    const before = await postCount();
    await page.fill('#text', question);
    await page.press('#text', 'Enter');
    await page.waitForFunction((n) => document.querySelectorAll('#posts > li').length >= n + 2, before);
    const answer = page.locator('#posts > li.bot').last();
    result.answers.push({ question, answer: (await answer.textContent()).replace(/\s+/g, ' ').trim() });
  }
  await page.screenshot({ path: join(shots, '04-answers.png') });
  result.pageErrors = errors;
} finally {
  await browser.close();
}
console.log(JSON.stringify(result));
