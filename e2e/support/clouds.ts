/**
 * Drives the cloud-console fixture (e2e/cloud-consoles: real Cloudscape and
 * Fluent UI dialogs at the AWS console's and Azure portal's URLs) from
 * tests: the URLs, the policy the specs store, and the guard checks on a
 * console dialog, in the top page or inside a frame.
 */
import type { Frame, Locator, Page } from '@playwright/test';
import { expect, test } from './test';
import { PROMPT_TIMEOUT } from './corpus';
import { promptHost, typeName } from './prompt';
import { FX, azureHash, formatAccountId, type AwsMenu, type AwsScope, type Lang } from '../../scripts/lib/cloud-fixture-url';

export { formatAccountId };
import { serveCloudConsoles } from '../../scripts/lib/console-pages';
import { storeSettings } from './extension-state';

export { serveCloudConsoles };

export const ACCOUNT = {
  /** production by an exact rule for the AWS console */
  prod: '111122223333',
  /** development by an exact rule */
  dev: '444455556666',
  /** no rule matches it (its alias `ops-lab` carries no environment token either) */
  unmatched: '777788889999',
  /** no rule: production only through the built-in defaults, by its alias `acme-prod` */
  byAlias: '999900001111',
} as const;

export const SUBSCRIPTION = {
  prod: '8f3d2a61-5c4b-4e7a-9d10-2b6e7c9a1f34',
  dev: '1c9e7b42-0d3a-4f85-b6e2-7a4d9c3e5b08',
} as const;
export const TENANT = 'contoso.onmicrosoft.com';
export const RESOURCE_GROUP = 'rg-payments';
export const AKS_CLUSTER = 'aks-payments';
export const EKS_CLUSTER = 'payments-eks';

/**
 * The personal settings the spec stores (stored shape of src/core/stored-settings.ts): a version 2
 * policy file whose rules name their console; built-in defaults on.
 */
export const CLOUD_SETTINGS = {
  schemaVersion: 2,
  teamPolicyUrl: null,
  personal: {
    version: 2,
    environments: [],
    rules: [
      { console: 'aws', match: ACCOUNT.prod, kind: 'exact', environment: 'production' },
      { console: 'aws', match: ACCOUNT.dev, kind: 'exact', environment: 'development' },
      { console: 'azure', match: SUBSCRIPTION.prod, kind: 'exact', environment: 'production' },
      { console: 'azure', match: SUBSCRIPTION.dev, kind: 'exact', environment: 'development' },
    ],
    useDefaultRules: true,
  },
} as const;

/** For the whole spec file: the cloud-console fixtures served at the consoles' URLs, with `settings` stored once. */
export function serveCloudConsolesForFile(settings: object = CLOUD_SETTINGS): void {
  let stopServing: (() => Promise<void>) | null = null;
  test.beforeAll(async ({ session }) => {
    stopServing = await serveCloudConsoles(session.context);
    await storeSettings(session, settings);
  });
  test.afterAll(async () => {
    await stopServing?.();
  });
}

export const AWS_CONSOLE = 'https://us-east-1.console.aws.amazon.com';
/** A multi-session console host: the account is in the host name. */
export const multiSessionHost = (account: string) => `https://${account}-abcdefgh.us-east-1.console.aws.amazon.com`;

export interface AwsPage {
  origin?: string;
  /** `/eks/home`, `/lambda/home`, `/ec2/home`, `/console/home` */
  path: string;
  hash?: string;
  lang?: Lang;
  scope?: AwsScope;
  account?: string;
  alias?: string;
  dialog?: string;
  lateMs?: number;
  /** The user name in the account menu's label (an e-mail address, say). */
  user?: string;
  menu?: AwsMenu;
  /** The account the menu shows, when it is to disagree with the session data. */
  menuAccount?: string;
  /** `meta-changes`: what the served session data names first. */
  fromAccount?: string;
  fromAlias?: string;
}

