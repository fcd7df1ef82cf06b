// Change State of an estimate or a guide when InvoiceXpress carried the change out but its reply
// was lost: the shared core sends the PUT again, the retry meets the first attempt's effect (422,
// or 404 for a deleted draft), and the node reads the document. Each family's own states are
// checked against the statuses they lead to (an accepted estimate is "accepted", a refused one
// "refused"). The core's waits between retries are recorded instead of waited.
import { InvoiceXpressSandbox } from '../../sandbox/invoicexpress';
import { runWorkflow } from '../harness/engine';
import { LOST_REPLIES } from '../harness/lostReplies';
import { useSandbox } from '../harness/sandbox';
import { bodyText, credentials } from './common';
import { estimate, guide } from './estimate.common';

jest.mock('n8n-workflow', () => jest.requireActual('../harness/recordedSleep').withRecordedSleep());

const api = useSandbox(() => new InvoiceXpressSandbox());

const MOVES = [
	{ run: estimate, idParameter: 'estimateId', state: 'accepted', type: 'proformas', root: 'proforma', id: 50002, refusal: 422, after: 'accepted' },
	{ run: estimate, idParameter: 'estimateId', state: 'refused', type: 'quotes', root: 'quote', id: 50003, refusal: 422, after: 'refused' },
	{ run: estimate, idParameter: 'estimateId', state: 'finalized', type: 'quotes', root: 'quote', id: 50001, refusal: 422, after: 'final' },
	{ run: guide, idParameter: 'guideId', state: 'canceled', type: 'transports', root: 'transport', id: 60002, message: 'Truck broke down', refusal: 422, after: 'canceled' },
	{ run: guide, idParameter: 'guideId', state: 'deleted', type: 'shippings', root: 'shipping', id: 60001, refusal: 404, after: undefined },
];

describe.each(MOVES.map((m) => [`${m.type} ${m.state}`, m] as const))('InvoiceXpress › Change State (%s) after a lost reply', (_title, move) => {
	const path = `/${move.type}/${move.id}/change-state.json`;
	const [, fault] = LOST_REPLIES[0];

	test('the retry is refused, the read shows the state asked for: the item succeeds with confirmedAfterRetry', async () => {
		api.server.injectFault({ ...fault, method: 'PUT', path });
		const parameters = { documentType: move.type, [move.idParameter]: String(move.id), state: move.state, message: move.message ?? '' };
		const result = await runWorkflow(move.run('changeState', parameters), { credentials: credentials(api.url) });
		const puts = api.server.received().filter((r) => r.method === 'PUT');
		expect(puts.map((r) => r.status).slice(-1)).toEqual([move.refusal]);
		expect(puts.map((r) => JSON.parse(bodyText(r))[move.root].state)).toEqual(puts.map(() => move.state));
		const [item, ...more] = result.items();
		expect(more).toHaveLength(0);
		if (move.after) expect(item.json).toMatchObject({ id: move.id, status: move.after, confirmedAfterRetry: true });
		else expect(item.json).toEqual({ id: move.id, documentType: move.type, state: move.state, confirmedAfterRetry: true });
	});
});
