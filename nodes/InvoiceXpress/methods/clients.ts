import { joinedName, pickerSearch } from './picker';

/**
 * The client picker ("From list" of every Client ID): GET /clients.json page by page, on to the
 * account's last page as the user scrolls. The client list documents no search filter, so the
 * search text is matched against each page's names and codes.
 */
export const clientSearch = {
	searchClients: pickerSearch({
		path: '/clients',
		key: 'clients',
		noun: 'client',
		name: (client) => joinedName(client.code, client.name),
	}),
};
