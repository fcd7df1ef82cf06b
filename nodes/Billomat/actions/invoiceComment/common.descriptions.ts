import type { IDataObject, IExecuteFunctions, ILoadOptionsFunctions, INodeListSearchResult, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { locatorValue, recordLocator } from '../../../shared/descriptions';
import { billomatId } from '../../helpers';
import { joinedName, pickerSearch } from '../../methods/listSearch';
import { invoiceLocator, paymentOutput } from '../invoicePayment/common.descriptions';

/**
 * Fields the invoice comment operations share (Billomat's "Comments" page of the invoice API:
 * https://www.billomat.com/en/api/invoices/comments/). Billomat lists comments per invoice only.
 */

/**
 * The action keys a comment can have, as the page's actionkey table lists them (COMMENT: entered
 * by a user; the others are set by Billomat for what happened to the invoice).
 */
export const ACTION_KEYS: Array<[string, string]> = [
	['Canceled', 'CANCEL'],
	['Comment (Entered by a User)', 'COMMENT'],
	['Copied', 'COPY'],
	['Created', 'CREATE'],
	['Created as a Correction of an Invoice', 'CREATE_FROM_INVOICE'],
	['Created From a Recurring', 'CREATE_FROM_RECURRING'],
	['Created From an Estimate', 'CREATE_FROM_OFFER'],
	['Credit Note Created', 'CREATE_CREDIT_NOTE'],
	['E-Mail Error', 'ERROR_MAIL'],
	['Payment Deleted', 'DELETE_PAYMENT'],
	['Payment Error', 'PAYMENT_ERROR'],
	['Payment Received', 'PAYMENT'],
	['Reminder Canceled', 'REMINDER_CANCEL'],
	['Reminder Created', 'REMINDER_CREATE'],
	['Reminder E-Mail Error', 'REMINDER_ERROR_MAIL'],
	['Reminder Sent (E-Mail)', 'REMINDER_MAIL'],
	['Reminder Sent (Fax)', 'REMINDER_FAX'],
	['Reminder Sent (Letter)', 'REMINDER_LETTER'],
	['Reminder Sent Signed', 'REMINDER_SIGN_MAIL'],
	['Reminder Signed', 'REMINDER_SIGN'],
	['Reminder Status Changed', 'REMINDER_STATUS'],
	['Sent (E-Mail)', 'MAIL'],
	['Sent (Fax)', 'FAX'],
	['Sent (Letter)', 'LETTER'],
	['Sent Signed', 'SIGN_MAIL'],
	['Signed', 'SIGN'],
	['Status Changed', 'STATUS'],
];

/** Create and Get Many: the invoice whose comments these are. */
export const commentInvoiceField: INodeProperties = invoiceLocator('The invoice the comments belong to: pick it from the list (search by invoice number) or give its numeric ID');

/** Get and Delete: the invoice whose comments "From List" of Comment lists (not sent). */
export const listInvoiceField: INodeProperties = {
	...invoiceLocator('Only to pick the comment from a list: the invoice whose comments the Comment list shows. Not needed with a comment ID.'),
	displayName: 'Invoice of the Comment',
	required: false,
};

export const commentIdField: INodeProperties = recordLocator({
	displayName: 'Comment',
	name: 'commentId',
	searchListMethod: 'searchInvoiceComments',
	idPattern: '^[1-9][0-9]*$',
	idError: 'A Billomat comment ID is a whole number, e.g. 12',
	placeholder: 'e.g. 12',
	description: 'The comment: pick it from the comments of the invoice above, or give its numeric ID',
});

export function commentIdOf(this: IExecuteFunctions, itemIndex: number): number {
	return billomatId(this.getNode(), itemIndex, locatorValue(this, 'commentId', itemIndex), 'Comment');
}

/**
 * The Comment picker: the comments of the invoice chosen in the node (`GET
 * /invoice-comments?invoice_id=…`), page by page; the search box narrows the texts listed.
 */
export async function searchInvoiceComments(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const raw = this.getNodeParameter('invoiceId', '') as unknown;
	const value = raw && typeof raw === 'object' && 'value' in raw ? (raw as { value: unknown }).value : raw;
	const invoiceId = typeof value === 'number' || typeof value === 'string' ? String(value).trim() : '';
	if (!/^[1-9][0-9]*$/.test(invoiceId)) {
		throw new NodeOperationError(this.getNode(), 'Choose the invoice first', {
			description: 'Billomat lists comments per invoice: pick the invoice in "Invoice of the Comment" (or give its ID), then the comment.',
		});
	}
	const search = pickerSearch({
		path: `/invoice-comments?invoice_id=${invoiceId}`,
		root: 'invoice-comments',
		element: 'invoice-comment',
		name: (r) => joinedName(String(r.created ?? '').slice(0, 10), r.actionkey, r.comment),
	});
	const page = await search.call(this, filter, paginationToken);
	const text = (filter ?? '').trim().toLowerCase();
	return text ? { ...page, results: page.results.filter((result) => result.name.toLowerCase().includes(text)) } : page;
}

/** A comment as output: `user_id` a number (as for payments), the 0/1 flag `public` a boolean. */
export function commentOutput(comment: IDataObject): IDataObject {
	const out = paymentOutput(comment);
	const flag = out.public;
	return flag === '0' || flag === '1' || flag === 0 || flag === 1 ? { ...out, public: Number(flag) === 1 } : out;
}
