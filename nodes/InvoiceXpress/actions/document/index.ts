// The document lifecycle InvoiceXpress's families share (invoices, estimates, guides): each builder
// makes one operation of a family; a family's operation file is one line.
export type { DocumentFamily, DocumentTypeSpec, StateSpec } from './family';
export { documentIdFields, documentIdOf, documentTypeField, familyOperation, typeOf, typesFor, unknownDocument } from './family';
export { get, getAll, listQuery, relatedDocuments } from './read';
export { create, update } from './write';
export { changeDocumentState, changeState } from './state';
export type { StateChange } from './state';
export { downloadPdf, sendEmail } from './send';
export { cancelPayment, generatePayment } from './payments';
export { documentResource } from './resource';
export type { Wording } from './resource';
export { STATES } from './states';
