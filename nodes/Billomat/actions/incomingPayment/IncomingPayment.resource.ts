import type { INodeProperties } from 'n8n-workflow';

import { INCOMING_CHILDREN, payment } from '../documentChild';
import { resourceDescription } from '../documentChild/parent';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

export const operations = { create, delete: del, get, getAll };

export const description: INodeProperties[] = resourceDescription(payment.dropdown(INCOMING_CHILDREN), operations);
