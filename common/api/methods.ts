/**
 * The names of the contract's methods, without their schemas: the preload
 * bridge needs only the names, and importing them from here keeps zod out of
 * the sandboxed preload bundle. `contract.ts` checks that its schemas cover
 * exactly these names.
 */

/** Every contract method, in contract order. */
export const API_METHOD_NAMES = [
  'listDrafts',
  'getDraft',
  'createDraft',
  'saveDraft',
  'renameDraft',
  'duplicateDraft',
  'trashDraft',
  'restoreDraft',
  'deleteDraft',
  'searchDrafts',
  'listTemplates',
  'saveDraftAsTemplate',
  'deleteTemplate',
  'getSettings',
  'updateSettings',
  'getAppInfo',
  'exportDraftDocx',
  'exportDocumentDocx',
  'checkDocumentFormat',
  'exportDraftPdf',
  'previewWordImport',
  'importWordDocument',
  'listThreads',
  'addThread',
  'addReply',
  'editEntry',
  'deleteEntry',
  'setThreadResolved',
  'countOpenThreads',
  'exportReviewCopy',
  'mergeReviewCopy',
  'openReviewCopy',
  'importWordComments',
  'recordSuggestionOutcomes',
  'listVersions',
  'getVersion',
  'saveVersion',
  'restoreVersion',
  'draftFromVersion',
  'compareVersions',
  'exportComparisonDocx',
  'getBackupStatus',
  'createBackup',
  'setBackupKeep',
  'previewBackup',
  'restoreBackup',
  'exportDraftRound',
  'exportAllStart',
  'exportAllProgress',
  'exportAllCancel',
  'exportAllDownload',
] as const;

/** The name of a contract method. */
export type ApiMethodName = (typeof API_METHOD_NAMES)[number];
