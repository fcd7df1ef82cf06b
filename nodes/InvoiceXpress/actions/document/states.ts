import type { StateSpec } from './family';

/**
 * The states change-state takes (https://invoicexpress.com/api-v2/invoices/change-state) and the
 * document's `status` once each is reached: a finalized document may already have been sent, and
 * unsettling one brings it back to final (or sent); a deleted one may also be gone (404). A family
 * picks the ones its pages document.
 */
export const STATES = {
	finalized: {
		value: 'finalized',
		name: 'Finalized',
		description: 'Finalize a draft: it gets its sequence number',
		requested: 'final',
		statuses: ['final', 'sent'],
	},
	deleted: { value: 'deleted', name: 'Deleted', description: 'Delete a draft', requested: 'deleted', statuses: ['deleted'], gone: true },
	canceled: {
		value: 'canceled',
		name: 'Canceled',
		description: 'Cancel a finalized document (a message is required)',
		requested: 'canceled',
		statuses: ['canceled'],
		needsMessage: true,
	},
	settled: { value: 'settled', name: 'Settled', description: 'Mark a finalized document as paid', requested: 'settled', statuses: ['settled'] },
	unsettled: { value: 'unsettled', name: 'Unsettled', description: 'Undo Settled', requested: 'final', statuses: ['final', 'sent'] },
} satisfies Record<string, StateSpec>;
