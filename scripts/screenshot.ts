// Takes the README's screenshot from the real production build in headless Chromium: `npm run screenshot`.
import { OPEN_TITLE, launch, serveDist } from '../tests/e2e/browser';

const OUT = new URL('../docs/screenshot.png', import.meta.url).pathname;

const browser = await launch();
const site = await serveDist();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 }, deviceScaleFactor: 1 });
  await page.goto(`${site.origin}/?country=YEM`);
  await page.waitForSelector(OPEN_TITLE);
  const iran = await page.locator('path[data-country="364"]').boundingBox();
  if (iran) await page.mouse.move(iran.x + iran.width / 2, iran.y + iran.height / 2);
  await page.waitForSelector('[role="tooltip"]');
  await page.screenshot({ path: OUT });
  console.log(`wrote ${OUT}`);
} finally {
  await browser.close();
  await site.close();
}
