// The document lifecycle Billomat's invoices, credit notes, estimates, confirmations, delivery
// notes, letters and reminders share: each builder makes one operation of a family.
export type { DocumentFamily } from './family';
export { get, getAll, getGroupedTotals } from './read';
export { create, update, del } from './write';
export { complete, cancel, uncancel, encash, win, lose, clear, unclear, stateChange } from './state';
export { downloadPdf, uploadSignature, sendEmail, sendByPost } from './send';
export { clientLocator, defineFamily, documentLocator, DOCUMENT_FIELDS, PRICED_FIELDS } from './define';
export type { FamilyDefinition } from './define';
