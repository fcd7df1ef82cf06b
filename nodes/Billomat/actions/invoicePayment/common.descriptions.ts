import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { locatorValue, recordLocator } from '../../../shared/descriptions';
import { billomatId } from '../../helpers';

/**
 * Fields the invoice payment operations share (Billomat's "Payments" page of the invoice API:
 * https://www.billomat.com/en/api/invoices/payments/). The Invoice picker is shared with the
 * invoice item operations.
 */

const ID_PATTERN = '^[1-9][0-9]*$';

/** The invoice a payment or an item belongs to: picked from the account's invoices, or by ID. */
export function invoiceLocator(description: string): INodeProperties {
	return recordLocator({
		displayName: 'Invoice',
		name: 'invoiceId',
		searchListMethod: 'searchInvoices',
		idPattern: ID_PATTERN,
		idError: 'A Billomat invoice ID is a whole number, e.g. 12345 (not the invoice number RE123)',
		placeholder: 'e.g. 12345',
		description,
	});
}

/** The invoice ID of an item, from the Invoice picker (any mode) or a plain value. */
export function invoiceIdOf(this: IExecuteFunctions, itemIndex: number): number {
	return billomatId(this.getNode(), itemIndex, locatorValue(this, 'invoiceId', itemIndex), 'Invoice');
}

/** The payment a Get or Delete is about: picked from the account's payments, or by ID. */
export const paymentLocator: INodeProperties = recordLocator({
	displayName: 'Payment',
	name: 'paymentId',
	searchListMethod: 'searchInvoicePayments',
	idPattern: ID_PATTERN,
	idError: 'A Billomat payment ID is a whole number, e.g. 12345',
	placeholder: 'e.g. 12345',
	description: 'The payment, as Record Payment or Get Many output it (its ID)',
});

export function paymentIdOf(this: IExecuteFunctions, itemIndex: number): number {
	return billomatId(this.getNode(), itemIndex, locatorValue(this, 'paymentId', itemIndex), 'Payment');
}

/**
 * The payment types a payment can be booked with: the field table of "Create payment" lists these
 * ten. (Invoice Correction, which the list of values a payment's type can have adds, is booked by
 * Billomat itself for a correction invoice; Get Many can filter on it.)
 */
export const BOOKABLE_PAYMENT_TYPES: Array<[string, string]> = [
	['Bank Card', 'BANK_CARD'],
	['Bank Transfer', 'BANK_TRANSFER'],
	['Cash', 'CASH'],
	['Check', 'CHECK'],
	['Coupon', 'COUPON'],
	['Credit Card', 'CREDIT_CARD'],
	['Credit Note', 'CREDIT_NOTE'],
	['Debit', 'DEBIT'],
	['Miscellaneous', 'MISC'],
	['PayPal', 'PAYPAL'],
];

/** Every value a payment's type can have. */
export const PAYMENT_TYPE_OPTIONS = [...BOOKABLE_PAYMENT_TYPES, ['Invoice Correction', 'INVOICE_CORRECTION']]
	.sort(([a], [b]) => a.localeCompare(b))
	.map(([name, value]) => ({ name, value }));

/** Billomat sends `user_id` as text; the other numeric fields of a payment are made numbers by `normalise`. */
export function paymentOutput(payment: IDataObject): IDataObject {
	const userId = payment.user_id;
	return typeof userId === 'string' && /^\d+$/.test(userId) ? { ...payment, user_id: Number(userId) } : payment;
}
