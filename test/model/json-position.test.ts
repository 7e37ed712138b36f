import { expect } from '@open-wc/testing';
import { locateJsonError } from '../../src/model/json-position.js';

describe('locateJsonError', () => {
  const cases: [string, number][] = [
    ['{"a": 1,}', 8],
    ['{"a": 1 "b": 2}', 8],
    ['{"a": tru}', 6],
    ['[1, 2', 5],
    ['{"a": "x\ny"}', 8],
    ['// comment\n{}', 0],
    ['{"a": 01}', 7],
    ['{} extra', 3],
    ['{"a": [1, {"b": }]}', 16],
    ['', 0],
  ];
  for (const [text, at] of cases) {
    it(`points at offset ${at} in ${JSON.stringify(text)}`, () => {
      expect(JSON.parse.bind(null, text)).to.throw();
      expect(locateJsonError(text)).to.equal(at);
    });
  }

  it('reads valid JSON to its end, even when deeply nested', () => {
    const deep = '['.repeat(50000) + ']'.repeat(50000);
    expect(locateJsonError(deep)).to.equal(deep.length);
    expect(locateJsonError(' {"a": [true, false, null, -1.5e3, "\\u00e9"]} ')).to.equal(46);
  });
});
