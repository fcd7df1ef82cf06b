import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { timeoutOf } from '../../../shared/descriptions';
import { inputError } from '../../../shared/errors';
import { authentication, INVOICES, invoicesOf, outputInvoice, shopwaveId } from '../../helpers';
import { apiRequest } from '../../transport';
import { optionsCollection, simplifyField, simplifyOf } from './common.descriptions';

const properties: INodeProperties[] = [
	{
		displayName: 'Invoice ID',
		name: 'invoiceId',
		type: 'string',
		default: '',
		required: true,
		description: 'ID of the invoice to get',
	},
	simplifyField,
	optionsCollection(),
];

export const description = updateDisplayOptions({ show: { resource: ['invoice'], operation: ['get'] } }, properties);

/** GET /invoice with the `invoiceId` header: the one invoice, or an error naming the item. */
export async function execute(this: IExecuteFunctions, itemIndex: number): Promise<INodeExecutionData[]> {
	const node = this.getNode();
	const raw = this.getNodeParameter('invoiceId', itemIndex) as unknown;
	if (raw === undefined || raw === null || raw === '') {
		throw inputError(node, itemIndex, 'Invoice ID is empty', 'Give the ID of the invoice to get.');
	}
	const invoiceId = shopwaveId(node, itemIndex, 'Invoice ID', raw);
	const options = this.getNodeParameter('options', itemIndex, {}) as { apiVersion?: string };
	const reply = await apiRequest.call(this, {
		method: 'GET',
		path: '/invoice',
		authentication: authentication(this),
		apiVersion: options.apiVersion,
		headers: { invoiceId: String(invoiceId) },
		shape: INVOICES,
		itemIndex,
		timeout: timeoutOf(this, itemIndex),
	});
	const invoice = invoicesOf(reply).find((candidate) => String(candidate.id) === String(invoiceId));
	if (!invoice) {
		throw inputError(
			node,
			itemIndex,
			`Shopwave has no invoice ${invoiceId} that the connected user can see`,
			'Check the Invoice ID, or use "Get Many" to list the invoices of your stores.',
		);
	}
	return [{ json: simplifyOf.call(this, itemIndex) ? outputInvoice(invoice) : invoice }];
}
