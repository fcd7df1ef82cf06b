import { resourceOperations } from '../describe';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getAvatar from './getAvatar.operation';
import * as getMyself from './getMyself.operation';

export const operations = { get, getAll, getAvatar, getMyself };

export const description = resourceOperations('user', operations, {
	get: { name: 'Get', description: 'Get a user of the account with their rights', action: 'Get a user' },
	getAvatar: { name: 'Get Avatar', description: 'Get a user’s picture as an image file', action: 'Get a user avatar' },
	getAll: { name: 'Get Many', description: 'Get users, by email or name', action: 'Get many users' },
	getMyself: { name: 'Get Myself', description: 'Get the user whose API key the credential holds', action: 'Get the current user' },
});
