import type { INodeProperties } from 'n8n-workflow';

import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getAvatar from './getAvatar.operation';
import * as getMyself from './getMyself.operation';

export const operations = { get, getAll, getAvatar, getMyself };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['user'] } },
		options: [
			{ name: 'Get', value: 'get', description: 'Get a user of the account with their rights', action: 'Get a user' },
			{ name: 'Get Avatar', value: 'getAvatar', description: 'Get a user’s picture as an image file', action: 'Get a user avatar' },
			{ name: 'Get Many', value: 'getAll', description: 'Get users, by email or name', action: 'Get many users' },
			{ name: 'Get Myself', value: 'getMyself', description: 'Get the user whose API key the credential holds', action: 'Get the current user' },
		],
		default: 'getAll',
	},
	...get.description,
	...getAll.description,
	...getAvatar.description,
	...getMyself.description,
];
