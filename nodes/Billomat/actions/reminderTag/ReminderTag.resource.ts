import type { INodeProperties } from 'n8n-workflow';

import { REMINDER_CHILDREN, tag } from '../documentChild';
import { resourceDescription } from '../documentChild/parent';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getCloud from './getCloud.operation';

export const operations = { create, delete: del, get, getAll, getCloud };

export const description: INodeProperties[] = resourceDescription(tag.dropdown(REMINDER_CHILDREN), operations);
