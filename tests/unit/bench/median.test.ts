import { describe, expect, test } from 'vitest';
import { median } from '../../../bench/median';

describe('bench median', () => {
  test('is the middle value of an odd count and the mean of the two middle values of an even one', () => {
    expect(median([2465, 2162, 2300])).toBe(2300);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });

  test('one preempted run does not drag it, as it would a mean', () => {
    expect(median([20, 21, 19, 400, 22])).toBe(21);
  });

  test('is NaN for no values, so a page never measured reads n/a, and leaves its input unsorted', () => {
    expect(median([])).toBeNaN();
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});
