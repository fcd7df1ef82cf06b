// The state changes of estimates and confirmations: PUT /{path}/{id}/{action} with an empty body,
// answered 200 without a body (https://www.billomat.com/en/api/estimates/, …/confirmations/).
import { byId } from './estimate.fixtures';
import { billomatSandbox, run } from './setup';

const api = billomatSandbox();

interface Change {
	resource: string;
	idParameter: string;
	book: string;
	path: string;
	action: string;
	id: number;
	/** The status before (the demo document's, or after `first`) and after. */
	from: string;
	to: string;
	/** An action run first, to reach `from`. */
	first?: string;
}

const CHANGES: Change[] = [
	{ resource: 'estimate', idParameter: 'estimateId', book: 'offers', path: 'offers', action: 'win', id: 23, from: 'OPEN', to: 'WON' },
	{ resource: 'estimate', idParameter: 'estimateId', book: 'offers', path: 'offers', action: 'lose', id: 23, from: 'OPEN', to: 'LOST' },
	{ resource: 'estimate', idParameter: 'estimateId', book: 'offers', path: 'offers', action: 'clear', id: 21, from: 'WON', to: 'CLEARED' },
	{ resource: 'estimate', idParameter: 'estimateId', book: 'offers', path: 'offers', action: 'unclear', id: 21, first: 'clear', from: 'CLEARED', to: 'WON' },
	{ resource: 'estimate', idParameter: 'estimateId', book: 'offers', path: 'offers', action: 'cancel', id: 24, from: 'LOST', to: 'CANCELED' },
	{ resource: 'confirmation', idParameter: 'confirmationId', book: 'confirmations', path: 'confirmations', action: 'clear', id: 7, from: 'COMPLETED', to: 'CLEARED' },
	{ resource: 'confirmation', idParameter: 'confirmationId', book: 'confirmations', path: 'confirmations', action: 'unclear', id: 43, from: 'CLEARED', to: 'COMPLETED' },
	{ resource: 'confirmation', idParameter: 'confirmationId', book: 'confirmations', path: 'confirmations', action: 'cancel', id: 7, from: 'COMPLETED', to: 'CANCELED' },
];

describe.each(CHANGES)('Billomat › $resource › $action', (change) => {
	const node = (action: string, id: number) => ({ resource: change.resource, operation: action, [change.idParameter]: byId(id) });

	test(`PUTs /${change.action} with no body: ${change.from} → ${change.to}`, async () => {
		if (change.first) await run(api.url, node(change.first, change.id));
		expect(api.server.document(change.book, change.id)?.status).toBe(change.from);
		const result = await run(api.url, node(change.action, change.id));
		// The first action's request is the log's first: this action's is the one after it.
		const [request, ...more] = api.server.received().slice(change.first ? 1 : 0);
		expect(more).toHaveLength(0);
		expect([request.method, request.path, request.body.length]).toEqual(['PUT', `/api/${change.path}/${change.id}/${change.action}`, 0]);
		expect(result.items()).toEqual([{ json: { id: change.id, action: change.action, success: true }, pairedItem: { item: 0 } }]);
		expect(api.server.document(change.book, change.id)?.status).toBe(change.to);
	});
});

describe('Billomat › refused state changes carry the hint', () => {
	test.each([
		['estimate', 'estimateId', 'win', 22, 'Billomat error 400: Estimate 22 cannot be marked as won (status DRAFT)', 'Only an open estimate can be marked as won.'],
		['estimate', 'estimateId', 'lose', 21, 'Billomat error 400: Estimate 21 cannot be marked as lost (status WON)', 'Only an open estimate can be marked as lost.'],
		['estimate', 'estimateId', 'clear', 24, 'Billomat error 400: Estimate 24 cannot be cleared (status LOST)', 'Only an open or won estimate can be marked as cleared.'],
		['estimate', 'estimateId', 'unclear', 23, 'Billomat error 400: Estimate 23 is not cleared (status OPEN)', 'Only a cleared estimate can be uncleared.'],
		[
			'estimate',
			'estimateId',
			'cancel',
			22,
			'Billomat error 400: Estimate 22 cannot be canceled (status DRAFT)',
			'Only a completed estimate that is not canceled yet can be canceled; delete a draft instead.',
		],
		['confirmation', 'confirmationId', 'clear', 42, 'Billomat error 400: Confirmation 42 cannot be cleared (status DRAFT)', 'Only a completed confirmation can be marked as cleared.'],
		['confirmation', 'confirmationId', 'unclear', 7, 'Billomat error 400: Confirmation 7 is not cleared (status COMPLETED)', 'Only a cleared confirmation can be uncleared.'],
	])('%s (%s) › %s on %s', async (resource, idParameter, action, id, message, hint) => {
		const result = await run(api.url, { resource, operation: action, [idParameter]: byId(id) });
		expect(result.error()?.message).toBe(message);
		expect(result.error()?.description).toBe(hint);
		expect(api.server.received().map((r) => [r.method, r.path])).toEqual([['PUT', `/api/${resource === 'estimate' ? 'offers' : 'confirmations'}/${id}/${action}`]]);
	});
});
