import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import type { ConcurrencyDefaults } from '../shared/descriptions';
import { withConcurrencyDefaults } from '../shared/descriptions';
import { route } from '../shared/router';
import * as article from './actions/article/Article.resource';
import * as client from './actions/client/Client.resource';
import * as clientProperty from './actions/clientProperty/ClientProperty.resource';
import * as clientPropertyValue from './actions/clientPropertyValue/ClientPropertyValue.resource';
import * as contact from './actions/contact/Contact.resource';
import * as creditNote from './actions/creditNote/CreditNote.resource';
import * as creditNoteComment from './actions/creditNoteComment/CreditNoteComment.resource';
import { searchCreditNoteComments } from './actions/creditNoteComment/common.descriptions';
import * as creditNoteItem from './actions/creditNoteItem/CreditNoteItem.resource';
import * as creditNotePayment from './actions/creditNotePayment/CreditNotePayment.resource';
import { searchCreditNotePayments } from './actions/creditNotePayment/common.descriptions';
import * as creditNoteTag from './actions/creditNoteTag/CreditNoteTag.resource';
import { searchCreditNoteTags } from './actions/creditNoteTag/common.descriptions';
import * as incomingComment from './actions/incomingComment/IncomingComment.resource';
import { searchIncomingInvoiceComments } from './actions/incomingComment/common.descriptions';
import * as incomingItem from './actions/incomingItem/IncomingItem.resource';
import { searchIncomingInvoiceItems } from './actions/incomingItem/common.descriptions';
import * as incomingPayment from './actions/incomingPayment/IncomingPayment.resource';
import { searchIncomingInvoicePayments } from './actions/incomingPayment/common.descriptions';
import * as incomingTag from './actions/incomingTag/IncomingTag.resource';
import { searchIncomingInvoiceTags } from './actions/incomingTag/common.descriptions';
import * as letterComment from './actions/letterComment/LetterComment.resource';
import { searchLetterComments } from './actions/letterComment/common.descriptions';
import * as letterTag from './actions/letterTag/LetterTag.resource';
import { searchLetterTags } from './actions/letterTag/common.descriptions';
import * as recurringItem from './actions/recurringItem/RecurringItem.resource';
import * as recurringTag from './actions/recurringTag/RecurringTag.resource';
import { searchRecurringInvoiceTags } from './actions/recurringTag/common.descriptions';
import * as reminderItem from './actions/reminderItem/ReminderItem.resource';
import * as reminderTag from './actions/reminderTag/ReminderTag.resource';
import { searchReminderTags } from './actions/reminderTag/common.descriptions';
import { searchContacts } from './actions/contact/record';
import { searchDocumentContacts } from './actions/document/pickers';
import * as emailTemplate from './actions/emailTemplate/EmailTemplate.resource';
import * as freeText from './actions/freeText/FreeText.resource';
import * as incoming from './actions/incoming/Incoming.resource';
import * as confirmation from './actions/confirmation/Confirmation.resource';
import * as confirmationComment from './actions/confirmationComment/ConfirmationComment.resource';
import { searchConfirmationComments } from './actions/confirmationComment/common.descriptions';
import * as confirmationItem from './actions/confirmationItem/ConfirmationItem.resource';
import * as confirmationTag from './actions/confirmationTag/ConfirmationTag.resource';
import { searchConfirmationTags } from './actions/confirmationTag/common.descriptions';
import * as deliveryNote from './actions/deliveryNote/DeliveryNote.resource';
import * as deliveryNoteComment from './actions/deliveryNoteComment/DeliveryNoteComment.resource';
import { searchDeliveryNoteComments } from './actions/deliveryNoteComment/common.descriptions';
import * as deliveryNoteItem from './actions/deliveryNoteItem/DeliveryNoteItem.resource';
import * as deliveryNoteTag from './actions/deliveryNoteTag/DeliveryNoteTag.resource';
import { searchDeliveryNoteTags } from './actions/deliveryNoteTag/common.descriptions';
import * as estimate from './actions/estimate/Estimate.resource';
import * as estimateComment from './actions/estimateComment/EstimateComment.resource';
import { searchEstimateComments } from './actions/estimateComment/common.descriptions';
import * as estimateItem from './actions/estimateItem/EstimateItem.resource';
import * as estimateTag from './actions/estimateTag/EstimateTag.resource';
import { searchEstimateTags } from './actions/estimateTag/common.descriptions';
import * as invoice from './actions/invoice/Invoice.resource';
import * as invoiceComment from './actions/invoiceComment/InvoiceComment.resource';
import { searchInvoiceComments } from './actions/invoiceComment/common.descriptions';
import * as invoiceItem from './actions/invoiceItem/InvoiceItem.resource';
import * as invoicePayment from './actions/invoicePayment/InvoicePayment.resource';
import { searchInvoicePayments } from './actions/invoicePayment/common.descriptions';
import * as invoiceTag from './actions/invoiceTag/InvoiceTag.resource';
import * as letter from './actions/letter/Letter.resource';
import * as recurring from './actions/recurring/Recurring.resource';
import * as reminder from './actions/reminder/Reminder.resource';
import { searchInvoiceTags } from './actions/invoiceTag/common.descriptions';
import * as supplier from './actions/supplier/Supplier.resource';
import * as tax from './actions/tax/Tax.resource';
import * as template from './actions/template/Template.resource';
import * as unit from './actions/unit/Unit.resource';
import * as user from './actions/user/User.resource';
import { joinedName, pickerSearch } from './methods/listSearch';

