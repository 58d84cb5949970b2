/** Messages between content scripts and the background, typed in one place. */

export interface TabEnvironment {
  name: string;
  label: string;
  color: string;
  typedConfirmation: boolean;
}

/** A content script tells the background what its tab shows. */
export interface TabStateMessage {
  type: 'tab-state';
  project: string | null;
  environment: TabEnvironment | null;
}

/** The background answers with the badge the browser now shows for that tab. */
export interface TabStateReply {
  badgeText: string;
}

export type ExtensionMessage = TabStateMessage;

export function isExtensionMessage(value: unknown): value is ExtensionMessage {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'tab-state';
}
