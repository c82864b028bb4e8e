import { madeOnce } from '../../../src/core/text/made-once.js';

test('the value is made on the first call, not before, and never again', () => {
  let made = 0;
  const pattern = madeOnce(() => {
    made++;
    return /[\p{Cf}]/gu;
  });
  expect(made).toBe(0);
  const first = pattern();
  expect(pattern()).toBe(first);
  expect(made).toBe(1);
});

test('a value that is undefined is kept too', () => {
  let made = 0;
  const nothing = madeOnce(() => {
    made++;
    return undefined;
  });
  nothing();
  nothing();
  expect(made).toBe(1);
});
