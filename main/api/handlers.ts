/**
 * The shape of the service that answers the API contract: one function per
 * method, given arguments that have already passed the contract's schema.
 */
import type { z } from 'zod';
import type { ApiMethod, ApiResults, apiMethods } from '../../common/api/contract';

/** Parsed arguments of a method, as the service receives them. */
export type ParsedArgs<M extends ApiMethod> = z.output<(typeof apiMethods)[M]>;

/** One handler per contract method. */
export type ApiHandlers = {
  [M in ApiMethod]: (args: ParsedArgs<M>) => ApiResults[M] | Promise<ApiResults[M]>;
};
