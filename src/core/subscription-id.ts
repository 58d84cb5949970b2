/**
 * An Azure subscription ID as a person may write or paste it (any case, in
 * braces as some tools print it) read as the tab reads it from the portal's
 * URL: lower-case, bare. Pure, tiny: content scripts and the popup use it.
 */

/** How a subscription ID looks in the tab: lower-case hexadecimal groups of 8-4-4-4-12. */
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The subscription ID written in `text`, or null. */
export function canonicalSubscriptionId(text: string): string | null {
  const trimmed = text.trim();
  const bare = /^\{.*\}$/s.test(trimmed) ? trimmed.slice(1, -1).trim() : trimmed;
  const lower = bare.toLowerCase();
  return GUID.test(lower) ? lower : null;
}
