// What n8n's editor shows in a date field. Its dateTime input is a picker bound to a value format:
// with `typeOptions.dateOnly` a day picker reading `YYYY-MM-DD`, without it a date-and-time picker
// reading `YYYY-MM-DDTHH:mm:ss` (n8n-editor-ui's ParameterInput, the same in 1.123 and 2.41). A
// value of the other form is used by the run but the field looks empty ("Select date and time").
// Every date field of these nodes takes a day, so each is a day picker, and every value the
// examples put in one is in the form that picker displays.
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import type { INodeProperties, INodePropertyCollection, INodeType } from 'n8n-workflow';

import { Billomat } from '../../nodes/Billomat/Billomat.node';
import { BillomatTrigger } from '../../nodes/Billomat/BillomatTrigger.node';
import { IMaterialise } from '../../nodes/IMaterialise/IMaterialise.node';
import { InvoiceXpress } from '../../nodes/InvoiceXpress/InvoiceXpress.node';
import { OmnixV6 } from '../../nodes/OmnixV6/OmnixV6.node';
import { OmnixV6Trigger } from '../../nodes/OmnixV6/OmnixV6Trigger.node';
import { Shopwave } from '../../nodes/Shopwave/Shopwave.node';

const NODES: INodeType[] = [new Billomat(), new BillomatTrigger(), new IMaterialise(), new InvoiceXpress(), new OmnixV6(), new OmnixV6Trigger(), new Shopwave()];
const byType = new Map(NODES.map((node) => [`n8n-nodes-invoicing.${node.description.name}`, node.description]));

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_AND_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;

/** The value form the editor's picker displays for this property. */
function displayedForm(property: INodeProperties): RegExp {
	return property.typeOptions?.dateOnly ? DAY : DATE_AND_TIME;
}

type Found = { path: string; property: INodeProperties };

/** Every property at any depth (collections, fixed collections), with its path. */
function allProperties(properties: INodeProperties[], prefix = ''): Found[] {
	return properties.flatMap((property) => {
		const path = `${prefix}${property.name}`;
		const own: Found[] = [{ path, property }];
		if (property.type === 'collection' && property.options) {
			return [...own, ...allProperties(property.options as INodeProperties[], `${path}.`)];
		}
		if (property.type === 'fixedCollection' && property.options) {
			return [
				...own,
				...(property.options as INodePropertyCollection[]).flatMap((option) =>
					allProperties(option.values, `${path}.${option.name}.`),
				),
			];
		}
		return own;
	});
}

/** Every date value an example sets, with the properties of that name at that place. */
function dateValues(
	parameters: Record<string, unknown>,
	properties: INodeProperties[],
	path = '',
): Array<{ path: string; value: unknown; property: INodeProperties }> {
	return Object.entries(parameters).flatMap(([name, value]) => {
		const candidates = properties.filter((p) => p.name === name);
		return candidates.flatMap((property) => {
			const here = `${path}${name}`;
			if (property.type === 'dateTime') return [{ path: here, value, property }];
			if (property.type === 'collection' && value && typeof value === 'object') {
				return dateValues(value as Record<string, unknown>, property.options as INodeProperties[], `${here}.`);
			}
			if (property.type === 'fixedCollection' && value && typeof value === 'object') {
				return (property.options as INodePropertyCollection[]).flatMap((option) => {
					const entry = (value as Record<string, unknown>)[option.name];
					const rows = Array.isArray(entry) ? entry : entry ? [entry] : [];
					return rows.flatMap((row, i) =>
						dateValues(row as Record<string, unknown>, option.values, `${here}.${option.name}[${i}].`),
					);
				});
			}
			return [];
		});
	});
}

const EXAMPLES = join(__dirname, '..', '..', 'examples');
const exampleFiles = readdirSync(EXAMPLES).filter((file) => file.endsWith('.json'));

/**
 * Fields that mean a moment, not a day: a guide's loading time (`loaded_at`, sent as
 * dd/mm/yyyy HH:mm:ss) is a date-and-time picker.
 */