export function awsUrl(o: AwsPage): string {
  const params = new URLSearchParams({ region: 'us-east-1' });
  if (o.lang) params.set(FX.lang, o.lang);
  if (o.scope) params.set(FX.scope, o.scope);
  if (o.account) params.set(FX.account, o.account);
  if (o.alias) params.set(FX.alias, o.alias);
  if (o.dialog) params.set(FX.dialog, o.dialog);
  if (o.lateMs !== undefined) params.set(FX.lateMs, String(o.lateMs));
  if (o.user) params.set(FX.user, o.user);
  if (o.menu) params.set(FX.menu, o.menu);
  if (o.menuAccount) params.set(FX.menuAccount, o.menuAccount);
  if (o.fromAccount) params.set(FX.fromAccount, o.fromAccount);
  if (o.fromAlias) params.set(FX.fromAlias, o.fromAlias);
  return `${o.origin ?? AWS_CONSOLE}${o.path}?${params}${o.hash ?? ''}`;
}

export interface AzurePage {
  host?: string;
  lang?: Lang;
  subscription: string;
  managedCluster?: string;
  /** The whole fragment instead of the resource group's (or the cluster's). */
  hash?: string;
  /** A fragment for the AKS blade frame's own URL. */
  bladeHash?: string;
}

export function azureUrl(o: AzurePage): string {
  const params = new URLSearchParams();
  if (o.lang) params.set(FX.lang, o.lang);
  if (o.bladeHash) params.set(FX.bladeHash, o.bladeHash);
  const query = params.size ? `?${params}` : '';
  return `https://${o.host ?? 'portal.azure.com'}/${query}${o.hash ?? azureHash({ tenant: TENANT, subscription: o.subscription, resourceGroup: RESOURCE_GROUP, managedCluster: o.managedCluster })}`;
}

/** A console dialog as the specs drive it; selectors are the fixture's test ids. */
export interface ConsoleDialog {
  /** The id the fixture records in window.cloudConsole.confirmations. */
  id: string;
  /** The console button that opens it. */
  opener: string;
  root: string;
  /** The console's own "type to confirm" input and what it wants (`placeholder`: the word its placeholder shows, as on AWS). */
  friction: { input: string; text: string | 'placeholder' } | null;
  confirm: string;
  cancel: string;
}

export const DIALOG = {
  eksDelete: {
    id: 'eks-delete-cluster',
    opener: '[data-testid="delete-cluster"]',
    root: '[data-testid="delete-cluster-modal"]',
    friction: { input: '[data-id="friction-input"] input', text: 'placeholder' },
    confirm: '[data-testid="delete-cluster-confirm"]',
    cancel: '[data-testid="delete-cluster-cancel"]',
  },
  eksManageTags: {
    id: 'eks-manage-tags',
    opener: '[data-testid="manage-tags"]',
    root: '[data-testid="manage-tags-modal"]',
    friction: null,
    confirm: '[data-testid="manage-tags-confirm"]',
    cancel: '[data-testid="manage-tags-cancel"]',
  },
  lambdaDelete: {
    id: 'lambda-delete-function',
    opener: '[data-testid="delete-function"]',
    root: '[data-testid="confirm-with-friction-modal"]',
    friction: { input: '[data-testid="modal-friction-word"] input', text: 'placeholder' },
    confirm: '[data-testid="delete-function-confirm"]',
    cancel: '[data-testid="delete-function-cancel"]',
  },
  ec2Terminate: {
    id: 'ec2-terminate-instance',
    opener: '[data-testid="terminate"]',
    root: '[data-testid="terminate-instance-modal"]',
    friction: null,
    confirm: '[data-testid="terminate-instance-confirm"]',
    cancel: '[data-testid="terminate-instance-cancel"]',
  },
  azureDeleteGroup: {
    id: 'azure-delete-resource-group',
    opener: '[data-testid="delete-resource-group"]',
    root: '[data-testid="delete-resource-group-dialog"]',
    friction: { input: '[data-testid="delete-resource-group-name"]', text: RESOURCE_GROUP },
    confirm: '[data-testid="delete-resource-group-confirm"]',
    cancel: '[data-testid="delete-resource-group-cancel"]',
  },
  azureAddTag: {
    id: 'azure-add-tag',
    opener: '[data-testid="add-tag"]',
    root: '[data-testid="add-tag-dialog"]',
    friction: null,
    confirm: '[data-testid="add-tag-confirm"]',
    cancel: '[data-testid="add-tag-cancel"]',
  },
  aksDelete: {
    id: 'aks-delete-cluster',
    opener: '[data-testid="delete-cluster"]',
    root: '[data-testid="delete-cluster-dialog"]',
    friction: { input: '[data-testid="delete-cluster-name"]', text: AKS_CLUSTER },
    confirm: '[data-testid="delete-cluster-confirm"]',
    cancel: '[data-testid="delete-cluster-cancel"]',
  },
} satisfies Record<string, ConsoleDialog>;

