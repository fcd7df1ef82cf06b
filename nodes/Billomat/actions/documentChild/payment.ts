import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { dateInput } from '../../../shared/dates';
import { returnAllOrLimit } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { numberInput, textInput } from '../../../shared/input';
import type { ItemOperation } from '../../../shared/router';
import { billomatId, BILLOMAT_DATE, dateRangeQuery } from '../../helpers';
import { joinedName, pickerSearch } from '../../methods/listSearch';
import { optionsCollection } from '../invoice/common.descriptions';
import { childIdOf, childLocator, filtersField, parentIdOf, parentLocator } from './fields';
import type { ChildParent, ChildPayments } from './parent';
import { childOperation, childPath, childRoot, deleteChild, listChildren, operationDropdown, readChild, writeChild } from './parent';

/**
 * Payments of a document (https://www.billomat.com/en/api/invoices/payments/,
 * https://www.billomat.com/en/api/credit-notes/payments/): list with filters, get, book (on an
 * open document; "mark as paid"), delete. No update: a payment is deleted and booked again.
 */

const KIND = 'payment';

/** Billomat sends `user_id` as text; the other numeric fields of a payment are made numbers by `normalise`. */
export function userIdOutput(record: IDataObject): IDataObject {
	const userId = record.user_id;
	return typeof userId === 'string' && /^\d+$/.test(userId) ? { ...record, user_id: Number(userId) } : record;
}

/**
 * A payment as output. The credit note payments page's sample record names its credit note
 * `credit_note-id` while its create table and filters say `credit_note_id`: both are read, output
 * as the parent field.
 */
export function paymentOutput(payment: IDataObject, parent?: Pick<ChildParent, 'parentField'>): IDataObject {
	const out = userIdOutput(payment);
	if (!parent) return out;
	const dashed = parent.parentField.replace(/_id$/, '-id');
	if (dashed === parent.parentField || !(dashed in out)) return out;
	const { [dashed]: value, ...rest } = out;
	return { ...rest, [parent.parentField]: rest[parent.parentField] ?? value };
}

function payments(parent: ChildParent): ChildPayments {
	if (!parent.payments) throw new Error(`Billomat has no payments for ${parent.noun}s`);
	return parent.payments;
}

const paymentIdField = (parent: ChildParent) =>
	childLocator(parent, KIND, {
		idError: 'A Billomat payment ID is a whole number, e.g. 12345',
		placeholder: 'e.g. 12345',
		description: 'The payment, as Record Payment or Get Many output it (its ID)',
	});

const paymentIdOf = (ctx: IExecuteFunctions, itemIndex: number) => childIdOf.call(ctx, itemIndex, KIND);

/** POST /{stem}-payments: the document, the amount, and the documented optional fields. */
export function create(parent: ChildParent): ItemOperation {
	const spec = payments(parent);
	const properties: INodeProperties[] = [
		{ displayName: spec.statusNotice, name: 'statusNotice', type: 'notice', default: '' },
		parentLocator(parent, `The ${parent.noun} that was paid`),
		{
			displayName: 'Amount',
			name: 'amount',
			type: 'number',
			typeOptions: { numberPrecision: 2 },
			default: 0,
			required: true,
			description: `The amount received, in the ${parent.noun}’s currency`,
		},
		{
			displayName: `Mark ${parent.label} as Paid`,
			name: spec.markAsPaid.name,
			type: 'boolean',
			default: false,
			description: `Whether to set the ${parent.noun} to Paid even when the amount does not cover what is open (e.g. a small difference written off). A payment of the whole open amount makes it Paid anyway.`,
		},
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{ displayName: 'Comment', name: 'comment', type: 'string', default: '', description: 'A note on the payment' },
				{ displayName: 'Date', name: 'date', type: 'dateTime', typeOptions: { dateOnly: true }, default: '', description: 'The day the payment was received. Default: today.' },
				{
					displayName: 'Payment Type',
					name: 'type',
					type: 'options',
					default: 'BANK_TRANSFER',
					options: spec.bookable.map(([name, value]) => ({ name, value })),
					description: `How the ${parent.noun} was paid`,
				},
				...(spec.transactionPurpose
					? [
							{
								displayName: 'Transaction Purpose',
								name: 'transaction_purpose',
								type: 'string',
								default: '',
								description: 'The purpose (reference) text of the bank transaction',
							} as INodeProperties,
						]
					: []),
			],
		},
		optionsCollection(),
	];
	return childOperation(parent, 'Payment', 'create', properties, async function (this: IExecuteFunctions, itemIndex) {
		const node = this.getNode();
		const parentId = parentIdOf.call(this, parent, itemIndex);
		const amount = numberInput(node, itemIndex, 'Amount', this.getNodeParameter('amount', itemIndex));
		if (amount === undefined || amount === 0) throw inputError(node, itemIndex, '"Amount" is empty or 0', 'Give the amount received, e.g. 119.00.');
		const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
		const payment: IDataObject = { [parent.parentField]: parentId, amount };
		const date = dateInput(node, itemIndex, 'Date', fields.date, BILLOMAT_DATE);
		if (date) payment.date = date;
		const texts: Array<[string, string]> = [['comment', 'Comment']];
		if (spec.transactionPurpose) texts.push(['transaction_purpose', 'Transaction Purpose']);
		for (const [name, text] of texts) {
			const value = textInput(node, itemIndex, text, fields[name]);
			if (value !== undefined && value.trim() !== '') payment[name] = value;
		}
		if (fields.type) payment.type = textInput(node, itemIndex, 'Payment Type', fields.type);
		if (this.getNodeParameter(spec.markAsPaid.name, itemIndex, false) === true) payment[spec.markAsPaid.field] = 1;

		return [{ json: paymentOutput(await writeChild.call(this, parent, KIND, itemIndex, payment, { hints: { 400: spec.bookHint } }), parent) }];
	});
}

