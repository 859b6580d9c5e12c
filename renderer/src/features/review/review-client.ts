/**
 * The review methods as the renderer calls them: the same shape the API
 * client (`DuThaoApi`) takes once the review methods are in the contract, so
 * the app passes its client and tests pass a fake.
 */
import type { z } from 'zod';
import type { ReviewApiMethod, ReviewApiResults, reviewApiMethods } from '../../../../common/review/api';

/** One async function per review method. */
export type ReviewClient = {
  [M in ReviewApiMethod]: (args: z.input<(typeof reviewApiMethods)[M]>) => Promise<ReviewApiResults[M]>;
};

/** The methods the comment sidebar uses (`recordSuggestionOutcomes` when suggestions are settled there). */
export type SidebarClient = Pick<ReviewClient, 'listThreads' | 'addThread' | 'addReply' | 'editEntry' | 'deleteEntry' | 'setThreadResolved'> &
  Partial<Pick<ReviewClient, 'recordSuggestionOutcomes'>>;
