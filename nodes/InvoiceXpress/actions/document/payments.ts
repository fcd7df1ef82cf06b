import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { dateInput } from '../../../shared/dates';
import { locatorValue, optionsCollection, recordLocator, timeoutOf } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { numberInput, textInput } from '../../../shared/input';
import type { ItemOperation } from '../../../shared/router';
import { documentId, INVOICEXPRESS_DATE, outputDocument } from '../../helpers';
import { apiRequest, documentOf, DOCUMENT_OR_EMPTY } from '../../transport';
import { PAYMENT_MECHANISM_CODES, PAYMENT_MECHANISMS } from '../../values/documents';
import { simplifyField } from './descriptions';
import type { DocumentFamily } from './family';
import { documentIdFields, documentIdOf, documentTypeField, familyOperation, typeOf, unknownDocument } from './family';
import { changeDocumentState } from './state';
import { STATES } from './states';

/**
 * Generate Payment: POST /documents/{id}/partial_payments.json with `{"partial_payment": {amount,
 * payment_date, payment_mechanism, note, serie}}` (https://invoicexpress.com/api-v2/invoices/generate-payment):
 * a payment of the document, which InvoiceXpress turns into a receipt; the document is settled once
 * paid in full. Output: the receipt (the reply's one document), or a summary when the reply is empty.
 * A POST is never repeated after a failure that may have reached InvoiceXpress.
 */
export function generatePayment(family: DocumentFamily): ItemOperation {
	const properties: INodeProperties[] = [
		documentTypeField(family, 'generatePayment'),
		...documentIdFields(family),
		{
			displayName: 'Amount',
			name: 'amount',
			type: 'number',
			typeOptions: { minValue: 0, numberPrecision: 2 },
			default: 0,
			required: true,
			description: 'The amount paid: the document’s total, or a part of it (a partial payment)',
		},
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{ displayName: 'Note', name: 'note', type: 'string', default: '', description: 'Observations printed on the receipt' },
				{
					displayName: 'Payment Date',
					name: 'paymentDate',
					type: 'dateTime',
					typeOptions: { dateOnly: true },
					default: '',
					description: 'When it was paid. A date picker value, an ISO date or dd/mm/yyyy; sent as dd/mm/yyyy.',
				},
				{
					displayName: 'Payment Mechanism',
					name: 'paymentMechanism',
					type: 'options',
					options: PAYMENT_MECHANISMS,
					default: 'TB',
					description: 'How it was paid (SAF-T payment mechanism code)',
				},
				{ displayName: 'Series', name: 'serie', type: 'string', default: '', placeholder: 'A', description: 'The series of the receipt' },
			],
		},
		simplifyField,
		optionsCollection(),
	];
	return familyOperation(family, 'generatePayment', properties, async function (this: IExecuteFunctions, itemIndex) {
		const node = this.getNode();
		const type = typeOf.call(this, family, itemIndex);
		const id = documentIdOf.call(this, family, itemIndex);
		const amount = numberInput(node, itemIndex, 'Amount', this.getNodeParameter('amount', itemIndex));
		if (amount === undefined || amount <= 0) {
			throw inputError(node, itemIndex, `"Amount" (${amount ?? 'empty'}) must be greater than 0`, 'Give the amount paid, e.g. 100.00.');
		}
		const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as {
			note?: string;
			paymentDate?: unknown;
			paymentMechanism?: string;
			serie?: string;
		};
		const payment: IDataObject = {};
		if (fields.paymentMechanism) {
			if (!PAYMENT_MECHANISM_CODES.includes(fields.paymentMechanism)) {
				throw inputError(node, itemIndex, `"Payment Mechanism" (${fields.paymentMechanism}) is not a documented code`, `Pick one of ${PAYMENT_MECHANISM_CODES.join(', ')}.`);
			}
			payment.payment_mechanism = fields.paymentMechanism;
		}
		const note = textInput(node, itemIndex, 'Note', fields.note, { xml: true });
		if (note?.trim()) payment.note = note;
		const serie = textInput(node, itemIndex, 'Series', fields.serie, { xml: true });
		if (serie?.trim()) payment.serie = serie.trim();
		payment.amount = amount;
		const date = dateInput(node, itemIndex, 'Payment Date', fields.paymentDate, INVOICEXPRESS_DATE);
		if (date !== undefined) payment.payment_date = date;
		const reply = await apiRequest.call(this, {
			method: 'POST',
			path: `/documents/${id}/partial_payments`,
			body: { root: 'partial_payment', value: payment },
			notFound: unknownDocument(type, id),
			shape: DOCUMENT_OR_EMPTY,
			itemIndex,
			timeout: timeoutOf(this, itemIndex),
		});
		const receipt = documentOf(reply);
		return [{ json: receipt ? outputDocument.call(this, itemIndex, receipt) : { id: Number(id), documentType: type.value, paid: amount } }];
	});
}

/**
 * Cancel Payment: PUT /receipts/{receipt-id}/change-state.json with `{"receipt": {"state":
 * "canceled", "message": …}}` (https://invoicexpress.com/api-v2/invoices/cancel-payment, "Cancels a
 * payment and it's associated receipt"). The message is required.
 */
export function cancelPayment(family: DocumentFamily): ItemOperation {
	const properties: INodeProperties[] = [
		recordLocator({
			displayName: 'Receipt',
			name: 'receiptId',
			searchListMethod: 'searchReceipts',
			idPattern: '^[1-9][0-9]*$',
			idError: 'An InvoiceXpress receipt ID is a whole number, e.g. 1503698 (not its sequence number)',
			placeholder: 'e.g. 1503698',
			description: `The receipt of the payment (Generate Payment’s output, or a receipt among the ${family.noun}’s related documents)`,
		}),
		{
			displayName: 'Message',
			name: 'message',
			type: 'string',
			default: '',
			required: true,
			description: 'Why the payment is canceled',
		},
		simplifyField,
		optionsCollection(),
	];
	return familyOperation(family, 'cancelPayment', properties, async function (this: IExecuteFunctions, itemIndex) {
		const node = this.getNode();
		const id = documentId(node, itemIndex, locatorValue(this, 'receiptId', itemIndex), 'Receipt');
		const message = String(this.getNodeParameter('message', itemIndex, '') ?? '');
		if (message.trim() === '') {
			throw inputError(node, itemIndex, 'canceling a payment needs a message', 'Fill in "Message" with the reason for the cancellation.');
		}
		return await changeDocumentState.call(
			this,
			itemIndex,
			{
				path: 'receipts',
				root: 'receipt',
				name: 'Receipt',
				id,
				state: 'canceled',
				message: textInput(node, itemIndex, 'Message', message, { xml: true }) ?? message,
				target: STATES.canceled,
				notFound: `Receipt ${id} is unknown`,
			},
			{ id: Number(id), documentType: 'receipts', state: 'canceled' },
		);
	});
}
