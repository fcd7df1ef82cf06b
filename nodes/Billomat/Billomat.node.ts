import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { route } from '../shared/router';
import * as article from './actions/article/Article.resource';
import * as client from './actions/client/Client.resource';
import * as contact from './actions/contact/Contact.resource';
import * as creditNote from './actions/creditNote/CreditNote.resource';
import * as creditNoteComment from './actions/creditNoteComment/CreditNoteComment.resource';
import { searchCreditNoteComments } from './actions/creditNoteComment/common.descriptions';
import * as creditNoteItem from './actions/creditNoteItem/CreditNoteItem.resource';
import * as creditNotePayment from './actions/creditNotePayment/CreditNotePayment.resource';
import { searchCreditNotePayments } from './actions/creditNotePayment/common.descriptions';
import * as creditNoteTag from './actions/creditNoteTag/CreditNoteTag.resource';
import { searchCreditNoteTags } from './actions/creditNoteTag/common.descriptions';
import { searchContacts } from './actions/contact/record';
import * as invoice from './actions/invoice/Invoice.resource';
import * as invoiceComment from './actions/invoiceComment/InvoiceComment.resource';
import { searchInvoiceComments } from './actions/invoiceComment/common.descriptions';
import * as invoiceItem from './actions/invoiceItem/InvoiceItem.resource';
import * as invoicePayment from './actions/invoicePayment/InvoicePayment.resource';
import { searchInvoicePayments } from './actions/invoicePayment/common.descriptions';
import * as invoiceTag from './actions/invoiceTag/InvoiceTag.resource';
import { searchInvoiceTags } from './actions/invoiceTag/common.descriptions';
import * as tax from './actions/tax/Tax.resource';
import * as unit from './actions/unit/Unit.resource';
import { joinedName, pickerSearch } from './methods/listSearch';

export class Billomat implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Billomat',
		name: 'billomat',
		icon: { light: 'file:../../icons/billomat.svg', dark: 'file:../../icons/billomat.dark.svg' },
		group: ['output'],
		// 1.1: Get and Get Many have Simplify as their own switch, on by default (1: in Options, off).
		version: [1, 1.1],
		defaultVersion: 1.1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Create, complete, send and pay invoices in Billomat, and manage its clients, contacts and articles',
		defaults: { name: 'Billomat' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'billomatApi', required: true }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Article', value: 'article' },
					{ name: 'Client', value: 'client' },
					{ name: 'Contact', value: 'contact' },
					{ name: 'Credit Note', value: 'creditNote' },
					{ name: 'Credit Note Comment', value: 'creditNoteComment' },
					{ name: 'Credit Note Item', value: 'creditNoteItem' },
					{ name: 'Credit Note Payment', value: 'creditNotePayment' },
					{ name: 'Credit Note Tag', value: 'creditNoteTag' },
					{ name: 'Invoice', value: 'invoice' },
					{ name: 'Invoice Comment', value: 'invoiceComment' },
					{ name: 'Invoice Item', value: 'invoiceItem' },
					{ name: 'Invoice Payment', value: 'invoicePayment' },
					{ name: 'Invoice Tag', value: 'invoiceTag' },
					{ name: 'Tax', value: 'tax' },
					{ name: 'Unit', value: 'unit' },
				],
				default: 'invoice',
			},
			...article.description,
			...client.description,
			...contact.description,
			...creditNote.description,
			...creditNoteComment.description,
			...creditNoteItem.description,
			...creditNotePayment.description,
			...creditNoteTag.description,
			...invoice.description,
			...invoiceComment.description,
			...invoiceItem.description,
			...invoicePayment.description,
			...invoiceTag.description,
			...tax.description,
			...unit.description,
		],
	};

	methods = {
		listSearch: {
			searchArticles: pickerSearch({ path: '/articles', root: 'articles', element: 'article', searchFilter: 'title', name: (r) => joinedName(r.article_number, r.title) }),
			searchClients: pickerSearch({ path: '/clients', root: 'clients', element: 'client', searchFilter: 'name', name: (r) => joinedName(r.client_number, r.name) }),
			searchContacts,
			searchCreditNotes: pickerSearch({
				path: '/credit-notes',
				root: 'credit-notes',
				element: 'credit-note',
				searchFilter: 'credit_note_number',
				name: (r) => joinedName(r.credit_note_number, r.label),
			}),
			searchCreditNoteComments,
			searchCreditNotePayments,
			searchCreditNoteTags,
			searchInvoiceComments,
			searchInvoiceTags,
			searchInvoices: pickerSearch({ path: '/invoices', root: 'invoices', element: 'invoice', searchFilter: 'invoice_number', name: (r) => joinedName(r.invoice_number, r.label) }),
			searchInvoicePayments,
			// Taxes have no documented filter: the list pages through every rate.
			searchTaxes: pickerSearch({ path: '/taxes', root: 'taxes', element: 'tax', name: (r) => joinedName(r.name, `${String(r.rate)} %`) }),
			searchUnits: pickerSearch({ path: '/units', root: 'units', element: 'unit', searchFilter: 'name', name: (r) => joinedName(r.name) }),
		},
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await route.call(this, {
			article: article.operations,
			client: client.operations,
			contact: contact.operations,
			creditNote: creditNote.operations,
			creditNoteComment: creditNoteComment.operations,
			creditNoteItem: creditNoteItem.operations,
			creditNotePayment: creditNotePayment.operations,
			creditNoteTag: creditNoteTag.operations,
			invoice: invoice.operations,
			invoiceComment: invoiceComment.operations,
			invoiceItem: invoiceItem.operations,
			invoicePayment: invoicePayment.operations,
			invoiceTag: invoiceTag.operations,
			tax: tax.operations,
			unit: unit.operations,
		});
	}
}
