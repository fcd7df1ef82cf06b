// The children every Billomat document family has (items, comments, tags, payments): each builder
// makes one operation of a child resource of a family described by a ChildParent.
export type { ChildParent, ChildPayments } from './parent';
export { INVOICE_CHILDREN, CREDIT_NOTE_CHILDREN } from './parents';
export { ESTIMATE_CHILDREN, CONFIRMATION_CHILDREN, DELIVERY_NOTE_CHILDREN } from './parents';
export { LETTER_CHILDREN, REMINDER_CHILDREN, RECURRING_CHILDREN, INCOMING_CHILDREN } from './parents';
export * as item from './item';
export * as comment from './comment';
export * as tag from './tag';
export * as payment from './payment';
