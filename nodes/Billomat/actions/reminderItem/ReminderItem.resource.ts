import type { INodeProperties } from 'n8n-workflow';

import { REMINDER_CHILDREN, item } from '../documentChild';
import { resourceDescription } from '../documentChild/parent';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export const operations = { create, delete: del, get, getAll, update };

export const description: INodeProperties[] = resourceDescription(item.dropdown(REMINDER_CHILDREN), operations);