/** GET /{stem}-payments/{id}. A payment has nine fields, so there is no Simplify. */
export function get(parent: ChildParent): ItemOperation {
	return childOperation(parent, 'Payment', 'get', [paymentIdField(parent), optionsCollection()], async function (this: IExecuteFunctions, itemIndex) {
		return await readChild.call(this, parent, KIND, paymentIdOf(this, itemIndex), itemIndex, (payment) => paymentOutput(payment, parent));
	});
}

/** GET /{stem}-payments with the documented filters, page by page. */
export function getAll(parent: ChildParent): ItemOperation {
	const spec = payments(parent);
	const idLabel = `${parent.label} ID`;
	const properties: INodeProperties[] = [
		...returnAllOrLimit(),
		filtersField([
			{ displayName: 'From', name: 'from', type: 'dateTime', typeOptions: { dateOnly: true }, default: '', description: 'Only payments received on or after this day' },
			{ displayName: idLabel, name: parent.parentField, type: 'string', default: '', description: `Only the payments of this ${parent.noun} (its numeric ID)` },
			{
				displayName: 'Payment Types',
				name: 'type',
				type: 'multiOptions',
				default: [],
				options: spec.filterTypes.map(([name, value]) => ({ name, value })),
				description: 'Payments of any of these types',
			},
			{ displayName: 'To', name: 'to', type: 'dateTime', typeOptions: { dateOnly: true }, default: '', description: 'Only payments received on or before this day' },
			{ displayName: 'User ID', name: 'user_id', type: 'string', default: '', description: 'Only payments recorded by this Billomat user' },
		]),
		optionsCollection(),
	];
	return childOperation(parent, 'Payment', 'getAll', properties, async function (this: IExecuteFunctions, itemIndex) {
		const node = this.getNode();
		const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
		const qs: IDataObject = {};
		for (const [field, label] of [
			[parent.parentField, idLabel],
			['user_id', 'User ID'],
		]) {
			if (filters[field] !== undefined && filters[field] !== '') qs[field] = billomatId(node, itemIndex, filters[field], label);
		}
		Object.assign(qs, dateRangeQuery(node, itemIndex, filters));
		// Several types are sent comma-separated; Billomat OR-s them.
		const types = (filters.type as string[] | undefined) ?? [];
		if (types.length) qs.type = types.join(',');
		const records = await listChildren.call(this, parent, KIND, itemIndex, qs);
		return records.map((payment) => ({ json: paymentOutput(payment, parent) }));
	});
}

/** DELETE /{stem}-payments/{id}; the output is a summary. */
export function del(parent: ChildParent): ItemOperation {
	const spec = payments(parent);
	const properties: INodeProperties[] = [
		{ displayName: spec.deleteNotice, name: 'deleteNotice', type: 'notice', default: '' },
		paymentIdField(parent),
		optionsCollection(),
	];
	return childOperation(parent, 'Payment', 'delete', properties, async function (this: IExecuteFunctions, itemIndex) {
		const id = paymentIdOf(this, itemIndex);
		return await deleteChild.call(this, parent, KIND, id, itemIndex, { subject: `payment ${id}` });
	});
}

/** The Payment picker: every payment of the family's documents (the list has no text filter), page by page. */
export function search(parent: ChildParent) {
	return pickerSearch({
		path: childPath(parent, KIND),
		root: `${childRoot(parent, KIND)}s`,
		element: childRoot(parent, KIND),
		name: (r) => joinedName(r.date, r.amount, r.type, `${parent.noun} ${String(r[parent.parentField] ?? r[parent.parentField.replace(/_id$/, '-id')])}`),
	});
}

/** The Operation dropdown of the family's payment resource. */
export function dropdown(parent: ChildParent): INodeProperties {
	const n = parent.noun;
	const a = /^[aeiou]/.test(n) ? 'an' : 'a';
	return operationDropdown(parent, 'Payment', 'create', [
		{ name: 'Create', value: 'create', description: `Record a payment received for ${a} ${n}`, action: `Record ${a} ${n} payment` },
		{ name: 'Delete', value: 'delete', description: `Delete a payment: the ${n} is open again`, action: `Delete ${a} ${n} payment` },
		{ name: 'Get', value: 'get', description: 'Get a payment', action: `Get ${a} ${n} payment` },
		{ name: 'Get Many', value: 'getAll', description: `Get payments by ${n}, date, type or user`, action: `Get many ${n} payments` },
	]);
}
