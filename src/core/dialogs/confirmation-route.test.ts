import { describe, expect, it } from 'vitest';
import { routeAsksConfirmation, routeSegments } from './confirmation-route';

describe('routeAsksConfirmation', () => {
  it.each(['/s3/bucket/payments-logs/delete', '/s3/bucket/payments-logs/empty', '/s3/bucket/payments-logs/delete/'])('a confirmation page: %s', (path) => {
    expect(routeAsksConfirmation(path)).toBe(true);
  });

  it('a hash route', () => expect(routeAsksConfirmation('/s3/home', '#/bucket/x/delete')).toBe(true));

  it.each(['/s3/bucket/payments-logs/property/policy/edit', '/s3/buckets/payments-logs', '/s3/buckets/delete-me-bucket', '/', ''])('not one: %s', (path) => {
    expect(routeAsksConfirmation(path)).toBe(false);
  });

  it('segments are decoded', () => expect(routeSegments('/s3/bucket/a%20b/delete')).toEqual(['s3', 'bucket', 'a b', 'delete']));
});