/**
 * Where a dialog lives: the top page, or a frame of it. Clicks in a frame are real mouse clicks at the
 * element's place, computed from the frame's box (Playwright's Firefox over BiDi has no bounding boxes for
 * elements inside frames, so locator.click() cannot aim there).
 *
 * Firefox over BiDi delivers no input at all into a frame on ANOTHER origin (an out-of-process frame,
 * such as Azure's React blades): mouse events stop at the <iframe> element of the top document and keys
 * never arrive. There `trusted` is false and the surface acts by script instead (click events, the
 * input's value set as React expects): enough for the console's own buttons and inputs, and for showing
 * that the guard blocks the console's button, but not for typing into the guard's prompt, which takes
 * only a person's keystrokes by design. That last step is checked in Chromium.
 */
export class Surface {
  private constructor(
    readonly page: Page,
    readonly frame: Frame | null,
    private readonly frameElement: Locator | null,
    /** Can real (trusted) mouse and keyboard input reach this document? */
    readonly trusted: boolean,
  ) {}

  static top(page: Page): Surface {
    return new Surface(page, null, null, true);
  }

  /** The frame shown by the iframe matching `selector`, once its app has started. */
  static async frame(page: Page, selector: string, browser: 'chromium' | 'firefox'): Promise<Surface> {
    const element = page.locator(selector);
    const handle = await element.elementHandle();
    const frame = await handle!.contentFrame();
    if (!frame) throw new Error(`no frame in ${selector}`);
    await frame.waitForFunction(() => Boolean((window as any).cloudConsole) && document.querySelector('#root')!.childElementCount > 0);
    const crossOrigin = new URL(frame.url()).origin !== new URL(page.url()).origin;
    return new Surface(page, frame, element, browser === 'chromium' || !crossOrigin);
  }

  locator(selector: string): Locator {
    return (this.frame ?? this.page).locator(selector);
  }

  prompt(): Locator {
    return promptHost(this.frame ?? this.page);
  }

  async click(target: Locator, o: { force?: boolean } = {}): Promise<void> {
    if (!this.frame) {
      await target.click({ force: o.force, timeout: 4_000 });
      return;
    }
    await target.waitFor({ state: 'visible', timeout: 4_000 });
    if (!this.trusted) {
      await target.dispatchEvent('click');
      return;
    }
    const frameBox = await this.frameElement!.boundingBox();
    const point = await target.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    });
    if (!frameBox) throw new Error('the frame has no box');
    await this.page.mouse.click(frameBox.x + point.x, frameBox.y + point.y);
  }

  /**
   * Types into one of the CONSOLE's inputs: key by key where input can reach (Firefox's fill() is no
   * keystroke), else by script. Then React is told the field's value once more: Firefox over BiDi
   * types characters no key produces (Japanese) by setting the value and sending an `input` event
   * that does not bubble, so React, listening at its root, keeps the old value in its state. The
   * value is handed back the way React expects (its tracked value emptied, the native setter, a
   * bubbling `input` event); where React saw every key this changes nothing.
   */
  async typeInto(input: Locator, text: string): Promise<void> {
    if (this.trusted) await input.pressSequentially(text);
    await input.evaluate(
      (el, o) => {
        const field = el as HTMLInputElement;
        const value = o.typed ? field.value : field.value + o.text;
        field.value = '';
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(field, value);
        field.dispatchEvent(new Event('input', { bubbles: true }));
      },
      { typed: this.trusted, text },
    );
  }

  /** What the console's handlers saw in this document. */
  records(): Promise<{ confirmations: { id: string; via: string }[]; cancellations: number }> {
    return (this.frame ?? this.page).evaluate(() => {
      const record = (window as any).cloudConsole;
      return { confirmations: [...record.confirmations], cancellations: record.cancellations };
    });
  }

  /** Two animation frames: lets a guard's per-frame work and the console's handlers run. */
  settle(): Promise<void> {
    return (this.frame ?? this.page).evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
  }
}

