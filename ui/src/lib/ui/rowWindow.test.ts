import { describe, expect, it } from 'vitest';
import { rowWindow } from './rowWindow.svelte';

describe('rowWindow', () => {
  it('draws the rows on screen and a few either side, the others as room above and below', () => {
    const drawn = rowWindow(44, 6);
    drawn.count = 100_000;
    // Before any layout: a screenful of 600 px, 14 rows, and 6 below.
    expect([drawn.first, drawn.end]).toEqual([0, 20]);
    expect(drawn.indices).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(drawn.before).toBe(0);
    expect(drawn.before + drawn.indices.length * 44 + drawn.after).toBe(100_000 * 44);

    const element = document.createElement('div');
    const stop = drawn.follow(element);
    element.scrollTop = 44 * 1000;
    element.dispatchEvent(new Event('scroll'));
    expect([drawn.first, drawn.end]).toEqual([994, 1020]);
    expect(drawn.before).toBe(994 * 44);
    expect(drawn.before + drawn.indices.length * 44 + drawn.after).toBe(100_000 * 44);

    // Fewer rows than fill the screen: all of them, no room below.
    drawn.count = 11;
    expect([drawn.first, drawn.end, drawn.after]).toEqual([11, 11, 0]);
    drawn.toTop(element);
    expect(element.scrollTop).toBe(0);
    expect([drawn.first, drawn.end, drawn.after]).toEqual([0, 11, 0]);
    stop();
  });

  it('starts a newly drawn element where it is scrolled, not where the last one was', () => {
    const drawn = rowWindow(44, 0);
    drawn.count = 1_000;
    const old = document.createElement('div');
    const stopOld = drawn.follow(old);
    old.scrollTop = 44 * 500;
    old.dispatchEvent(new Event('scroll'));
    expect(drawn.first).toBe(500);
    stopOld();
    const fresh = document.createElement('div');
    const stop = drawn.follow(fresh);
    expect(drawn.first).toBe(0);
    // The old one is no longer followed.
    old.scrollTop = 44 * 700;
    old.dispatchEvent(new Event('scroll'));
    expect(drawn.first).toBe(0);
    stop();
  });
});
