import { describe, expect, it } from 'vitest';
import { apiMethods } from '../../../common/api/contract';
import { API_METHOD_NAMES } from '../../../common/api/methods';

describe('API contract', () => {
  it('lists exactly the methods that have argument schemas, so the preload and IPC expose every call and no other', () => {
    expect(Object.keys(apiMethods)).toEqual([...API_METHOD_NAMES]);
  });
});
