import { test, expect } from './support/test';
import { openConsole, readMarkers } from './support/console';

test('smoke', async ({ session }) => {
  const page = await openConsole(session.context, '/kubernetes/list/overview?project=acme-prod-1');
  await expect.poll(async () => (await readMarkers(page)).title).toMatch(/^\[PROD\] /);
  console.log(JSON.stringify(await readMarkers(page)));
});
