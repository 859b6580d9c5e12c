/** The review model: threads, anchoring and text rules shared by the editor, the store and the exporter. */
export * from './types';
export * from './comment-text';
export * from './ids';
export * from './text-index';
export * from './thread-ranges';
export * from './reanchor';
export * from './comment-marks';
export * from './reconcile';
export * from './without-comments';