/** Waits for the app to have rendered (React mounts after the module loads). */
export async function appReady(page: Page): Promise<void> {
  await page.waitForFunction(() => Boolean((window as any).cloudConsole) && document.querySelector('#root')!.childElementCount > 0);
}

export async function openDialog(surface: Surface, dialog: ConsoleDialog): Promise<void> {
  await surface.click(surface.locator(dialog.opener).first());
  await expect(surface.locator(dialog.root).first(), `${dialog.id} opens`).toBeVisible();
}

/** Types what the console's own friction input wants (see Surface.typeInto). */
export async function satisfyFriction(surface: Surface, dialog: ConsoleDialog): Promise<void> {
  if (!dialog.friction) return;
  const input = surface.locator(dialog.root).locator(dialog.friction.input);
  const text = dialog.friction.text === 'placeholder' ? await input.getAttribute('placeholder') : dialog.friction.text;
  if (!text) throw new Error(`${dialog.id}: the friction input shows no word to type`);
  await surface.typeInto(input, text);
  await expect(input).toHaveValue(text);
}

async function expectConfirmed(surface: Surface, dialog: ConsoleDialog, what: string, via = 'click'): Promise<void> {
  await expect.poll(async () => (await surface.records()).confirmations, { message: `${what}: the console saw the confirmation` }).toEqual([{ id: dialog.id, via }]);
}

async function expectNothingConfirmed(surface: Surface, what: string): Promise<void> {
  await surface.settle();
  await surface.page.waitForTimeout(150); // an async console handler would have run by now
  expect((await surface.records()).confirmations, `${what}: confirmed while locked`).toEqual([]);
}

/**
 * An open destructive dialog is guarded: the guard's prompt is there; with the console's own friction
 * input satisfied, the console's confirm button (click, and Enter in the friction input when
 * `enter`) does nothing; once "production" is typed as well, one click goes through.
 * `order: 'prompt-first'` types "production" before the console's friction text instead.
 */
export async function expectGuarded(surface: Surface, dialog: ConsoleDialog, what: string, o: { enter?: boolean; order?: 'friction-first' | 'prompt-first' } = {}): Promise<void> {
  const root = surface.locator(dialog.root);
  await expect(surface.prompt(), `${what}: the guard asks for the environment's name`).toBeVisible({ timeout: PROMPT_TIMEOUT });
  if (o.order === 'prompt-first') {
    if (!surface.trusted) throw new Error(`${what}: "prompt-first" needs trusted input`);
    await typeName(surface.prompt());
    await surface.click(root.locator(dialog.confirm), { force: true });
    await expectNothingConfirmed(surface, `${what} (only "production" typed)`);
    await satisfyFriction(surface, dialog);
  } else {
    await satisfyFriction(surface, dialog);
    await surface.click(root.locator(dialog.confirm), { force: true });
    await expectNothingConfirmed(surface, `${what} (only the console's text typed)`);
    if (o.enter && dialog.friction && surface.trusted) {
      await root.locator(dialog.friction.input).focus();
      await surface.page.keyboard.press('Enter');
      await expectNothingConfirmed(surface, `${what} (Enter in the console's input)`);
    }
    if (!surface.trusted) {
      test.info().annotations.push({ type: 'not checked here', description: `${what}: unlocking takes a person's keystrokes, which cannot reach this frame (see Surface)` });
      return;
    }
    await typeName(surface.prompt());
  }
  await surface.click(root.locator(dialog.confirm));
  await expectConfirmed(surface, dialog, what);
}

/** An open dialog is left alone: no prompt, and the console's confirm works as soon as the console's own input is satisfied. */
export async function expectNotGuarded(surface: Surface, dialog: ConsoleDialog, what: string): Promise<void> {
  await surface.settle();
  await expect(surface.prompt(), `${what}: no prompt`).toHaveCount(0);
  await satisfyFriction(surface, dialog);
  await surface.click(surface.locator(dialog.root).locator(dialog.confirm));
  await expectConfirmed(surface, dialog, what);
}

/** Clears what the console recorded (between two dialogs on one page). */
export async function resetRecords(surface: Surface): Promise<void> {
  await (surface.frame ?? surface.page).evaluate(() => {
    (window as any).cloudConsole.confirmations.length = 0;
    (window as any).cloudConsole.cancellations = 0;
  });
}
