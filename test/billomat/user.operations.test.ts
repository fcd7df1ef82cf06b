// The User resource (https://www.billomat.com/en/api/users/): every operation against the sandbox,
// asserting what Billomat receives and what n8n outputs.
import { IMAGES } from '../../sandbox/billomat/templates';
import { binaryBuffer } from '../harness/engine';
import { billomatSandbox, run } from './setup';

const api = billomatSandbox();
const byList = (value: string) => ({ __rl: true, mode: 'list', value });
const rights = (documents: string, settings: string) => ({
	articles: documents,
	clients: documents,
	offers: documents,
	confirmations: documents,
	invoices: documents,
	credit_notes: documents,
	delivery_notes: documents,
	reminders: documents,
	settings_my_account: settings,
	settings_documents: settings,
	settings_configuration: settings,
	settings_administration: settings,
	settings_addons: settings,
	settings_my_addons: settings,
});
const ANNA = {
	id: 1,
	created: '2007-12-13T12:12:00+01:00',
	salutation: 'MRS',
	first_name: 'Anna',
	last_name: 'Schmidt',
	email: 'office@demo-software.example',
	locale: 'de_DE',
	timezone: 'Europe/Berlin',
	role_id: 1,
	rights: rights('DELETE', 'UPDATE'),
};

describe('Billomat › User', () => {
	test('Get Many: GET /api/users, every user with their rights', async () => {
		const result = await run(api.url, { resource: 'user', operation: 'getAll', returnAll: true });
		expect(api.server.received().map((r) => [r.method, r.path, r.query])).toEqual([['GET', '/api/users', { page: '1', per_page: '1000' }]]);
		const items = result.items().map((i) => i.json);
		expect(items.map((u) => [u.id, u.first_name, u.last_name])).toEqual([
			[1, 'Anna', 'Schmidt'],
			[2, 'Jonas', 'Weber'],
			[3, 'Lea', 'Krüger'],
		]);
		expect(items[0]).toEqual(ANNA);
	});

	test('Get Many: the Email, First Name and Last Name filters are Billomat’s (trimmed)', async () => {
		const result = await run(api.url, { resource: 'user', operation: 'getAll', returnAll: false, limit: 10, filters: { email: ' @DEMO-software ', first_name: 'jo', last_name: 'web' } });
		expect(api.server.received().map((r) => r.query)).toEqual([{ page: '1', per_page: '10', email: '@DEMO-software', first_name: 'jo', last_name: 'web' }]);
		expect(result.items().map((i) => i.json.id)).toEqual([2]);
	});

	test('Get: GET /api/users/{id}', async () => {
		const result = await run(api.url, { resource: 'user', operation: 'get', userId: byList('1') });
		expect(api.server.received().map((r) => [r.method, r.path])).toEqual([['GET', '/api/users/1']]);
		expect(result.items()).toEqual([{ json: ANNA, pairedItem: { item: 0 } }]);
	});

	test('Get Myself: GET /api/users/myself, the user of the API key', async () => {
		const result = await run(api.url, { resource: 'user', operation: 'getMyself' });
		expect(api.server.received().map((r) => [r.method, r.path])).toEqual([['GET', '/api/users/myself']]);
		expect(result.items()).toEqual([{ json: ANNA, pairedItem: { item: 0 } }]);
	});

	test('Get Avatar: GET /api/users/{id}/avatar with size and mode=FULL, the picture as a binary item', async () => {
		const result = await run(api.url, { resource: 'user', operation: 'getAvatar', userId: byList('2'), size: 64, full: true, binaryPropertyName: 'bild' });
		expect(api.server.received().map((r) => [r.method, r.path, r.query])).toEqual([['GET', '/api/users/2/avatar', { size: '64', mode: 'FULL' }]]);
		const [item] = result.items();
		expect(item.json).toEqual({ user_id: 2, size: 64, mode: 'FULL', mimetype: 'image/png', filesize: IMAGES.png.data.length });
		expect(item.binary?.bild.fileName).toBe('user_2_avatar.png');
		expect((await binaryBuffer(item.binary!.bild)).equals(IMAGES.png.data)).toBe(true);
	});

	test('Get Avatar without size or mode sends neither', async () => {
		await run(api.url, { resource: 'user', operation: 'getAvatar', userId: '1', binaryPropertyName: 'data' });
		expect(api.server.received().map((r) => r.query)).toEqual([{}]);
	});

	test('an unknown user is Billomat’s 404', async () => {
		const result = await run(api.url, { resource: 'user', operation: 'get', userId: '42' });
		expect(result.error()?.message).toBe('Billomat error 404: User not found');
	});

	test.each([
		['an email as the ID', { operation: 'get', userId: '={{ "office@demo-software.example" }}' }, 'Item 0: "User ID" ("office@demo-software.example") is not a Billomat ID'],
		['a broken avatar size', { operation: 'getAvatar', userId: '1', size: 12.5, binaryPropertyName: 'data' }, 'Item 0: "Size" (12.5) is not a whole number'],
	])('bad input: %s is refused before any request', async (_what, parameters, message) => {
		const result = await run(api.url, { resource: 'user', ...parameters });
		expect(result.error()?.message).toBe(message);
		expect(api.server.received()).toHaveLength(0);
	});
});
