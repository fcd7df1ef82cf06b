// examples/imaterialise-ready-to-ship.json's trigger, polled through the engine as the real-n8n e2e
// polls it: the activation poll records the account, the e2e's own change (an order moved to
// Ready to Ship through the sandbox's control route) is emitted by the next poll, and nothing after.
import { readFileSync } from 'fs';
import { join } from 'path';

import { IMATERIALISE_ORDERS } from '../../sandbox/imaterialise';
import { CASES } from '../e2e/cases';
import type { WorkflowJson } from '../harness/engine';
import { activePoller } from '../harness/engine';
import { credentialsFor, imaterialiseSandbox } from './setup';

const api = imaterialiseSandbox();
const NAME = 'imaterialise-ready-to-ship';

describe('i.materialise Trigger › example workflow', () => {
	test(`examples/${NAME}.json: the order that reaches Ready to Ship starts it once, with the order ID its uploads use`, async () => {
		const example = JSON.parse(readFileSync(join(__dirname, '..', '..', 'examples', `${NAME}.json`), 'utf8')) as WorkflowJson;
		const testCase = CASES.find((c) => c.example === NAME)!;
		const trigger = example.nodes.find((n) => n.type === 'n8n-nodes-invoicing.iMaterialiseTrigger')!;
		expect(trigger.parameters).toMatchObject({ status: 'ReadyToShip' });
		const poller = await activePoller({ ...example, nodes: [trigger], connections: {} }, trigger.name, { credentials: credentialsFor(api.url) });
		expect(await poller.poll()).toBeNull();
		await testCase.poll!.provoke(api.url);
		const out = await poller.poll();
		expect(out?.[0].map((i) => [i.json.orderId, i.json.orderNumber, i.json.status])).toEqual([[IMATERIALISE_ORDERS.second, 'IM-1002', 'ReadyToShip']]);
		expect(await poller.poll()).toBeNull();
		// Every upload node reads the order ID the trigger handed on.
		for (const node of example.nodes.filter((n) => n.type === 'n8n-nodes-invoicing.iMaterialise')) {
			expect(node.parameters).toMatchObject({ orderId: `={{ $('${trigger.name}').item.json.orderId }}`, source: 'binary' });
		}
	});
});
