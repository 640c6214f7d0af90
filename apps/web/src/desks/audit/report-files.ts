/**
 * The report files the auditor downloads, written by the very functions `cli export` uses (pure,
 * in libs/audit): a download from the page and the operator's export hold the same bytes.
 */
export { esfReportCsv, esfReportJson, participantMonthCsv } from '../../../../../libs/audit/src/esf/esf-file';
