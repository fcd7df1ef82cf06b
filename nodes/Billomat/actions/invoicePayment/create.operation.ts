import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { dateInput } from '../../../shared/dates';
import { inputError } from '../../../shared/errors';
import { numberInput, textInput } from '../../../shared/input';
import { BILLOMAT_DATE, recordShape, requestOptions, unwrapRecord } from '../../helpers';
import { apiRequest } from '../../transport';
import { optionsCollection } from '../invoice/common.descriptions';
import { BOOKABLE_PAYMENT_TYPES, invoiceIdOf, invoiceLocator, paymentOutput } from './common.descriptions';

const properties: INodeProperties[] = [
	{
		displayName: 'Payments can be recorded for completed invoices that are Open or Overdue',
		name: 'statusNotice',
		type: 'notice',
		default: '',
	},
	invoiceLocator('The invoice that was paid'),
	{
		displayName: 'Amount',
		name: 'amount',
		type: 'number',
		typeOptions: { numberPrecision: 2 },
		default: 0,
		required: true,
		description: 'The amount received, in the invoice’s currency',
	},
	{
		displayName: 'Mark Invoice as Paid',
		name: 'markInvoiceAsPaid',
		type: 'boolean',
		default: false,
		description:
			'Whether to set the invoice to Paid even when the amount does not cover what is open (e.g. a small difference written off). A payment of the whole open amount makes it Paid anyway.',
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
				options: BOOKABLE_PAYMENT_TYPES.map(([name, value]) => ({ name, value })),
				description: 'How the invoice was paid',
			},
			{
				displayName: 'Transaction Purpose',
				name: 'transaction_purpose',
				type: 'string',
				default: '',
				description: 'The purpose (reference) text of the bank transaction',
			},
		],
	},
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: ['invoicePayment'], operation: ['create'] } }, properties);

/** POST /invoice-payments. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const node = this.getNode();
	const invoiceId = invoiceIdOf.call(this, itemIndex);
	const amount = numberInput(node, itemIndex, 'Amount', this.getNodeParameter('amount', itemIndex));
	if (amount === undefined || amount === 0) {
		throw inputError(node, itemIndex, '"Amount" is empty or 0', 'Give the amount received, e.g. 119.00.');
	}
	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const payment: IDataObject = { invoice_id: invoiceId, amount };
	const date = dateInput(node, itemIndex, 'Date', fields.date, BILLOMAT_DATE);
	if (date) payment.date = date;
	for (const [name, label] of [
		['comment', 'Comment'],
		['transaction_purpose', 'Transaction Purpose'],
	] as const) {
		const text = textInput(node, itemIndex, label, fields[name]);
		if (text !== undefined && text.trim() !== '') payment[name] = text;
	}
	if (fields.type) payment.type = textInput(node, itemIndex, 'Payment Type', fields.type);
	if (this.getNodeParameter('markInvoiceAsPaid', itemIndex, false) === true) payment.mark_invoice_as_paid = 1;

	const body = await apiRequest.call(this, {
		method: 'POST',
		path: '/invoice-payments',
		body: { 'invoice-payment': payment },
		shape: recordShape('invoice-payment'),
		...requestOptions.call(this, itemIndex),
		hints: {
			400: 'Billomat books payments only for completed invoices that are Open or Overdue: a draft must be completed first, and a paid or canceled invoice takes no more payments.',
		},
	});
	return [{ json: paymentOutput(unwrapRecord(body, 'invoice-payment')) }];
}