/** Options › Concurrent Requests by operation kind (reads and creates: the gate keeps Billomat's budget from its X-Rate-Limit headers). */
const CONCURRENCY: ConcurrencyDefaults = { read: 3, create: 3 };

export class Billomat implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Billomat',
		name: 'billomat',
		icon: { light: 'file:../../icons/billomat.svg', dark: 'file:../../icons/billomat.dark.svg' },
		group: ['output'],
		// 1.1: Get and Get Many have Simplify as their own switch, on by default (1: in Options, off).
		// 1.2: the invoice operations' ID fields (and Article › Get Many's ID filters) are pickers.
		version: [1, 1.1, 1.2],
		defaultVersion: 1.2,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Create, complete, send and pay invoices in Billomat, and manage its clients, contacts and articles',
		defaults: { name: 'Billomat' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'billomatApi', required: true }],
		properties: withConcurrencyDefaults([
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Article', value: 'article' },
					{ name: 'Client', value: 'client' },
					{ name: 'Client Property', value: 'clientProperty' },
					{ name: 'Client Property Value', value: 'clientPropertyValue' },
					{ name: 'Confirmation', value: 'confirmation' },
					{ name: 'Confirmation Comment', value: 'confirmationComment' },
					{ name: 'Confirmation Item', value: 'confirmationItem' },
					{ name: 'Confirmation Tag', value: 'confirmationTag' },
					{ name: 'Contact', value: 'contact' },
					{ name: 'Credit Note', value: 'creditNote' },
					{ name: 'Credit Note Comment', value: 'creditNoteComment' },
					{ name: 'Credit Note Item', value: 'creditNoteItem' },
					{ name: 'Credit Note Payment', value: 'creditNotePayment' },
					{ name: 'Credit Note Tag', value: 'creditNoteTag' },
					{ name: 'Delivery Note', value: 'deliveryNote' },
					{ name: 'Delivery Note Comment', value: 'deliveryNoteComment' },
					{ name: 'Delivery Note Item', value: 'deliveryNoteItem' },
					{ name: 'Delivery Note Tag', value: 'deliveryNoteTag' },
					{ name: 'E-Mail Template', value: 'emailTemplate' },
					{ name: 'Estimate', value: 'estimate' },
					{ name: 'Estimate Comment', value: 'estimateComment' },
					{ name: 'Estimate Item', value: 'estimateItem' },
					{ name: 'Estimate Tag', value: 'estimateTag' },
					{ name: 'Free Text', value: 'freeText' },
					{ name: 'Incoming Invoice', value: 'incoming' },
					{ name: 'Incoming Invoice Comment', value: 'incomingComment' },
					{ name: 'Incoming Invoice Item', value: 'incomingItem' },
					{ name: 'Incoming Invoice Payment', value: 'incomingPayment' },
					{ name: 'Incoming Invoice Tag', value: 'incomingTag' },
					{ name: 'Invoice', value: 'invoice' },
					{ name: 'Invoice Comment', value: 'invoiceComment' },
					{ name: 'Invoice Item', value: 'invoiceItem' },
					{ name: 'Invoice Payment', value: 'invoicePayment' },
					{ name: 'Invoice Tag', value: 'invoiceTag' },
					{ name: 'Letter', value: 'letter' },
					{ name: 'Letter Comment', value: 'letterComment' },
					{ name: 'Letter Tag', value: 'letterTag' },
					{ name: 'Recurring Invoice', value: 'recurring' },
					{ name: 'Recurring Invoice Item', value: 'recurringItem' },
					{ name: 'Recurring Invoice Tag', value: 'recurringTag' },
					{ name: 'Reminder', value: 'reminder' },
					{ name: 'Reminder Item', value: 'reminderItem' },
					{ name: 'Reminder Tag', value: 'reminderTag' },
					{ name: 'Supplier', value: 'supplier' },
					{ name: 'Tax', value: 'tax' },
					{ name: 'Template', value: 'template' },
					{ name: 'Unit', value: 'unit' },
					{ name: 'User', value: 'user' },
				],
				default: 'invoice',
			},
			...article.description,
			...client.description,
			...clientProperty.description,
			...clientPropertyValue.description,
			...confirmation.description,
			...confirmationComment.description,
			...confirmationItem.description,
			...confirmationTag.description,
			...contact.description,
			...creditNote.description,
			...creditNoteComment.description,
			...creditNoteItem.description,
			...creditNotePayment.description,
			...creditNoteTag.description,
			...deliveryNote.description,
			...deliveryNoteComment.description,
			...deliveryNoteItem.description,
			...deliveryNoteTag.description,
			...emailTemplate.description,
			...estimate.description,
			...estimateComment.description,
			...estimateItem.description,
			...estimateTag.description,
			...freeText.description,
			...incoming.description,
			...incomingComment.description,
			...incomingItem.description,
			...incomingPayment.description,
			...incomingTag.description,
			...invoice.description,
			...invoiceComment.description,
			...invoiceItem.description,
			...invoicePayment.description,
			...invoiceTag.description,
			...letter.description,
			...letterComment.description,
			...letterTag.description,
			...recurring.description,
			...recurringItem.description,
			...recurringTag.description,
			...reminder.description,
			...reminderItem.description,
			...reminderTag.description,
			...supplier.description,
			...tax.description,
			...template.description,
			...unit.description,
			...user.description,
		], CONCURRENCY),
	};

	methods = {
		listSearch: {
			searchArticles: pickerSearch({ path: '/articles', root: 'articles', element: 'article', searchFilter: 'title', name: (r) => joinedName(r.article_number, r.title) }),
			searchClients: pickerSearch({ path: '/clients', root: 'clients', element: 'client', searchFilter: 'name', name: (r) => joinedName(r.client_number, r.name) }),
			// Client properties, e-mail templates and free texts document no filter: the lists page through every record.
			searchClientProperties: pickerSearch({ path: '/client-properties', root: 'client-properties', element: 'client-property', name: (r) => joinedName(r.name, r.type) }),
			searchClientPropertyValues: pickerSearch({
				path: '/client-property-values',
				root: 'client-property-values',
				element: 'client-property-value',
				searchFilter: 'value',
				name: (r) => joinedName(r.name, r.value, `client ${String(r.client_id)}`),
			}),
			searchConfirmations: pickerSearch({
				path: '/confirmations',
				root: 'confirmations',
				element: 'confirmation',
				searchFilter: 'confirmation_number',
				name: (r) => joinedName(r.confirmation_number, r.label),
			}),
			searchConfirmationComments,
			searchConfirmationTags,
			searchContacts,
			searchDocumentContacts,
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
			searchDeliveryNotes: pickerSearch({
				path: '/delivery-notes',
				root: 'delivery-notes',
				element: 'delivery-note',
				searchFilter: 'delivery_note_number',
				name: (r) => joinedName(r.delivery_note_number, r.label),
			}),
			searchDeliveryNoteComments,
			searchDeliveryNoteTags,
			searchEstimateComments,
			searchEstimateTags,
			searchEstimates: pickerSearch({ path: '/offers', root: 'offers', element: 'offer', searchFilter: 'offer_number', name: (r) => joinedName(r.offer_number, r.label) }),
			searchEmailTemplates: pickerSearch({ path: '/email-templates', root: 'email-templates', element: 'email-template', name: (r) => joinedName(r.name, r.type) }),
			searchFreeTexts: pickerSearch({ path: '/free-texts', root: 'free-texts', element: 'free-text', name: (r) => joinedName(r.name, r.type) }),
			searchIncomingInvoiceComments,
			searchIncomingInvoiceItems,
			searchIncomingInvoicePayments,
			searchIncomingInvoiceTags,
			searchIncomings: pickerSearch({ path: '/incomings', root: 'incomings', element: 'incoming', searchFilter: 'incoming_number', name: (r) => joinedName(r.number, r.label) }),
			searchInvoiceComments,
			searchInvoiceTags,
			searchLetterComments,
			searchLetterTags,
			searchLetters: pickerSearch({ path: '/letters', root: 'letters', element: 'letter', searchFilter: 'subject', name: (r) => joinedName(r.subject, r.label, r.date) }),
			searchRecurringInvoiceTags,
			searchRecurrings: pickerSearch({ path: '/recurrings', root: 'recurrings', element: 'recurring', searchFilter: 'name', name: (r) => joinedName(r.name, r.cycle) }),
			searchReminderTags,
			searchReminders: pickerSearch({
				path: '/reminders',
				root: 'reminders',
				element: 'reminder',
				searchFilter: 'invoice_number',
				name: (r) => joinedName(r.subject, `invoice ${String(r.invoice_id)}`, r.date),
			}),
			searchInvoices: pickerSearch({ path: '/invoices', root: 'invoices', element: 'invoice', searchFilter: 'invoice_number', name: (r) => joinedName(r.invoice_number, r.label) }),
			// Supplier properties have no documented filter: the list pages through every property.
			searchSupplierProperties: pickerSearch({ path: '/supplier-properties', root: 'supplier-properties', element: 'supplier-property', name: (r) => joinedName(r.name, r.type) }),
			searchSupplierPropertyValues: pickerSearch({
				path: '/supplier-property-values',
				root: 'supplier-property-values',
				element: 'supplier-property-value',
				searchFilter: 'value',
				name: (r) => joinedName(`${String(r.name ?? '')}: ${String(r.value ?? '')}`, `supplier ${String(r.supplier_id)}`),
			}),
			searchSuppliers: pickerSearch({ path: '/suppliers', root: 'suppliers', element: 'supplier', searchFilter: 'name', name: (r) => joinedName(r.name) }),
			searchInvoicePayments,
			// Taxes have no documented filter: the list pages through every rate.
			searchTaxes: pickerSearch({ path: '/taxes', root: 'taxes', element: 'tax', name: (r) => joinedName(r.name, `${String(r.rate)} %`) }),
			// Templates have no name filter; the box text is not sent (type= would refuse partial words).
			searchTemplates: pickerSearch({ path: '/templates', root: 'templates', element: 'template', name: (r) => joinedName(r.name, r.type) }),
			searchUnits: pickerSearch({ path: '/units', root: 'units', element: 'unit', searchFilter: 'name', name: (r) => joinedName(r.name) }),
			searchUsers: pickerSearch({ path: '/users', root: 'users', element: 'user', searchFilter: 'last_name', name: (r) => joinedName([r.first_name, r.last_name].filter(Boolean).join(' '), r.email) }),
		},
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await route.call(this, {
			article: article.operations,
			client: client.operations,
			clientProperty: clientProperty.operations,
			clientPropertyValue: clientPropertyValue.operations,
			confirmation: confirmation.operations,
			confirmationComment: confirmationComment.operations,
			confirmationItem: confirmationItem.operations,
			confirmationTag: confirmationTag.operations,
			contact: contact.operations,
			creditNote: creditNote.operations,
			creditNoteComment: creditNoteComment.operations,
			creditNoteItem: creditNoteItem.operations,
			creditNotePayment: creditNotePayment.operations,
			creditNoteTag: creditNoteTag.operations,
			deliveryNote: deliveryNote.operations,
			deliveryNoteComment: deliveryNoteComment.operations,
			deliveryNoteItem: deliveryNoteItem.operations,
			deliveryNoteTag: deliveryNoteTag.operations,
			emailTemplate: emailTemplate.operations,
			estimate: estimate.operations,
			estimateComment: estimateComment.operations,
			estimateItem: estimateItem.operations,
			estimateTag: estimateTag.operations,
			freeText: freeText.operations,
			incoming: incoming.operations,
			incomingComment: incomingComment.operations,
			incomingItem: incomingItem.operations,
			incomingPayment: incomingPayment.operations,
			incomingTag: incomingTag.operations,
			invoice: invoice.operations,
			invoiceComment: invoiceComment.operations,
			invoiceItem: invoiceItem.operations,
			invoicePayment: invoicePayment.operations,
			invoiceTag: invoiceTag.operations,
			letter: letter.operations,
			letterComment: letterComment.operations,
			letterTag: letterTag.operations,
			recurring: recurring.operations,
			recurringItem: recurringItem.operations,
			recurringTag: recurringTag.operations,
			reminder: reminder.operations,
			reminderItem: reminderItem.operations,
			reminderTag: reminderTag.operations,
			supplier: supplier.operations,
			tax: tax.operations,
			template: template.operations,
			unit: unit.operations,
			user: user.operations,
		}, { concurrency: CONCURRENCY });
	}
}
