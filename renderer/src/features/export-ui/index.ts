/** The export UI: "Xuất Word", the export dialog and the format-check panel. */
export { ExportActions } from './ExportActions';
export { ExportFlow, type ExportFlowDeps, type ExportFlowState, type ExportVariant } from './exportFlow';
export { jumpToIssue } from './jumpToIssue';
export { runFormatCheck } from './runFormatCheck';
