import { describe, expect, it } from 'vitest';
import { contrastRatio, parseHexColor, readableTextColor, relativeLuminance } from './contrast';
import { DEFAULT_ENVIRONMENTS } from './environments';

const hex = (r: number, g: number, b: number) => `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;

describe('parseHexColor', () => {
  it('reads #rrggbb in either case, with or without #', () => {
    expect(parseHexColor('#c5221f')).toEqual([197, 34, 31]);
    expect(parseHexColor('#C5221F')).toEqual([197, 34, 31]);
    expect(parseHexColor('c5221f')).toEqual([197, 34, 31]);
    expect(parseHexColor(' #000000 ')).toEqual([0, 0, 0]);
    expect(parseHexColor('#ffffff')).toEqual([255, 255, 255]);
    expect(parseHexColor('#010203')).toEqual([1, 2, 3]);
  });

  it.each(['', '#', '#fff', '#ffff', '#fffffff', '#12345g', 'red', 'rgb(0,0,0)', '##000000', '#00 000', '0x000000'])(
    'throws on %j',
    (bad) => {
      expect(() => parseHexColor(bad)).toThrow(`not a #rrggbb colour: ${bad}`);
    },
  );
});

describe('relativeLuminance and contrastRatio (WCAG 2)', () => {
  it('gives black 0 and white 1', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 10);
  });

  it('weighs green most and blue least', () => {
    expect(relativeLuminance('#ff0000')).toBeCloseTo(0.2126, 4);
    expect(relativeLuminance('#00ff00')).toBeCloseTo(0.7152, 4);
    expect(relativeLuminance('#0000ff')).toBeCloseTo(0.0722, 4);
  });

  it('gives 21 for black on white, in either order', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 10);
  });

  it('gives 1 for a colour on itself', () => {
    for (const color of ['#000000', '#ffffff', '#c5221f', '#777777']) expect(contrastRatio(color, color)).toBe(1);
  });

  it('matches published reference values', () => {
    // #767676 is the lightest grey passing AA on white; #777777 just fails it.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#ff0000', '#ffffff')).toBeCloseTo(4.0, 2);
    expect(contrastRatio('#0000ff', '#ffffff')).toBeCloseTo(8.59, 2);
  });
});

describe('readableTextColor', () => {
  it('picks white on dark and black on light', () => {
    expect(readableTextColor('#000000')).toBe('#ffffff');
    expect(readableTextColor('#ffffff')).toBe('#000000');
    expect(readableTextColor('#202124')).toBe('#ffffff');
    expect(readableTextColor('#fdd663')).toBe('#000000');
  });

  it.each(DEFAULT_ENVIRONMENTS.map((e) => [e.name, e.color] as const))('reaches AA (4.5) on the %s colour %s', (_, color) => {
    expect(contrastRatio(color, readableTextColor(color))).toBeGreaterThanOrEqual(4.5);
  });

  it('uses white on the built-in production red and development green, black on staging amber', () => {
    expect(DEFAULT_ENVIRONMENTS.map((e) => readableTextColor(e.color))).toEqual(['#ffffff', '#000000', '#ffffff']);
  });

  it('reaches AA on every colour of a dense sweep of the RGB cube', () => {
    let worst = Infinity;
    let worstColor = '';
    // Every 5th level per channel (0, 5, ..., 255): 140,608 colours.
    for (let r = 0; r <= 255; r += 5) {
      for (let g = 0; g <= 255; g += 5) {
        for (let b = 0; b <= 255; b += 5) {
          const color = hex(r, g, b);
          const ink = readableTextColor(color);
          const ratio = contrastRatio(color, ink);
          // It picked the better of the two.
          const other = ink === '#000000' ? '#ffffff' : '#000000';
          if (ratio < contrastRatio(color, other)) throw new Error(`${color}: picked the worse ink ${ink}`);
          if (ratio < worst) [worst, worstColor] = [ratio, color];
        }
      }
    }
    expect(worst, worstColor).toBeGreaterThanOrEqual(4.5);
    // The sweep reached the hard middle: the worst possible case is about 4.58.
    expect(worst).toBeLessThan(4.7);
  });

  it('reaches AA on every grey and every pure and mixed hue at all 256 levels', () => {
    for (let v = 0; v <= 255; v++) {
      for (const color of [hex(v, v, v), hex(v, 0, 0), hex(0, v, 0), hex(0, 0, v), hex(v, v, 0), hex(0, v, v), hex(v, 0, v), hex(255, v, 0), hex(v, 255, 255)]) {
        const ratio = contrastRatio(color, readableTextColor(color));
        if (ratio < 4.5) throw new Error(`${color}: ${ratio}`);
      }
    }
  });

  it('reaches AA on random colours', () => {
    let seed = 12345;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8;
    for (let i = 0; i < 20000; i++) {
      const color = `#${(next() & 0xffffff).toString(16).padStart(6, '0')}`;
      const ratio = contrastRatio(color, readableTextColor(color));
      if (ratio < 4.5) throw new Error(`${color}: ${ratio}`);
    }
  });

  it('throws on a colour it cannot read', () => {
    expect(() => readableTextColor('red')).toThrow('not a #rrggbb colour: red');
  });
});
