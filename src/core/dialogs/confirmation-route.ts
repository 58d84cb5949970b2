/**
 * Pages that are themselves the confirmation: the AWS S3 console deletes and
 * empties a bucket on full pages (`/s3/bucket/<name>/delete`,
 * `/s3/bucket/<name>/empty`), not in modals. Their route says so in every
 * display language.
 */
const ASKING_SEGMENT = /^(?:delete|empty|terminate|destroy|remove)$/i;

/** The route's path segments (pathname, then a `#/…` route), decoded. */
export function routeSegments(pathname: string, hash = ''): string[] {
  const route = hash.startsWith('#/') ? `${pathname}/${hash.slice(2)}` : pathname;
  return route
    .split(/[/?]/)
    .filter(Boolean)
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    });
}

/** Does the route end in a destructive verb (`…/delete`, `…/empty`)? */
export function routeAsksConfirmation(pathname: string, hash = ''): boolean {
  const segments = routeSegments(pathname, hash);
  return segments.length > 0 && ASKING_SEGMENT.test(segments.at(-1)!);
}
