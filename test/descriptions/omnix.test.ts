// How n8n's node panel shows Omnix V6: the node and the trigger each with their own description,
// and the trigger's event named the way n8n's editor names a trigger's actions (node creator,
// actions generation: a property labelled Event, Events or Trigger On gives one action per option,
// labelled by the option's `action`; without one, the action is the generic "On new <node> event").
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { OmnixV6 } from '../../nodes/OmnixV6/OmnixV6.node';
import { OmnixV6Trigger } from '../../nodes/OmnixV6/OmnixV6Trigger.node';

const node = new OmnixV6().description;
const trigger = new OmnixV6Trigger().description;

/** The property n8n's editor reads a trigger's events from (the labels it looks for, in lower case). */
function eventProperty(properties: INodeProperties[]): INodeProperties | undefined {
	return properties.find((p) => ['event', 'events', 'trigger on'].includes(p.displayName.toLowerCase()));
}

/** The panel's labels for the trigger's events, as n8n's editor builds them. */
function triggerActions(): string[] {
	const event = eventProperty(trigger.properties);
	if (!event?.options) return [`On new ${trigger.displayName.replace('Trigger', '').trimEnd()} event`];
	return (event.options as INodePropertyOptions[]).map((option) => option.action ?? `On ${option.name.toLowerCase()}`);
}

describe('Omnix V6 descriptions (node panel)', () => {
	test('the node and the trigger have their own descriptions: the node gets documents and books consignments, the trigger starts workflows', () => {
		expect(node.description).not.toBe(trigger.description);
		expect(node.description).toBe('Get invoices, credit and debit memos, create and manifest consignments, create manifests and import products in an Omnix V6 transport system');
		expect(trigger.description).toBe('Starts the workflow when new invoices, credit or debit memos appear in Omnix V6');
	});

	test('the trigger\'s event is "On new invoice", not n8n\'s generic "On new Omnix V6 event"', () => {
		expect(triggerActions()).toEqual(['On new invoice']);
	});

	test('the event property is a single fixed option that is also the default, so saved workflows need no change', () => {
		const event = eventProperty(trigger.properties)!;
		expect(event).toMatchObject({ name: 'event', type: 'options', default: 'newInvoice', noDataExpression: true });
		expect((event.options as INodePropertyOptions[]).map((o) => o.value)).toEqual(['newInvoice']);
	});

	test('on the canvas the trigger reads "On new invoice" under its name', () => {
		expect(trigger.subtitle).toBe('On new invoice');
		expect(trigger.defaults.name).toBe('Omnix V6 Trigger');
		expect(trigger.polling).toBe(true);
	});

	test('the action node has no event property: its panel entries are its operations', () => {
		expect(eventProperty(node.properties)).toBeUndefined();
	});
});