const MOMENTS = new Set([
	'InvoiceXpress: loadedAt',
	'InvoiceXpress: updateFields.loadedAt',
	// An Omnix V6 consignment's pickup and delivery, sent as yyyy-MM-dd HH:mm.
	'Omnix V6: additionalFields.pickupDate',
	'Omnix V6: additionalFields.deliveryDate',
]);

describe('date fields show their values in the editor', () => {
	test.each(NODES.map((node) => [node.description.displayName, node] as const))(
		'%s: every date field is a day picker (a moment: a date-and-time picker) with an empty default',
		(name, node) => {
			const dates = allProperties(node.description.properties).filter(({ property }) => property.type === 'dateTime');
			for (const { path, property } of dates) {
				const moment = MOMENTS.has(`${name}: ${path}`);
				expect({ path, dateOnly: property.typeOptions?.dateOnly, default: property.default }).toEqual({
					path,
					dateOnly: moment ? undefined : true,
					default: '',
				});
			}
		},
	);

	test('the moments named above exist and are date-and-time pickers', () => {
		const found = NODES.flatMap((node) =>
			allProperties(node.description.properties)
				.filter(({ property }) => property.type === 'dateTime' && !property.typeOptions?.dateOnly)
				.map(({ path }) => `${node.description.displayName}: ${path}`),
		);
		expect(new Set(found)).toEqual(MOMENTS);
	});

	test('the nodes have date fields at all (the walk above reaches collections and fixed collections)', () => {
		const paths = NODES.flatMap((node) =>
			allProperties(node.description.properties)
				.filter(({ property }) => property.type === 'dateTime')
				.map(({ path }) => `${node.description.name}:${path}`),
		);
		expect(paths).toEqual(
			expect.arrayContaining([
				'billomat:additionalFields.date',
				'billomat:filters.from',
				'shopwave:additionalFields.completeDate',
				'omnix:fromDate',
				'omnix:toDate',
			]),
		);
	});

	test.each(exampleFiles)('%s: every date value is in the form its picker displays, or an expression', (file) => {
		const workflow = JSON.parse(readFileSync(join(EXAMPLES, file), 'utf8')) as {
			nodes: Array<{ name: string; type: string; parameters: Record<string, unknown> }>;
		};
		for (const node of workflow.nodes) {
			const description = byType.get(node.type);
			if (!description) continue;
			for (const { path, value, property } of dateValues(node.parameters, description.properties)) {
				const shown = typeof value === 'string' && (value.startsWith('=') || displayedForm(property).test(value));
				expect({ node: node.name, path, value, shown }).toEqual({ node: node.name, path, value, shown: true });
			}
		}
	});

	test('the example check sees the examples\' date values (Omnix V6 From, Shopwave Complete Date)', () => {
		const seen = exampleFiles.flatMap((file) => {
			const workflow = JSON.parse(readFileSync(join(EXAMPLES, file), 'utf8')) as {
				nodes: Array<{ type: string; parameters: Record<string, unknown> }>;
			};
			return workflow.nodes.flatMap((node) => {
				const description = byType.get(node.type);
				return description ? dateValues(node.parameters, description.properties).map(({ path }) => path) : [];
			});
		});
		expect(seen).toEqual(expect.arrayContaining(['fromDate', 'toDate', 'additionalFields.completeDate']));
	});

	test('a date-and-time value in a day picker, or a day in a date-and-time picker, is caught', () => {
		const day = { displayName: 'D', name: 'd', type: 'dateTime', default: '', typeOptions: { dateOnly: true } } as INodeProperties;
		const dateAndTime = { displayName: 'D', name: 'd', type: 'dateTime', default: '' } as INodeProperties;
		expect(displayedForm(day).test('2018-01-01')).toBe(true);
		expect(displayedForm(day).test('2018-01-01T00:00:00')).toBe(false);
		expect(displayedForm(dateAndTime).test('2018-01-01')).toBe(false);
		expect(displayedForm(dateAndTime).test('2018-01-01T00:00:00')).toBe(true);
	});
});
