import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrast';
import { DEFAULT_ENVIRONMENTS } from './environments';
import { headerTint } from './header-tint';

const GOOGLE_CLOUD_BLUE = '#1a73e8';

describe('headerTint', () => {
  it.each(DEFAULT_ENVIRONMENTS.map((env) => [env.name, env.color] as const))('%s: the bar is the environment colour itself, not a blend with the console blue', (_name, color) => {
    const tint = headerTint(color);
    expect(tint.background).toBe(color);
    expect(tint.background).not.toBe(GOOGLE_CLOUD_BLUE);
  });

  it('production is its red, with white text', () => {
    expect(headerTint('#c5221f')).toEqual({ background: '#c5221f', text: '#ffffff', edge: '#761413' });
  });

  it('staging yellow gets black text', () => {
    expect(headerTint('#f9ab00').text).toBe('#000000');
  });

  it('keeps text readable (at least 4.5:1) on any colour', () => {
    for (let n = 0; n < 0x1000000; n += 0x0f0f0f) {
      const color = `#${n.toString(16).padStart(6, '0')}`;
      const tint = headerTint(color);
      expect(contrastRatio(tint.background, tint.text)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('normalises case and darkens the edge', () => {
    const tint = headerTint('#C5221F');
    expect(tint.background).toBe('#c5221f');
    expect(tint.edge).not.toBe(tint.background);
  });

  it('refuses what is not #rrggbb', () => {
    expect(() => headerTint('red')).toThrow();
  });
});
